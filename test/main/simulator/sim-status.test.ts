// PUT /_sim/orders/{id}/status: Equipme's back office moves an order behind the station's back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { type SimClient, simClient } from './sim-client.ts';

let sim: Simulator;
let client: SimClient;

beforeAll(async () => {
  sim = await startSimulator({ seed: 3, orders: 50 });
  client = simClient(sim);
});
afterAll(() => sim.close());

const newOrderId = () => {
  const id = sim.orderIds().find((oid) => sim.order(oid)?.status === 'new');
  if (id === undefined) throw new Error('the seed has no new order');
  return id;
};
const statusOf = async (id: number) =>
  ((await client.get(`/v1/fulfillment/orders/${id}`)).json as { status: string }).status;

describe('/_sim/orders/{id}/status', () => {
  it('sets any status shaped like Equipme’s, known or not, without a logged transition', async () => {
    const id = newOrderId();
    expect((await client.call('PUT', `/_sim/orders/${id}/status`, { status: 'cancelled' })).status).toBe(204);
    expect(await statusOf(id)).toBe('cancelled');
    expect((await client.call('PUT', `/_sim/orders/${id}/status`, { status: 'on-hold' })).status).toBe(204);
    expect(await statusOf(id)).toBe('on-hold');
    expect(sim.transitions()).toEqual([]);
  });

  it('refuses garbage, a missing order and a caller without the key', async () => {
    const id = newOrderId();
    for (const body of [
      { status: '<script>' },
      { status: 'x'.repeat(65) },
      { status: 'new\u0000' },
      { status: 7 },
      {},
      'not json',
    ]) {
      const response = await client.call('PUT', `/_sim/orders/${id}/status`, body);
      expect(response.status).toBe(400);
    }
    expect(await statusOf(id)).toBe('new');
    expect((await client.call('PUT', '/_sim/orders/999999/status', { status: 'cancelled' })).status).toBe(
      404,
    );
    const keyless = await client.call(
      'PUT',
      `/_sim/orders/${id}/status`,
      { status: 'cancelled' },
      { 'x-api-key': 'wrong' },
    );
    expect(keyless.status).toBe(401);
    expect(await statusOf(id)).toBe('new');
  });
});
