// Every error class against the real simulator: answers, faults, timeouts, cancellation, and
// responses the client must refuse.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type ApiError,
  createEquipmeClient,
  type EquipmeClient,
  type EquipmeClientOptions,
} from '../../../electron/main/api/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import type { FulfillmentOrder, FulfillmentStatus } from '../../../shared/api/equipme.ts';
import { checkTransition, traitsOf } from '../../../shared/domain/lifecycle.ts';
import type { Result } from '../../../shared/domain/result.ts';

let sim: Simulator;
let api: EquipmeClient;

beforeAll(async () => {
  sim = await startSimulator({ seed: 11, orders: 120, apiKey: 'sim-secret-key-1234' });
  api = client();
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

function client(extra: Partial<EquipmeClientOptions> = {}): EquipmeClient {
  return createEquipmeClient({ baseUrl: sim.url, apiKey: sim.apiKey, timeoutMs: 2000, ...extra });
}

function failure<T>(result: Result<T, ApiError>): ApiError {
  if (result.ok) throw new Error('expected a failure');
  expect(JSON.stringify(result.error)).not.toContain(sim.apiKey);
  return result.error;
}

function orderIn(status: FulfillmentStatus): FulfillmentOrder {
  const order = sim
    .orderIds()
    .map((id) => sim.order(id))
    .find((o) => o?.status === status);
  if (!order) throw new Error(`the seed has no ${status} order`);
  return order;
}

describe('answers', () => {
  it('applies a valid transition: 204 and the simulator moved the order', async () => {
    const order = orderIn('new');
    expect(await api.postTransition(order.id, { action: 'process' })).toEqual({ ok: true, value: undefined });
    expect(sim.order(order.id)?.status).toBe('inprocess');
    expect(sim.transitions()).toMatchObject([
      { orderId: order.id, action: 'process', from: 'new', to: 'inprocess' },
    ]);
  });

  it('reads one order as the simulator holds it', async () => {
    const id = sim.orderIds()[5] ?? 0;
    expect(await api.getOrder(id)).toEqual({ ok: true, value: sim.order(id) });
  });

  it('400 for a query the server refuses', async () => {
    const error = failure(await api.listOrders({ externalIds: [''] }));
    expect(error).toMatchObject({ kind: 'bad-request', status: 400, delivery: 'answered', retryable: false });
    expect(error.errorCode).toBe('InvalidQueryParameter');
  });

  it('401 for a wrong key', async () => {
    const error = failure(await client({ apiKey: 'wrong-key' }).listOrders({}));
    expect(error).toMatchObject({
      kind: 'unauthorized',
      status: 401,
      retryable: false,
      delivery: 'answered',
    });
    expect(error.message).toBe(
      "The Equipme API rejected the station's API key. Ask a supervisor to enter a valid key in Settings.",
    );
  });

  it('401 when the key is revoked (unauthorized fault)', async () => {
    sim.setFaults({ unauthorized: true });
    const order = orderIn('new');
    expect(failure(await api.postTransition(order.id, { action: 'process' })).kind).toBe('unauthorized');
    expect(sim.transitions()).toEqual([]);
  });

  it("403 for another provider's order", async () => {
    const foreign = sim.foreignOrderIds()[0] ?? 0;
    expect(failure(await api.getOrder(foreign))).toMatchObject({ kind: 'forbidden', status: 403 });
    expect(failure(await api.postTransition(foreign, { action: 'cancel' }))).toMatchObject({
      kind: 'forbidden',
      delivery: 'answered',
    });
    expect(sim.transitions()).toEqual([]);
  });

  it('404 for an unknown order', async () => {
    const error = failure(await api.getOrder(987_654_321));
    expect(error).toMatchObject({ kind: 'not-found', status: 404, errorCode: 'NotFound' });
    expect(error.message).toContain('order 987654321');
  });

  it('409 for a transition the lifecycle does not allow', async () => {
    const order = orderIn('new');
    expect(checkTransition('new', 'confirmDelivery', traitsOf(order)).ok).toBe(false);
    const error = failure(await api.postTransition(order.id, { action: 'confirmDelivery' }));
    expect(error).toMatchObject({ kind: 'conflict', status: 409, delivery: 'answered', retryable: false });
    expect(sim.order(order.id)?.status).toBe('new');
    expect(sim.transitions()).toEqual([]);
  });
});

describe('faults', () => {
  it('waits out a 429 on GET for the Retry-After second, then succeeds', async () => {
    sim.setFaults({ rate429: 1 });
    setTimeout(() => sim.setFaults({ rate429: 0 }), 300);
    const started = Date.now();
    const result = await api.listOrders({ limit: 3 });
    expect(result.ok && result.value.orders).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
  });

  it('gives a 429 on a write straight back, with retryAfterMs', async () => {
    sim.setFaults({ rate429: 1 });
    const order = orderIn('new');
    const error = failure(await api.postTransition(order.id, { action: 'process' }));
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterMs: 1000, retryable: true });
    expect(sim.transitions()).toEqual([]);
  });

  it('5xx is a retryable server error', async () => {
    sim.setFaults({ error5xx: 1 });
    const error = failure(await api.listOrders({}));
    expect(error).toMatchObject({ kind: 'server', retryable: true, delivery: 'unknown' });
    expect([500, 502, 503]).toContain(error.status);
  });

  it('dropAfterApply: connection lost, outcome unknown, yet the simulator applied it', async () => {
    sim.setFaults({ dropAfterApply: 1 });
    const order = orderIn('new');
    const error = failure(await api.postTransition(order.id, { action: 'process' }));
    expect(error).toMatchObject({ kind: 'connection-lost', delivery: 'unknown', retryable: true });
    expect(sim.transitions()).toMatchObject([{ orderId: order.id, action: 'process' }]);
    expect(sim.order(order.id)?.status).toBe('inprocess');
  });

  it('an unreachable API is offline and the request not sent', async () => {
    const gone = await startSimulator({ orders: 1 });
    const url = gone.url;
    await gone.close();
    const error = failure(
      await createEquipmeClient({ baseUrl: url, apiKey: 'k' }).postTransition(1, { action: 'process' }),
    );
    expect(error).toMatchObject({ kind: 'offline', delivery: 'not-sent', retryable: true });
  });

  it('the offline fault fails retryably, never claiming "not sent" for a request that went out', async () => {
    sim.setFaults({ offline: true });
    const order = orderIn('new');
    const error = failure(await api.postTransition(order.id, { action: 'process' }));
    // The fault drops connections after the request bytes went out, which a client cannot tell apart
    // from dropAfterApply; if the simulator refuses connections instead, it reads as offline/not-sent.
    expect([
      ['offline', 'not-sent'],
      ['connection-lost', 'unknown'],
    ]).toContainEqual([error.kind, error.delivery]);
    expect(error.retryable).toBe(true);
    expect(sim.transitions()).toEqual([]);
  });

  it('latency beyond timeoutMs is a timeout; the late write may still land', async () => {
    sim.setFaults({ latency: 400 });
    const fast = client({ timeoutMs: 200 });
    expect(failure(await fast.listOrders({ limit: 1 }))).toMatchObject({ kind: 'timeout', retryable: true });
    const order = orderIn('new');
    const error = failure(await fast.postTransition(order.id, { action: 'process' }));
    expect(error).toMatchObject({ kind: 'timeout', delivery: 'unknown' });
    await sleep(400);
    expect(sim.transitions()).toMatchObject([{ orderId: order.id, action: 'process' }]);
  });
});

describe('cancellation', () => {
  it('an aborted signal sends nothing', async () => {
    const order = orderIn('new');
    const error = failure(
      await api.postTransition(order.id, { action: 'process' }, { signal: AbortSignal.abort() }),
    );
    expect(error).toMatchObject({ kind: 'aborted', delivery: 'not-sent' });
    expect(sim.transitions()).toEqual([]);
  });

  it('aborting a slow listing ends the iteration with aborted', async () => {
    sim.setFaults({ latency: 300 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const results = [];
    for await (const page of api.iterateOrders({ limit: 10 }, controller)) results.push(page);
    expect(results.map((r) => !r.ok && r.error.kind)).toEqual(['aborted']);
  });
});

describe('requests and responses the client refuses', () => {
  it('refuses invalid write payloads before they reach the simulator, naming the field', async () => {
    const order = orderIn('new');
    const externalIdBefore = order.externalId;
    const early = failure(
      await api.postTransition(order.id, { action: 'process', activationDate: '2030-01-01T00:00:00Z' }),
    );
    expect(early.issues).toEqual(['activationDate: only allowed with the complete action, not process']);
    const long = failure(await api.updateOrder(order.id, { externalId: 'x'.repeat(101) }));
    expect(long.issues).toEqual(['externalId: longer than 100 characters']);
    expect(sim.transitions()).toEqual([]);
    expect(sim.order(order.id)?.externalId).toBe(externalIdBefore);
  });

  it('sets aside an order corrupted on the way, naming the field, and keeps the rest', async () => {
    const corrupting: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const body = (await response.json()) as {
        items: { bomItems?: { product?: { partNumber?: string } }[] }[];
      };
      const product = body.items[1]?.bomItems?.[0]?.product;
      if (product) delete product.partNumber;
      return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
    };
    const page = await client({ fetch: corrupting }).listOrders({ limit: 5 });
    if (!page.ok) throw new Error(page.error.message);
    const rejectedId = page.value.rejected[0]?.id ?? 0;
    expect(page.value.orders).toHaveLength(4);
    expect(page.value.rejected).toEqual([
      {
        id: rejectedId,
        index: 1,
        issues: ['bomItems[0].product.partNumber: expected string, received undefined'],
        message: `order ${rejectedId}: bomItems[0].product.partNumber: expected string, received undefined`,
      },
    ]);
    expect(page.value.orders.map((o) => o.id)).not.toContain(rejectedId);
    expect(sim.order(rejectedId)).toBeDefined();
  });
});
