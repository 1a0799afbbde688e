// The bench's premise: the station's cache holds exactly the orders the simulator process serves, and
// every transition the bench makes is the first step of an order nobody moved before.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { getOrder } from '../../electron/main/db/index.ts';
import { scratchDir } from './bench-files.ts';
import { type SimProcess, startSimProcess } from './sim-process.ts';
import { buildWarehouse, type Warehouse } from './warehouse.ts';

const ORDERS = 300;
const dir = scratchDir();
let sim: SimProcess;
let w: Warehouse;

beforeAll(async () => {
  sim = await startSimProcess(ORDERS);
  w = buildWarehouse(dir, ORDERS);
});
afterAll(async () => {
  w?.db.close();
  await sim?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('caches every order of the simulator process, with the status it serves', async () => {
  expect(w.cached).toBe(ORDERS);
  const ids = [...w.sample.map((o) => o.id), ...w.takeNew(5)];
  for (const id of ids) {
    const answer = await fetch(`${sim.url}/v1/fulfillment/orders/${id}`, {
      headers: { 'X-API-KEY': sim.apiKey },
    });
    const served = (await answer.json()) as { status: string; order: { orderNumber: string } };
    const cached = getOrder(w.db, id);
    expect(cached?.serverStatus, `order ${id}`).toBe(served.status);
    expect(cached?.orderNumber, `order ${id}`).toBe(served.order.orderNumber);
  }
});

it('hands out new orders that process moves on, never the same one twice, and says when they run out', () => {
  const handed = [...w.takeNew(10), ...w.takeNew(10)];
  expect(new Set(handed).size).toBe(20);
  for (const id of handed) {
    const order = getOrder(w.db, id);
    expect(order?.serverStatus).toBe('new');
    expect(order?.order.transactionType).not.toBe('return');
  }
  expect(() => w.takeNew(ORDERS)).toThrow(/ran out of new orders/);
});

it('sets the simulator latency over its test route and stops the process on close', async () => {
  await sim.setLatency(15);
  const faults = await fetch(`${sim.url}/_sim/faults`, {
    method: 'PUT',
    headers: { 'X-API-KEY': sim.apiKey, 'Content-Type': 'application/json' },
    body: '{}',
  });
  expect(((await faults.json()) as { latency: number }).latency).toBe(15);
  await sim.setLatency(0);
  await sim.close();
  await expect(fetch(`${sim.url}/v1/fulfillment/orders?limit=1`)).rejects.toThrow();
});
