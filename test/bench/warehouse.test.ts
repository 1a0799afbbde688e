// The bench's premise: the station's cache holds exactly the orders the simulator process serves, and
// every transition the bench makes is the first step of an order nobody moved before.
import { expect, it } from 'vitest';
import { getOrder } from '../../electron/main/db/index.ts';
import { warehouseForTests } from './warehouse-fixture.ts';

const ORDERS = 300;
const fx = warehouseForTests(ORDERS);

it('caches every order of the simulator process, with the status it serves', async () => {
  expect(fx.w.cached).toBe(ORDERS);
  const ids = [...fx.w.sample.map((o) => o.id), ...fx.w.takeNew(5)];
  for (const id of ids) {
    const answer = await fetch(`${fx.sim.url}/v1/fulfillment/orders/${id}`, {
      headers: { 'X-API-KEY': fx.sim.apiKey },
    });
    const served = (await answer.json()) as { status: string; order: { orderNumber: string } };
    const cached = getOrder(fx.w.db, id);
    expect(cached?.serverStatus, `order ${id}`).toBe(served.status);
    expect(cached?.orderNumber, `order ${id}`).toBe(served.order.orderNumber);
  }
});

it('hands out new orders that process moves on, never the same one twice, and says when they run out', () => {
  const handed = [...fx.w.takeNew(10), ...fx.w.takeNew(10)];
  expect(new Set(handed).size).toBe(20);
  for (const id of handed) {
    const order = getOrder(fx.w.db, id);
    expect(order?.serverStatus).toBe('new');
    expect(order?.order.transactionType).not.toBe('return');
  }
  expect(() => fx.w.takeNew(ORDERS)).toThrow(/ran out of new orders/);
});

it('sets the simulator latency over its test route and stops the process on close', async () => {
  await fx.sim.setLatency(15);
  const faults = await fetch(`${fx.sim.url}/_sim/faults`, {
    method: 'PUT',
    headers: { 'X-API-KEY': fx.sim.apiKey, 'Content-Type': 'application/json' },
    body: '{}',
  });
  expect(((await faults.json()) as { latency: number }).latency).toBe(15);
  await fx.sim.setLatency(0);
  await fx.sim.close();
  await expect(fetch(`${fx.sim.url}/v1/fulfillment/orders?limit=1`)).rejects.toThrow();
});
