// Listing, paging and request-body checks against a local server.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type ApiError,
  createEquipmeClient,
  type EquipmeClient,
  type OrderPage,
} from '../../../electron/main/api/index.ts';
import type { FulfillmentAction, PatchOperation } from '../../../shared/api/equipme.ts';
import type { Result } from '../../../shared/domain/result.ts';
import { bomProduct, orderList, rawOrder } from './fixtures.ts';
import { type Handler, type LocalServer, sendJson, startLocalServer } from './local-server.ts';

const KEY = 'key-for-paging-tests';
let server: LocalServer;
let elsewhere: LocalServer;
let handle: Handler;
let api: EquipmeClient;

beforeAll(async () => {
  server = await startLocalServer((req, res, raw) => handle(req, res, raw));
  elsewhere = await startLocalServer((_req, res) => sendJson(res, 200, orderList([])));
  api = createEquipmeClient({ baseUrl: server.url, apiKey: KEY, timeoutMs: 2000 });
});
afterAll(async () => {
  await server.close();
  await elsewhere.close();
});
beforeEach(() => {
  server.requests.length = 0;
  elsewhere.requests.length = 0;
  handle = (_req, res) => {
    res.writeHead(204).end();
  };
});

function failure<T>(result: Result<T, ApiError>): ApiError {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

async function collect(query = {}): Promise<Result<OrderPage, ApiError>[]> {
  const pages: Result<OrderPage, ApiError>[] = [];
  for await (const page of api.iterateOrders(query)) pages.push(page);
  return pages;
}

/** Serves `total` orders in pages of `size`, linking pages with absolute next/previous hrefs. */
function pagedServer(total: number, size: number, origin = () => server.url): Handler {
  return (req, res) => {
    const url = new URL(req.url, server.url);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const items = Array.from({ length: Math.max(0, Math.min(size, total - offset)) }, (_, i) =>
      rawOrder(offset + i + 1),
    );
    const link = (o: number) => `${origin()}/v1/fulfillment/orders?offset=${o}&limit=${size}`;
    sendJson(
      res,
      200,
      orderList(items, {
        total,
        self: link(offset),
        ...(offset + size < total ? { next: link(offset + size) } : {}),
        ...(offset > 0 ? { previous: link(offset - size) } : {}),
      }),
    );
  };
}

describe('listOrders', () => {
  it('sends the filters and splits valid from invalid orders', async () => {
    const broken = rawOrder(2);
    delete bomProduct(broken, 2).partNumber;
    handle = (_req, res) =>
      sendJson(
        res,
        200,
        orderList([rawOrder(1), broken, 'junk', rawOrder(4)], { total: 40, next: '/next', self: '/self' }),
      );
    const result = await api.listOrders({ status: ['new', 'inprocess'], limit: 4 });
    expect(server.requests[0]?.url).toBe('/v1/fulfillment/orders?status=new&status=inprocess&limit=4');
    if (!result.ok) throw new Error(result.error.message);
    const page = result.value;
    expect(page.orders.map((o) => o.id)).toEqual([1, 4]);
    expect(page.rejected).toEqual([
      {
        id: 2,
        index: 1,
        issues: ['bomItems[2].product.partNumber: expected string, received undefined'],
        message: 'order 2: bomItems[2].product.partNumber: expected string, received undefined',
      },
      {
        index: 2,
        issues: ['expected object, received string'],
        message: 'order without a readable id: expected object, received string',
      },
    ]);
    expect([page.total, page.next, page.self, page.previous]).toEqual([40, '/next', '/self', undefined]);
  });

  it('rejects a list whose envelope breaks the spec', async () => {
    handle = (_req, res) => sendJson(res, 200, { total: 3, self: { href: '/x' } });
    const error = failure(await api.listOrders({}));
    expect(error).toMatchObject({
      kind: 'invalid-response',
      issues: ['items: expected array, received undefined'],
    });
  });

  it('refuses a limit outside 1..1000 without sending anything', async () => {
    const error = failure(await api.listOrders({ limit: 1001 }));
    expect(error).toMatchObject({ kind: 'bad-request', delivery: 'not-sent', retryable: false });
    expect(error.issues).toEqual(['limit: must be at most 1000, got 1001']);
    expect(server.requests).toHaveLength(0);
  });
});

describe('iterateOrders', () => {
  it('follows next links until total is reached', async () => {
    handle = pagedServer(25, 10);
    const pages = await collect({ limit: 10 });
    const ids = pages.flatMap((p) => (p.ok ? p.value.orders.map((o) => o.id) : []));
    expect(pages.every((p) => p.ok)).toBe(true);
    expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(server.requests.map((r) => r.url)).toEqual([
      '/v1/fulfillment/orders?limit=10',
      '/v1/fulfillment/orders?offset=10&limit=10',
      '/v1/fulfillment/orders?offset=20&limit=10',
    ]);
  });

  it('stops at total even when the server still offers a next link', async () => {
    handle = (_req, res) =>
      sendJson(res, 200, orderList([rawOrder(1), rawOrder(2)], { total: 2, next: '/more' }));
    expect(await collect()).toHaveLength(1);
    expect(server.requests).toHaveLength(1);
  });

  it('counts the orders before the starting offset as seen', async () => {
    const items = [21, 22, 23, 24, 25].map(rawOrder);
    handle = (_req, res) =>
      sendJson(res, 200, orderList(items, { total: 25, next: '/v1/fulfillment/orders?x=1' }));
    expect(await collect({ offset: 20 })).toHaveLength(1);
    expect(server.requests.map((r) => r.url)).toEqual(['/v1/fulfillment/orders?offset=20']);
  });

  it('counts rejected orders as seen', async () => {
    const broken = rawOrder(2);
    broken.status = 42;
    handle = (_req, res) => sendJson(res, 200, orderList([rawOrder(1), broken], { total: 2, next: '/more' }));
    const pages = await collect();
    expect(pages).toHaveLength(1);
    expect(pages[0]?.ok && pages[0].value.rejected.map((r) => r.id)).toEqual([2]);
  });

  it('never follows a next link to another origin', async () => {
    handle = pagedServer(20, 10, () => elsewhere.url);
    const pages = await collect({ limit: 10 });
    expect(pages).toHaveLength(2);
    expect(pages[0]?.ok).toBe(true);
    const error = failure(pages[1] as Result<OrderPage, ApiError>);
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('another server');
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('stops on a loop of next links', async () => {
    handle = (req, res) => {
      const second = req.url.includes('page=2');
      sendJson(
        res,
        200,
        orderList([rawOrder(second ? 2 : 1)], {
          total: 10,
          next: second ? '/v1/fulfillment/orders' : '/v1/fulfillment/orders?page=2',
        }),
      );
    };
    const pages = await collect();
    expect(pages.map((p) => p.ok)).toEqual([true, true, false]);
    expect(failure(pages[2] as Result<OrderPage, ApiError>).message).toContain('already read');
    expect(server.requests).toHaveLength(2);
  });

  it('stops on an empty page that still links onwards', async () => {
    let n = 0;
    handle = (_req, res) =>
      sendJson(res, 200, orderList([], { total: 5, next: `/v1/fulfillment/orders?n=${++n}` }));
    const pages = await collect();
    expect(pages.map((p) => p.ok)).toEqual([true, false]);
    expect(server.requests).toHaveLength(1);
  });

  it('yields an error and stops when a page fails', async () => {
    handle = (req, res) =>
      req.url.includes('offset') ? sendJson(res, 503, {}) : pagedServer(20, 10)(req, res, undefined as never);
    const pages = await collect({ limit: 10 });
    expect(pages.map((p) => p.ok)).toEqual([true, false]);
    expect(failure(pages[1] as Result<OrderPage, ApiError>).kind).toBe('server');
  });

  it('yields a refused query as its only result', async () => {
    const pages = await collect({ limit: 0 });
    expect(pages.map((p) => !p.ok && p.error.kind)).toEqual(['bad-request']);
    expect(server.requests).toHaveLength(0);
  });
});

describe('writes are checked before sending', () => {
  it('sends activationDate only with complete', async () => {
    const date = '2025-07-01T00:00:00Z';
    expect(await api.postTransition(5, { action: 'complete', activationDate: date })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({ action: 'complete', activationDate: date });

    const error = failure(await api.postTransition(5, { action: 'process', activationDate: date }));
    expect(error).toMatchObject({ kind: 'bad-request', delivery: 'not-sent' });
    expect(error.issues).toEqual(['activationDate: only allowed with the complete action, not process']);
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    [
      { action: 'complete', activationDate: 'next monday' },
      "activationDate: not a valid datetime: 'next monday'",
    ],
    [
      { action: 'complete', activationDate: '2025-07-01T00:00:00' },
      "activationDate: not a valid datetime: '2025-07-01T00:00:00'",
    ],
    [{ action: 'ship' }, "action: unknown value 'ship'"],
  ])('refuses transition %j', async (transition, issue) => {
    const error = failure(await api.postTransition(5, transition as { action: FulfillmentAction }));
    expect(error).toMatchObject({ kind: 'bad-request', delivery: 'not-sent', issues: [issue] });
    expect(server.requests).toHaveLength(0);
  });

  it.each([0, -3, 1.5, Number.NaN])('refuses order id %s', async (id) => {
    const error = failure(await api.getOrder(id));
    expect(error).toMatchObject({ kind: 'bad-request', delivery: 'not-sent' });
    expect(server.requests).toHaveLength(0);
  });

  it('PUTs an update and refuses an externalId over 100 characters', async () => {
    expect((await api.updateOrder(6, { externalId: 'ERP-6' })).ok).toBe(true);
    expect(server.requests[0]).toMatchObject({ method: 'PUT', url: '/v1/fulfillment/orders/6' });
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({ externalId: 'ERP-6' });
    const error = failure(await api.updateOrder(6, { externalId: 'x'.repeat(101) }));
    expect(error.issues).toEqual(['externalId: longer than 100 characters']);
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a malformed JSON Patch', async () => {
    const ops = [
      { op: 'replace', path: 'externalId', value: 1 },
      { op: 'move', path: '/a' },
    ] as PatchOperation[];
    const error = failure(await api.patchOrder(6, ops));
    expect(error.issues).toEqual([
      '[0].path: expected a JSON pointer such as /externalId',
      '[1].from: move and copy need a from pointer',
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it('treats any 2xx other than 204 on a write as an unknown outcome', async () => {
    handle = (_req, res) => sendJson(res, 200, { ok: true });
    const error = failure(await api.patchOrder(6, [{ op: 'remove', path: '/externalId' }]));
    expect(error).toMatchObject({
      kind: 'invalid-response',
      status: 200,
      delivery: 'unknown',
      retryable: false,
    });
  });
});
