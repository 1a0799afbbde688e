// Transport behaviour against a local server: headers, status mapping, odd answers, timeouts,
// dropped connections, redirects, rate limits and cancellation.
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type ApiError,
  createEquipmeClient,
  type EquipmeClientOptions,
} from '../../../electron/main/api/index.ts';
import { rawOrder } from './fixtures.ts';
import { closedPortUrl, type Handler, type LocalServer, sendJson, startLocalServer } from './local-server.ts';

const KEY = 'sk-live-0123456789abcdef';
let server: LocalServer;
let handle: Handler;

beforeAll(async () => {
  server = await startLocalServer((req, res, raw) => handle(req, res, raw));
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

function client(extra: Partial<EquipmeClientOptions> = {}) {
  return createEquipmeClient({ baseUrl: server.url, apiKey: KEY, timeoutMs: 2000, ...extra });
}

function failure<T>(result: { ok: true; value: T } | { ok: false; error: ApiError }): ApiError {
  if (result.ok) throw new Error('expected a failure');
  expect(JSON.stringify(result.error)).not.toContain(KEY);
  return result.error;
}

const noContent = (_req: unknown, res: ServerResponse) => {
  res.writeHead(204).end();
};

describe('requests', () => {
  it('sends the key, Accept, and a JSON transition body to the documented path', async () => {
    handle = noContent;
    const result = await client({ userAgent: 'PackingStation/test' }).postTransition(42, {
      action: 'process',
    });
    expect(result).toEqual({ ok: true, value: undefined });
    const [req] = server.requests;
    expect(req?.method).toBe('POST');
    expect(req?.url).toBe('/v1/fulfillment/orders/42/transitions');
    expect(req?.headers['x-api-key']).toBe(KEY);
    expect(req?.headers.accept).toBe('application/json');
    expect(req?.headers['user-agent']).toBe('PackingStation/test');
    expect(req?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(req?.body ?? '')).toEqual({ action: 'process' });
  });

  it('keeps a path prefix in the base URL', async () => {
    handle = noContent;
    const prefixed = createEquipmeClient({ baseUrl: `${server.url}/equipme`, apiKey: KEY });
    await prefixed.patchOrder(9, [{ op: 'replace', path: '/externalId', value: 'X-9' }]);
    expect(server.requests[0]?.url).toBe('/equipme/v1/fulfillment/orders/9');
    expect(server.requests[0]?.method).toBe('PATCH');
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual([
      { op: 'replace', path: '/externalId', value: 'X-9' },
    ]);
  });

  it('refuses a base URL that is not http(s) or carries credentials, without echoing secrets', () => {
    expect(() => createEquipmeClient({ baseUrl: 'ftp://x', apiKey: KEY })).toThrow(/https/);
    expect(() => createEquipmeClient({ baseUrl: 'http://u:p@x', apiKey: KEY })).toThrow(/user name/);
  });
});

describe('answers', () => {
  it.each([
    [400, 'bad-request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [500, 'server'],
    [502, 'server'],
  ])('maps %i to %s with the ErrorResponse fields', async (status, kind) => {
    handle = (_req, res) =>
      sendJson(res, status, { errorCode: `E${status}`, errorDescription: `desc ${status}` });
    const error = failure(await client().postTransition(1, { action: 'cancel' }));
    expect(error).toMatchObject({
      kind,
      status,
      errorCode: `E${status}`,
      errorDescription: `desc ${status}`,
    });
    // 401 keeps its fixed operator instruction; the others quote the server.
    if (status !== 401) expect(error.message).toContain(`desc ${status}`);
  });

  it('accepts only 204 for a transition: a 200 with HTML is an invalid response with unknown outcome', async () => {
    handle = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Welcome to Hotel Wi-Fi</html>');
    };
    const error = failure(await client().postTransition(1, { action: 'process' }));
    expect(error).toMatchObject({
      kind: 'invalid-response',
      status: 200,
      delivery: 'unknown',
      retryable: false,
    });
  });

  it('never follows a redirect (the key would go along)', async () => {
    let redirected = 0;
    handle = (req, res) => {
      if (req.url.startsWith('/login')) redirected++;
      res.writeHead(302, { location: `${server.url}/login` }).end();
    };
    const error = failure(await client().getOrder(1));
    expect(error).toMatchObject({ kind: 'invalid-response', status: 302, retryable: true });
    expect(redirected).toBe(0);
    expect(server.requests).toHaveLength(1);
  });

  it('treats captive-portal HTML on a GET as an invalid, retryable response', async () => {
    handle = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>login</html>');
    };
    const error = failure(await client().listOrders({}));
    expect(error).toMatchObject({ kind: 'invalid-response', retryable: true, delivery: 'unknown' });
    expect(error.message).toContain('text/html');
  });

  it('treats malformed JSON as an invalid response', async () => {
    handle = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"items": [');
    };
    expect(failure(await client().getOrder(1)).kind).toBe('invalid-response');
  });

  it('rejects an order that fails validation, naming the field', async () => {
    handle = (_req, res) => {
      const order = rawOrder(1);
      order.status = 42;
      sendJson(res, 200, order);
    };
    const error = failure(await client().getOrder(1));
    expect(error.kind).toBe('invalid-response');
    expect(error.issues).toEqual(['status: expected string, received number']);
    expect(error.message).toContain('order 1: status: expected string, received number');
  });

  it('rejects a different order than the one asked for', async () => {
    handle = (_req, res) => sendJson(res, 200, rawOrder(2));
    expect(failure(await client().getOrder(1)).message).toContain('returned order 2');
  });

  it('scrubs the key when the server echoes it', async () => {
    handle = (req, res) =>
      sendJson(res, 401, { errorDescription: `unknown key ${req.headers['x-api-key']}` });
    const error = failure(await client().getOrder(1));
    expect(error.errorDescription).toBe('unknown key [api key]');
  });
});

describe('network failures', () => {
  it('reports a refused connection as offline and not sent', async () => {
    const offline = createEquipmeClient({ baseUrl: await closedPortUrl(), apiKey: KEY });
    const error = failure(await offline.postTransition(1, { action: 'process' }));
    expect(error).toMatchObject({ kind: 'offline', delivery: 'not-sent', retryable: true });
  });

  it('reports a connection dropped after sending as lost with unknown outcome', async () => {
    handle = (_req, res) => res.socket?.destroy();
    const error = failure(await client().postTransition(1, { action: 'process' }));
    expect(error).toMatchObject({ kind: 'connection-lost', delivery: 'unknown', retryable: true });
    expect(server.requests).toHaveLength(1);
  });

  it('reads again on a new connection when one breaks before the answer (a closed keep-alive)', async () => {
    handle = (_req, res) => {
      if (server.requests.length === 1) res.socket?.destroy();
      else sendJson(res, 200, rawOrder(7));
    };
    const order = await client().getOrder(7);
    expect(order.ok).toBe(true);
    expect(server.requests).toHaveLength(2);
  });

  it('reports a read that breaks twice as lost, after one second try', async () => {
    handle = (_req, res) => res.socket?.destroy();
    const error = failure(await client().getOrder(7));
    expect(error).toMatchObject({ kind: 'connection-lost', retryable: true });
    expect(server.requests).toHaveLength(2);
  });

  it('gives up on a server that never answers after timeoutMs', async () => {
    handle = () => {};
    const started = Date.now();
    const error = failure(await client({ timeoutMs: 200 }).postTransition(1, { action: 'process' }));
    expect(error).toMatchObject({ kind: 'timeout', delivery: 'unknown', retryable: true });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('reads an answer that came while the station itself was busy, instead of timing out on it', async () => {
    let answered = () => {};
    const served = new Promise<void>((resolve) => {
      answered = resolve;
    });
    handle = (req, res) => {
      sendJson(res, 200, { items: [], total: 0, self: { href: req.url ?? '/' } });
      answered();
    };
    const answer = client({ timeoutMs: 200 }).listUncheckedOrders({ limit: 10 });
    await served;
    // The main thread writes a page for longer than the timeout, as a pull under load does.
    const busyUntil = performance.now() + 600;
    while (performance.now() < busyUntil);
    const page = await answer;
    expect(page.ok ? page.value.total : page.error.kind).toBe(0);
  });

  it('classifies a name-lookup failure from the fetch cause code', async () => {
    const fetch = (() =>
      Promise.reject(
        new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } }),
      )) as unknown as typeof globalThis.fetch;
    const error = failure(await client({ fetch }).getOrder(1));
    expect(error).toMatchObject({ kind: 'offline', delivery: 'not-sent' });
  });
});

describe('cancellation', () => {
  it('does not send when the signal is already aborted', async () => {
    handle = noContent;
    const error = failure(
      await client().postTransition(1, { action: 'process' }, { signal: AbortSignal.abort() }),
    );
    expect(error).toMatchObject({ kind: 'aborted', delivery: 'not-sent', retryable: false });
    expect(server.requests).toHaveLength(0);
  });

  it('reports a cancel in flight as aborted, not as a timeout', async () => {
    handle = () => {};
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = failure(
      await client({ timeoutMs: 5000 }).postTransition(1, { action: 'process' }, controller),
    );
    expect(error).toMatchObject({ kind: 'aborted', delivery: 'unknown' });
  });
});

describe('rate limits', () => {
  it('waits out a 429 on GET using an HTTP-date Retry-After, then succeeds', async () => {
    let retryAt = '';
    let retriedAt = 0;
    handle = (_req, res) => {
      if (retryAt === '') {
        retryAt = new Date(Date.now() + 1000).toUTCString();
        sendJson(res, 429, { errorCode: 'RATE' }, { 'retry-after': retryAt });
      } else {
        retriedAt = Date.now();
        sendJson(res, 200, rawOrder(3));
      }
    };
    const result = await client().getOrder(3);
    expect(result.ok && result.value.id).toBe(3);
    expect(server.requests).toHaveLength(2);
    // A few ms of slack for timer granularity.
    expect(retriedAt).toBeGreaterThanOrEqual(Date.parse(retryAt) - 5);
  });

  it('gives up after maxRateLimitWaits and reports retryAfterMs', async () => {
    handle = (_req, res) => sendJson(res, 429, {}, { 'retry-after': '0' });
    const error = failure(await client({ maxRateLimitWaits: 2 }).listOrders({}));
    expect(error).toMatchObject({
      kind: 'rate-limited',
      retryAfterMs: 0,
      retryable: true,
      delivery: 'answered',
    });
    expect(server.requests).toHaveLength(3);
  });

  it('does not sit out a pause longer than 30 s: the caller schedules it', async () => {
    handle = (_req, res) => sendJson(res, 429, {}, { 'retry-after': '120' });
    const error = failure(await client().getOrder(1));
    expect(error.retryAfterMs).toBe(120_000);
    expect(server.requests).toHaveLength(1);
  });

  it('never retries a write on 429', async () => {
    handle = (_req, res) => sendJson(res, 429, {}, { 'retry-after': '0' });
    const error = failure(await client().postTransition(1, { action: 'process' }));
    expect(error.kind).toBe('rate-limited');
    expect(server.requests).toHaveLength(1);
  });

  it('stops waiting when the caller aborts during the pause', async () => {
    handle = (_req, res) => sendJson(res, 429, {}, { 'retry-after': '10' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const error = failure(await client().getOrder(1, controller));
    expect(error).toMatchObject({ kind: 'aborted', delivery: 'not-sent' });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(server.requests).toHaveLength(1);
  });
});
