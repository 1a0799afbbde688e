// The station's Equipme client against the strict server: every status the spec lists for every
// route, as the ApiError kind and message the sync engine and the operator get.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EquipmeClient } from '../../../electron/main/api/index.ts';
import { specStatuses } from '../../fixtures/spec-checker.ts';
import { type StrictEquipme, startStrictEquipme } from '../../fixtures/strict-equipme/index.ts';
import { errorReply, failure, stationClient } from '../../fixtures/strict-equipme/station-client.ts';

let server: StrictEquipme;
let api: EquipmeClient;

beforeAll(async () => {
  server = await startStrictEquipme({ seed: 3, orders: 300 });
  api = stationClient(server);
});
afterAll(() => server.close());

const used = new Set<number>();
/** A fresh order in `status` (tests share one server and move its orders). */
function orderIn(status: string, extra: (o: Record<string, unknown>) => boolean = () => true): number {
  const id = server.orderIds().find((i) => {
    const o = server.order(i);
    return !used.has(i) && o?.status === status && extra(o);
  });
  if (id === undefined) throw new Error(`the seed has no fresh ${status} order`);
  used.add(id);
  return id;
}

const UNKNOWN_ID = 987_654_321;
const ONE = /^\/v1\/fulfillment\/orders\/\d+$/;
const LIST = '/v1/fulfillment/orders';

describe('GET /v1/fulfillment/orders', () => {
  it('200: a page of valid orders with total and links', async () => {
    const page = await api.listOrders({ limit: 50, sortBy: 'date', sortOrder: 'asc' });
    if (!page.ok) throw new Error(page.error.message);
    expect(page.value.orders).toHaveLength(50);
    expect(page.value.rejected).toEqual([]);
    expect(page.value.total).toBe(300);
    expect(page.value.next).toContain('offset=50');
    expect(page.value.orders[0]).toEqual(server.order(page.value.orders[0]?.id ?? 0));
  });

  it('400: the server refused the query; its words reach the message', async () => {
    server.respondRaw(
      { method: 'GET', path: LIST, times: 1 },
      errorReply(400, 'InvalidQueryParameter', 'The value of customers is invalid.'),
    );
    const error = failure(server, await api.listOrders({ customers: [1] }));
    expect(error).toMatchObject({ kind: 'bad-request', status: 400, delivery: 'answered', retryable: false });
    expect(error.errorCode).toBe('InvalidQueryParameter');
    expect(error.message).toBe(
      'The Equipme API rejected the request for the order list as invalid (HTTP 400) (Equipme says: The value of customers is invalid.). The station needs a fix: report this to support.',
    );
  });

  it('400 refused before sending: a limit outside 1..1000 never reaches the server', async () => {
    const before = server.requests().length;
    for (const limit of [0, 1001]) {
      expect(failure(server, await api.listOrders({ limit }))).toMatchObject({
        kind: 'bad-request',
        delivery: 'not-sent',
      });
    }
    expect(server.requests().length).toBe(before);
  });

  it('401: a wrong key', async () => {
    const error = failure(server, await stationClient(server, { apiKey: 'not-the-key' }).listOrders({}));
    expect(error).toMatchObject({
      kind: 'unauthorized',
      status: 401,
      retryable: false,
      delivery: 'answered',
    });
    expect(error.message).toBe(
      "The Equipme API rejected the station's API key. Ask a supervisor to enter a valid key in Settings.",
    );
    expect(server.requests().at(-1)).toMatchObject({ path: LIST, apiKeySent: true, status: 401 });
  });

  it('403: access to the listing denied', async () => {
    server.respondRaw(
      { method: 'GET', path: LIST, times: 1 },
      errorReply(403, 'Forbidden', 'Resource access denied.'),
    );
    const error = failure(server, await api.listOrders({}));
    expect(error).toMatchObject({ kind: 'forbidden', status: 403, delivery: 'answered', retryable: false });
    expect(error.message).toContain(
      'denied access to the order list (Equipme says: Resource access denied.)',
    );
  });

  // Found by this server: the spec's date-time is RFC 3339, which requires a zone; a zone-less
  // `after`/`before` used to go out and come back as a 400. A request known to be wrong is not sent.
  it('a date-time filter without a zone is refused before sending', async () => {
    const error = failure(server, await api.listOrders({ after: '2025-01-06T08:00:00' }));
    expect(error).toMatchObject({ kind: 'bad-request', delivery: 'not-sent' });
  });
});

describe('GET /v1/fulfillment/orders/{orderId}', () => {
  it('200: the order exactly as the server holds it', async () => {
    const id = orderIn('new');
    expect(await api.getOrder(id)).toEqual({ ok: true, value: server.order(id) });
  });

  it('400: the server refused the id', async () => {
    const id = orderIn('new');
    server.respondRaw(
      { method: 'GET', path: `${LIST}/${id}`, times: 1 },
      errorReply(400, 'BadRequest', 'Invalid id.'),
    );
    const error = failure(server, await api.getOrder(id));
    expect(error).toMatchObject({ kind: 'bad-request', status: 400, errorDescription: 'Invalid id.' });
    expect(error.message).toContain(`order ${id} as invalid (HTTP 400) (Equipme says: Invalid id.)`);
  });

  it('401: the key was revoked while the station ran', async () => {
    const revoked = await startStrictEquipme({ seed: 3, orders: 5 });
    const client = stationClient(revoked);
    expect((await client.getOrder(100_001)).ok).toBe(true);
    revoked.revokeKey();
    expect(failure(revoked, await client.getOrder(100_001))).toMatchObject({
      kind: 'unauthorized',
      status: 401,
    });
    await revoked.close();
    const wrongKey = stationClient(server, { apiKey: 'x' });
    expect(failure(server, await wrongKey.getOrder(orderIn('new')))).toMatchObject({ kind: 'unauthorized' });
  });

  it('403: an unknown or removed order (the spec lists no 404 here)', async () => {
    const removed = orderIn('inprocess');
    server.remove(removed);
    for (const id of [removed, UNKNOWN_ID]) {
      const error = failure(server, await api.getOrder(id));
      expect(error).toMatchObject({ kind: 'forbidden', status: 403, delivery: 'answered', retryable: false });
      expect(error.message).toBe(
        `The Equipme API denied access to order ${id} (Equipme says: Resource access denied or resource does not exist anymore.). It may belong to another provider or no longer exist; ask a supervisor to check it in Equipme.`,
      );
    }
  });
});

describe('POST /v1/fulfillment/orders/{orderId}/transitions', () => {
  it('204: applied exactly once', async () => {
    const id = orderIn('new');
    expect(await api.postTransition(id, { action: 'process' })).toEqual({ ok: true, value: undefined });
    expect(server.transitions().filter((t) => t.id === id)).toMatchObject([
      { id, action: 'process', from: 'new', to: 'inprocess' },
    ]);
  });

  it('204: complete with an activation date', async () => {
    const id = orderIn('delivered-outbound');
    const done = await api.postTransition(id, { action: 'complete', activationDate: '2026-12-01T00:00:00Z' });
    expect(done).toEqual({ ok: true, value: undefined });
    expect(server.order(id)?.status).toBe('processed');
  });

  it('400: the server refused the body', async () => {
    const id = orderIn('new');
    server.respondRaw(
      { method: 'POST', path: `${LIST}/${id}/transitions`, times: 1 },
      errorReply(400, 'BadRequest', 'Body validation failed.'),
    );
    const error = failure(server, await api.postTransition(id, { action: 'process' }));
    expect(error).toMatchObject({ kind: 'bad-request', status: 400, delivery: 'answered', retryable: false });
    expect(server.order(id)?.status).toBe('new');
  });

  it('401: nothing moves', async () => {
    const id = orderIn('new');
    const error = failure(
      server,
      await stationClient(server, { apiKey: 'x' }).postTransition(id, { action: 'process' }),
    );
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(server.order(id)?.status).toBe('new');
  });

  it('403 stays forbidden on a write route, whether access is denied or the order is gone', async () => {
    const denied = orderIn('new');
    server.forbidOrder(denied);
    const gone = orderIn('new');
    server.remove(gone);
    for (const id of [denied, gone]) {
      const error = failure(server, await api.postTransition(id, { action: 'process' }));
      expect(error).toMatchObject({ kind: 'forbidden', status: 403, delivery: 'answered', retryable: false });
      expect(error.message).toContain(`denied access to order ${id} (Equipme says: Resource access denied`);
    }
    expect(server.transitions().filter((t) => t.id === denied || t.id === gone)).toEqual([]);
  });

  it('404: an order the server never had', async () => {
    const error = failure(server, await api.postTransition(UNKNOWN_ID, { action: 'cancel' }));
    expect(error).toMatchObject({
      kind: 'not-found',
      status: 404,
      errorCode: 'NotFound',
      delivery: 'answered',
    });
    expect(error.message).toBe(
      `The Equipme API does not know order ${UNKNOWN_ID} (Equipme says: Requested resource could not be found.). It may have been removed; refresh the order list.`,
    );
  });

  it('409: a move the lifecycle notes do not allow (a preorder not yet requested)', async () => {
    const id = orderIn('ready-for-delivery', (o) => o.isPreorder === true);
    const error = failure(server, await api.postTransition(id, { action: 'dispatchDelivery' }));
    expect(error).toMatchObject({ kind: 'conflict', status: 409, delivery: 'answered', retryable: false });
    expect(error.message).toBe(
      `The Equipme API refused the change to order ${id} because it conflicts with the order's current state (Equipme says: Order ${id}: a preorder waits for the customer to request the delivery.; details: status: ready-for-delivery; action: dispatchDelivery). Refresh the order and check its status.`,
    );
  });

  it('a timeout while the server is slow: outcome unknown, and the server applied it once', async () => {
    const id = orderIn('new');
    server.setLatency(400);
    const error = failure(
      server,
      await stationClient(server, { timeoutMs: 100 }).postTransition(id, { action: 'cancel' }),
    );
    server.setLatency(0);
    expect(error).toMatchObject({ kind: 'timeout', delivery: 'unknown', retryable: true });
    await expect.poll(() => server.order(id)?.status).toBe('cancelled');
    expect(server.transitions().filter((t) => t.id === id)).toHaveLength(1);
  });
});

describe('PUT /v1/fulfillment/orders/{orderId}', () => {
  it('204: the external id is set, and an empty string clears it', async () => {
    const id = orderIn('new');
    expect(await api.updateOrder(id, { externalId: 'WMS-77' })).toEqual({ ok: true, value: undefined });
    expect(server.order(id)?.externalId).toBe('WMS-77');
    expect((await api.updateOrder(id, { externalId: '' })).ok).toBe(true);
    expect(server.order(id)?.externalId).toBeNull();
  });

  it('400, 409: the server refused or found a conflict', async () => {
    const id = orderIn('new');
    for (const [status, kind] of [
      [400, 'bad-request'],
      [409, 'conflict'],
    ] as const) {
      server.respondRaw({ method: 'PUT', path: `${LIST}/${id}`, times: 1 }, errorReply(status, 'E', 'No.'));
      expect(failure(server, await api.updateOrder(id, { externalId: 'A' }))).toMatchObject({ kind, status });
    }
    expect(server.order(id)?.externalId).not.toBe('A');
  });

  it('401, 403, 404', async () => {
    const denied = orderIn('new');
    server.forbidOrder(denied);
    const wrongKey = stationClient(server, { apiKey: 'x' });
    expect(failure(server, await wrongKey.updateOrder(denied, { externalId: 'A' }))).toMatchObject({
      kind: 'unauthorized',
    });
    expect(failure(server, await api.updateOrder(denied, { externalId: 'A' }))).toMatchObject({
      kind: 'forbidden',
      status: 403,
    });
    expect(failure(server, await api.updateOrder(UNKNOWN_ID, { externalId: 'A' }))).toMatchObject({
      kind: 'not-found',
      status: 404,
    });
  });
});

describe('PATCH /v1/fulfillment/orders/{orderId}', () => {
  it('204: replace /externalId', async () => {
    const id = orderIn('inprocess');
    expect(await api.patchOrder(id, [{ op: 'replace', path: '/externalId', value: 'WMS-9' }])).toEqual({
      ok: true,
      value: undefined,
    });
    expect(server.order(id)?.externalId).toBe('WMS-9');
  });

  it('400: a path the server does not let anyone patch; nothing changes', async () => {
    const id = orderIn('inprocess');
    const error = failure(
      server,
      await api.patchOrder(id, [{ op: 'replace', path: '/status', value: 'processed' }]),
    );
    expect(error).toMatchObject({ kind: 'bad-request', status: 400, delivery: 'answered' });
    expect(error.message).toContain('(Equipme says: Operation 0: the path /status cannot be patched.)');
    expect(server.order(id)?.status).toBe('inprocess');
  });

  it('401, 403, 404', async () => {
    const gone = orderIn('inprocess');
    server.remove(gone);
    const op = [{ op: 'remove', path: '/externalId' }];
    expect(failure(server, await stationClient(server, { apiKey: 'x' }).patchOrder(gone, op))).toMatchObject({
      kind: 'unauthorized',
    });
    expect(failure(server, await api.patchOrder(gone, op))).toMatchObject({ kind: 'forbidden', status: 403 });
    expect(failure(server, await api.patchOrder(UNKNOWN_ID, op))).toMatchObject({
      kind: 'not-found',
      status: 404,
    });
  });
});

describe('hostile error bodies', () => {
  // The server's errorDescription reaches the error box, the audit row and the CLI: a 1 MB one with ESC
  // sequences and a bidi override must come out short and plain (was failing before main's 07d2047).
  it('a huge description with control characters gives a short, plain message', async () => {
    const id = orderIn('new');
    const description = `Conflict \u001b[2J\u001b]0;pwned\u0007\u202e${'x'.repeat(1_000_000)}`;
    server.respondRaw(
      { method: 'POST', path: `${LIST}/${id}/transitions`, times: 1 },
      errorReply(409, 'Conflict', description),
    );
    const error = failure(server, await api.postTransition(id, { action: 'process' }));
    expect(error.kind).toBe('conflict');
    expect(error.message.length).toBeLessThan(1000);
    expect(error.message).not.toMatch(/[\p{Cc}\p{Cf}]/u);
  });
});

describe('coverage of the spec', () => {
  it('every status the spec lists for every route was answered above, and no other', () => {
    const routes: [string, RegExp, string][] = [
      ['GET', /^\/v1\/fulfillment\/orders$/, '/v1/fulfillment/orders'],
      ['GET', ONE, '/v1/fulfillment/orders/{orderId}'],
      ['PUT', ONE, '/v1/fulfillment/orders/{orderId}'],
      ['PATCH', ONE, '/v1/fulfillment/orders/{orderId}'],
      [
        'POST',
        /^\/v1\/fulfillment\/orders\/\d+\/transitions$/,
        '/v1/fulfillment/orders/{orderId}/transitions',
      ],
    ];
    for (const [method, pattern, path] of routes) {
      // Status 0: the client gave up (the timeout test) before the server answered.
      const answered = server
        .requests()
        .filter((r) => r.method === method && pattern.test(r.path) && r.status !== 0);
      const statuses = [...new Set(answered.map((r) => r.status))].sort((a, b) => a - b);
      expect(statuses, `${method} ${path}`).toEqual(
        specStatuses(path, method.toLowerCase()).sort((a, b) => a - b),
      );
      expect(answered.every((r) => r.apiKeySent)).toBe(true);
    }
  });
});
