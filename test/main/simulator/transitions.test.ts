import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { type SimClient, simClient } from './sim-client.ts';

let sim: Simulator;
let client: SimClient;

beforeAll(async () => {
  sim = await startSimulator({ seed: 3, orders: 800 });
  client = simClient(sim);
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

function find(predicate: (o: FulfillmentOrder) => boolean): FulfillmentOrder {
  const order = sim
    .orderIds()
    .map((id) => sim.order(id) as FulfillmentOrder)
    .find(predicate);
  if (!order) throw new Error('no seeded order matches');
  return order;
}
const ships = (o: FulfillmentOrder) => ['order', 'change', 'swap'].includes(o.transactionType);
const statusOf = async (id: number) =>
  ((await client.get(`/v1/fulfillment/orders/${id}`)).json as FulfillmentOrder).status;

describe('POST /v1/fulfillment/orders/{orderId}/transitions', () => {
  it('applies a valid action: 204 without body, new status, one log entry', async () => {
    const order = find((o) => o.status === 'new');
    const before = Date.now();
    const response = await client.transition(order.id, { action: 'process' });
    expect(response.status).toBe(204);
    expect(response.text).toBe('');
    expect(await statusOf(order.id)).toBe('inprocess');
    const log = (await client.get('/_sim/transitions')).json as Record<string, unknown>[];
    expect(log).toEqual([
      { orderId: order.id, action: 'process', from: 'new', to: 'inprocess', at: expect.any(String) },
    ]);
    const at = Date.parse(String(log[0]?.at));
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);
    expect(sim.transitions()).toEqual(log);
  });

  it('walks a shipping order through its whole lifecycle', async () => {
    const order = find((o) => o.status === 'new' && ships(o) && !o.isPreorder);
    const steps = [
      ['process', 'inprocess'],
      ['process', 'ready-for-delivery'],
      ['dispatchDelivery', 'in-delivery-outbound'],
      ['rejectDelivery', 'delivery-returned-outbound'],
      ['processReturnedItem', 'inprocess'],
      ['process', 'ready-for-delivery'],
      ['dispatchDelivery', 'in-delivery-outbound'],
      ['confirmDelivery', 'delivered-outbound'],
      ['complete', 'processed'],
    ] as const;
    for (const [action, to] of steps) {
      expect((await client.transition(order.id, { action })).status, action).toBe(204);
      expect(await statusOf(order.id)).toBe(to);
    }
    expect(sim.transitions().map((t) => t.to)).toEqual(steps.map(([, to]) => to));
  });

  it('completes a return with completeReturnDecommission', async () => {
    const order = find((o) => o.transactionType === 'return' && o.status === 'inprocess');
    expect((await client.transition(order.id, { action: 'completeReturnDecommission' })).status).toBe(204);
    expect(await statusOf(order.id)).toBe('processed');
  });

  it('accepts an activationDate with complete', async () => {
    const order = find((o) => o.status === 'delivered-outbound');
    const response = await client.transition(order.id, {
      action: 'complete',
      activationDate: '2026-12-01T00:00:00Z',
    });
    expect(response.status).toBe(204);
    expect(await statusOf(order.id)).toBe('processed');
  });

  it('answers 409 with an ErrorResponse naming status and action for an invalid move', async () => {
    const order = find((o) => o.status === 'new');
    const response = await client.transition(order.id, { action: 'confirmDelivery' });
    expect(response.status).toBe(409);
    const error = response.json as { errorCode: string; errorDescription: string };
    expect(error.errorCode).toBe('InvalidTransition');
    expect(error.errorDescription).toContain("'new'");
    expect(error.errorDescription).toContain("'confirmDelivery'");
    expect(await statusOf(order.id)).toBe('new');
    expect(sim.transitions()).toEqual([]);
  });

  it('answers 409 on a terminal order and for a return that has nothing to ship', async () => {
    const done = find((o) => o.status === 'processed');
    expect((await client.transition(done.id, { action: 'cancel' })).status).toBe(409);
    const returned = find((o) => o.transactionType === 'return' && o.status === 'inprocess');
    const response = await client.transition(returned.id, { action: 'process' });
    expect(response.status).toBe(409);
    expect((response.json as { errorDescription: string }).errorDescription).toContain('return');
  });

  it.each([
    ['unknown action', { action: 'ship' }, 'action'],
    ['missing action', {}, 'action'],
    [
      'activationDate on another action',
      { action: 'process', activationDate: '2026-12-01T00:00:00Z' },
      'activationDate',
    ],
    ['invalid activationDate', { action: 'complete', activationDate: '2026-13-01' }, 'activationDate'],
    ['unknown field', { action: 'process', note: 'x' }, 'note'],
    ['malformed JSON', '{"action": "process"', 'JSON'],
    ['array body', '[]', 'body'],
  ])('answers 400 for %s and applies nothing', async (_, body, mention) => {
    const order = find((o) => o.status === 'new');
    const response = await client.transition(order.id, body);
    expect(response.status).toBe(400);
    expect((response.json as { errorDescription: string }).errorDescription).toContain(mention);
    expect(await statusOf(order.id)).toBe('new');
    expect(sim.transitions()).toEqual([]);
  });

  it('answers 404 for an unknown order and 400 for a non-integer id', async () => {
    expect((await client.transition(999_999, { action: 'process' })).status).toBe(404);
    expect((await client.transition(Number.NaN, { action: 'process' })).status).toBe(400);
  });
});

describe('preorders', () => {
  it('wait at ready-for-delivery until the customer requests delivery', async () => {
    const order = find((o) => o.isPreorder === true && o.status === 'inprocess');
    expect((await client.transition(order.id, { action: 'process' })).status).toBe(204);
    expect(await statusOf(order.id)).toBe('ready-for-delivery');

    const early = await client.transition(order.id, { action: 'dispatchDelivery' });
    expect(early.status).toBe(409);
    expect((early.json as { errorDescription: string }).errorDescription).toContain('preorder');

    const request = await client.call('POST', `/_sim/orders/${order.id}/request-delivery`);
    expect(request.status).toBe(204);
    expect(await statusOf(order.id)).toBe('delivery-requested-outbound');
    expect((await client.transition(order.id, { action: 'dispatchDelivery' })).status).toBe(204);
    expect(await statusOf(order.id)).toBe('in-delivery-outbound');
    // The customer's request is not an API transition, so it is not in the log.
    expect(sim.transitions().map((t) => t.action)).toEqual(['process', 'dispatchDelivery']);
  });

  it('refuses request-delivery for anything but a waiting preorder', async () => {
    const regular = find((o) => !o.isPreorder && o.status === 'ready-for-delivery');
    const response = await client.call('POST', `/_sim/orders/${regular.id}/request-delivery`);
    expect(response.status).toBe(409);
    expect(response.json).toMatchObject({ errorCode: 'NotAWaitingPreorder' });
    expect(await statusOf(regular.id)).toBe('ready-for-delivery');
    expect((await client.call('POST', '/_sim/orders/999999/request-delivery')).status).toBe(404);
    expect(
      (await client.call('POST', `/_sim/orders/${sim.foreignOrderIds()[0]}/request-delivery`)).status,
    ).toBe(409);
  });

  it('can be moved on programmatically', () => {
    const waiting = find((o) => o.isPreorder === true && o.status === 'ready-for-delivery');
    expect(sim.requestDelivery(waiting.id)).toBe(true);
    expect(sim.order(waiting.id)?.status).toBe('delivery-requested-outbound');
    expect(sim.requestDelivery(waiting.id)).toBe(false);
  });
});
