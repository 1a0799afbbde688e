// The order requests (look, transition) on their own wire, node:http on a keep-alive agent instead
// of fetch: never through fetch unless one is given, and every odd answer handled as fetch's was.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ApiError, createEquipmeClient } from '../../../electron/main/api/index.ts';
import { rawOrder } from './fixtures.ts';
import { type Handler, type LocalServer, sendJson, startLocalServer } from './local-server.ts';

const KEY = 'sk-live-wire-0123456789';
let server: LocalServer;
let handle: Handler;

beforeAll(async () => {
  server = await startLocalServer((req, res, raw) => handle(req, res, raw));
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const client = (timeoutMs = 2000) => createEquipmeClient({ baseUrl: server.url, apiKey: KEY, timeoutMs });

function failure<T>(result: { ok: true; value: T } | { ok: false; error: ApiError }): ApiError {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('the order wire', () => {
  it('looks and sends without fetch; the list still goes through fetch', async () => {
    handle = (req, res) => {
      if (req.method === 'POST') res.writeHead(204).end();
      else if (req.url.includes('?')) sendJson(res, 200, { items: [], total: 0, self: { href: req.url } });
      else sendJson(res, 200, rawOrder(7));
    };
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      const station = client();
      expect((await station.getOrder(7)).ok).toBe(true);
      expect((await station.postTransition(7, { action: 'process' })).ok).toBe(true);
      expect(fetchSpy).not.toHaveBeenCalled();
      expect((await station.listOrders({ limit: 1 })).ok).toBe(true);
      expect(fetchSpy).toHaveBeenCalledTimes(1);
    } finally {
      fetchSpy.mockRestore();
    }
    expect(server.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
      'GET /v1/fulfillment/orders/7',
      'POST /v1/fulfillment/orders/7/transitions',
      'GET /v1/fulfillment/orders',
    ]);
    expect(server.requests[1]?.headers).toMatchObject({
      'x-api-key': KEY,
      accept: 'application/json',
      'content-type': 'application/json',
    });
  });

  it('reuses one kept-alive connection for one request after the other', async () => {
    const ports = new Set<number | undefined>();
    handle = (_req, res, raw) => {
      ports.add(raw.socket.remotePort);
      sendJson(res, 200, rawOrder(8));
    };
    const station = client();
    for (let i = 0; i < 5; i++) expect((await station.getOrder(8)).ok).toBe(true);
    expect(ports.size).toBe(1);
  });

  it('decodes UTF-8 split across chunks and drops a byte-order mark, as fetch does', async () => {
    const order = {
      ...rawOrder(9),
      customer: { id: 11, name: 'Müller & Søn 東京', self: { href: '/customers/11' } },
    };
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(order))]);
    const cut = bytes.indexOf(Buffer.from('ü')) + 1;
    handle = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(bytes.subarray(0, cut));
      setTimeout(() => res.end(bytes.subarray(cut)), 20);
    };
    const looked = await client().getOrder(9);
    expect(looked.ok ? looked.value.customer.name : looked.error.message).toBe('Müller & Søn 東京');
  });

  it('reports an answer cut off mid-body as a lost connection, never as an answer', async () => {
    handle = (_req, res) => {
      const body = JSON.stringify(rawOrder(10));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
      res.write(body.slice(0, 40));
      setTimeout(() => res.socket?.destroy(), 20);
    };
    expect(failure(await client().getOrder(10))).toMatchObject({ kind: 'connection-lost' });
    // A read is tried once more on a new connection.
    expect(server.requests).toHaveLength(2);
    expect(failure(await client().postTransition(10, { action: 'process' }))).toMatchObject({
      kind: 'connection-lost',
      delivery: 'unknown',
    });
  });

  it('times out on a body that stops after the headers', async () => {
    handle = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":');
    };
    expect(failure(await client(200).getOrder(11))).toMatchObject({ kind: 'timeout', delivery: 'unknown' });
  });

  it('reads the Retry-After and the error body of a refusal', async () => {
    handle = (_req, res) =>
      sendJson(
        res,
        409,
        { errorCode: 'INVALID_TRANSITION', errorDescription: '<b>not now</b>\u0007' },
        { 'Retry-After': '3' },
      );
    const error = failure(await client().postTransition(12, { action: 'process' }));
    expect(error).toMatchObject({ kind: 'conflict', status: 409, errorCode: 'INVALID_TRANSITION' });
    expect(error.errorDescription).toContain('not now');
  });

  it('hands a redirect back instead of following it', async () => {
    handle = (_req, res) => {
      res.writeHead(302, { location: 'http://elsewhere.invalid/steal' }).end();
    };
    const error = failure(await client().getOrder(13));
    expect(error).toMatchObject({ kind: 'invalid-response', status: 302 });
    expect(server.requests).toHaveLength(1);
  });
});
