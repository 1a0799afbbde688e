import { describe, expect } from 'vitest';
import { nextMessage, openSocket, rawGet, secretOf, hostTest as test } from './host-fixture.ts';

const SYNC_STATUS = {
  connectivity: 'online',
  role: 'draining',
  alert: null,
  counts: { pending: 1, sending: 0, applied: 0, failed: 0, discarded: 0, held: 0 },
  rateLimitedUntil: null,
  lastPull: null,
  lastSalesPictureAt: null,
  lastProblem: null,
  lastProblemAt: null,
  lastSuccessAt: null,
  lockedOrders: 0,
  switchedOff: false,
} as const;

describe('browser host: static files', () => {
  test('serves index.html on 127.0.0.1 with the CSP and hardening headers', async ({ host }) => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toMatch(new RegExp(`^${host.origin}/#secret=[A-Za-z0-9_-]{43}$`));
    const response = await fetch(`${host.origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Packing Station</title>');
    const port = new URL(host.origin).port;
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        `connect-src 'self' ws://127.0.0.1:${port}; media-src 'self' data: blob:; object-src 'none'; ` +
        "base-uri 'none'; frame-ancestors 'none'",
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  test('serves assets with their content types', async ({ host }) => {
    const script = await fetch(`${host.origin}/assets/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1);');
    const wasm = await fetch(`${host.origin}/assets/scanner.wasm`);
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
  });

  test.for([
    '/../package.json',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2E%2E/package.json',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00index.html',
    '/assets/',
    '/assets',
    '/missing.js',
    '/%E0%A4%A',
  ])('refuses %s without leaving the renderer directory or listing it', async (path, { host }) => {
    const response = await rawGet(host.origin, path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('outside the renderer');
    expect(response.body).not.toContain('app.js');
  });

  test('answers only requests addressed to 127.0.0.1:PORT, and only GET/HEAD', async ({ host }) => {
    const rebound = await rawGet(host.origin, '/', { Host: 'evil.example:80' });
    expect(rebound.status).toBe(403);
    const post = await fetch(`${host.origin}/`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
  });
});

describe('browser host: the IPC socket', () => {
  test('refuses a socket without the secret, with a wrong one, or from another origin', async ({ host }) => {
    const ws = host.origin.replace('http:', 'ws:');
    const secret = secretOf(host);
    await expect(openSocket(`${ws}/ipc`, host.origin)).rejects.toThrow('refused with 401');
    await expect(openSocket(`${ws}/ipc?secret=${'A'.repeat(43)}`, host.origin)).rejects.toThrow(
      'refused with 401',
    );
    await expect(openSocket(`${ws}/ipc?secret=${secret}x`, host.origin)).rejects.toThrow('refused with 401');
    await expect(openSocket(`${ws}/ipc?secret=${secret}`, 'http://evil.example')).rejects.toThrow(
      'refused with 403',
    );
    await expect(openSocket(`${ws}/ipc?secret=${secret}`, undefined)).rejects.toThrow('refused with 403');
    await expect(openSocket(`${ws}/other?secret=${secret}`, host.origin)).rejects.toThrow('refused with 404');
  });

  test('answers an invoke through the same validation, and pushes events', async ({
    host,
    hub,
    handlers,
  }) => {
    const socket = await openSocket(
      `${host.origin.replace('http:', 'ws:')}/ipc?secret=${secretOf(host)}`,
      host.origin,
    );
    try {
      let answer = nextMessage(socket);
      socket.send(JSON.stringify({ id: 1, channel: 'orders:get', args: { orderId: 4711 } }));
      await expect(answer).resolves.toEqual({
        id: 1,
        response: { ok: true, value: { channel: 'orders:get' } },
      });
      expect(handlers['orders:get']).toHaveBeenCalledWith({ orderId: 4711 });

      answer = nextMessage(socket);
      socket.send(JSON.stringify({ id: 2, channel: 'station:info' }));
      await expect(answer).resolves.toMatchObject({ id: 2, response: { ok: true } });

      answer = nextMessage(socket);
      socket.send(JSON.stringify({ id: 3, channel: 'orders:get', args: { orderId: -1 } }));
      await expect(answer).resolves.toMatchObject({
        id: 3,
        response: { ok: false, error: { code: 'invalid-request' } },
      });
      expect(handlers['orders:get']).toHaveBeenCalledTimes(1);

      answer = nextMessage(socket);
      socket.send(JSON.stringify({ id: 4, channel: 'fs:read', args: '/etc/passwd' }));
      await expect(answer).resolves.toMatchObject({
        id: 4,
        response: { ok: false, error: { code: 'invalid-request' } },
      });

      const event = nextMessage(socket);
      hub.push('sync:status', SYNC_STATUS);
      await expect(event).resolves.toEqual({ event: 'sync:status', payload: SYNC_STATUS });
    } finally {
      socket.close();
    }
  });

  test('closes a socket that does not speak the protocol', async ({ host }) => {
    const socket = await openSocket(
      `${host.origin.replace('http:', 'ws:')}/ipc?secret=${secretOf(host)}`,
      host.origin,
    );
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send('not json');
    await expect(closed).resolves.toBe(1008);
  });
});
