// The renderer's browser-mode bridge against the real host, and its reconnect behaviour against a
// scripted socket.
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { type ConnectSocket, createBrowserBridge } from '../../../renderer/api/browser-bridge.ts';
import { secretOf, hostTest as test } from './host-fixture.ts';

/** The DOM-free socket the bridge expects, over the `ws` client (a browser sends Origin itself). */
function wsSocket(origin: string): ConnectSocket {
  return (url, on) => {
    const socket = new WebSocket(url, { origin });
    socket.on('open', () => on.open());
    socket.on('message', (data) => on.message(data.toString()));
    socket.on('close', () => on.close());
    socket.on('error', () => {});
    return { send: (text) => socket.send(text), close: () => socket.close() };
  };
}

describe('browser bridge against the host', () => {
  test('invokes channels and receives pushed events like window.station', async ({ host, hub, handlers }) => {
    const bridge = createBrowserBridge({
      url: `${host.origin.replace('http:', 'ws:')}/ipc?secret=${secretOf(host)}`,
      connect: wsSocket(host.origin),
    });
    try {
      await expect(bridge.invoke('orders:get', { orderId: 7 })).resolves.toEqual({
        ok: true,
        value: { channel: 'orders:get' },
      });
      await expect(bridge.invoke('station:info')).resolves.toMatchObject({ ok: true });
      expect(handlers['station:info']).toHaveBeenCalledWith(undefined);

      const seen: unknown[] = [];
      const stop = bridge.on('orders:changed', (payload) => seen.push(payload));
      await bridge.invoke('sync:status'); // a round trip, so the listener is in place on both sides
      hub.push('orders:changed', { orderIds: [7] });
      await vi.waitFor(() => expect(seen).toEqual([{ orderIds: [7] }]));
      stop();
      hub.push('orders:changed', { orderIds: [8] });
      await bridge.invoke('sync:status');
      expect(seen).toEqual([{ orderIds: [7] }]);
    } finally {
      bridge.close();
    }
  });

  test('a refused socket turns calls into error envelopes', async ({ host }) => {
    const bridge = createBrowserBridge({
      url: `${host.origin.replace('http:', 'ws:')}/ipc?secret=wrong`,
      connect: wsSocket(host.origin),
    });
    try {
      await expect(bridge.invoke('station:info')).resolves.toMatchObject({
        ok: false,
        error: { code: 'internal', message: expect.stringMatching(/connection to the station was lost/) },
      });
    } finally {
      bridge.close();
    }
  });
});

/** A socket the test opens, feeds and drops by hand. */
function scriptedSockets() {
  const sockets: { on: Parameters<ConnectSocket>[1]; sent: string[]; closed: boolean }[] = [];
  const connect: ConnectSocket = (_url, on) => {
    const socket = { on, sent: [] as string[], closed: false };
    sockets.push(socket);
    return { send: (text) => socket.sent.push(text), close: () => on.close() };
  };
  return { sockets, connect };
}

describe('browser bridge reconnects', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('queues calls until the socket opens, fails pending ones on a drop, and reconnects with backoff', async () => {
    vi.useFakeTimers();
    const { sockets, connect } = scriptedSockets();
    const bridge = createBrowserBridge({
      url: 'ws://127.0.0.1:1/ipc?secret=s',
      connect,
      backoff: { initialMs: 100, maxMs: 1_000 },
      random: () => 1,
    });
    const refreshes: unknown[] = [];
    bridge.on('orders:changed', (payload) => refreshes.push(payload));

    const first = bridge.invoke('sync:status');
    expect(sockets[0]?.sent).toEqual([]);
    sockets[0]?.on.open();
    expect(sockets[0]?.sent).toEqual([JSON.stringify({ id: 1, channel: 'sync:status' })]);
    sockets[0]?.on.message(JSON.stringify({ id: 1, response: { ok: true, value: 'status' } }));
    await expect(first).resolves.toEqual({ ok: true, value: 'status' });

    const pending = bridge.invoke('orders:get', { orderId: 3 });
    sockets[0]?.on.close();
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
    // Nobody to ask until the next attempt: answered at once.
    await expect(bridge.invoke('station:info')).resolves.toMatchObject({ ok: false });

    expect(sockets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(sockets).toHaveLength(2);
    sockets[1]?.on.close();
    await vi.advanceTimersByTimeAsync(199);
    expect(sockets).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets).toHaveLength(3);

    sockets[2]?.on.open();
    // Events pushed while it was down are lost: the views are told to refresh everything.
    expect(refreshes).toEqual([{ orderIds: 'all' }]);
    const again = bridge.invoke('station:info');
    sockets[2]?.on.message(JSON.stringify({ id: 3, response: { ok: true, value: 'info' } }));
    await expect(again).resolves.toEqual({ ok: true, value: 'info' });

    bridge.close();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sockets).toHaveLength(3);
    await expect(bridge.invoke('station:info')).resolves.toMatchObject({ ok: false });
  });
});
