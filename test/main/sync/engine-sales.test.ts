// The engine keeps the sales picture of the cached orders: after a pull, the draining station fetches
// every open order's sales order and customer, in rounds, and only while its outbox has nothing due.
import { afterAll, beforeAll, expect } from 'vitest';
import { createEquipmeClient } from '../../../electron/main/api/index.ts';
import { readCustomerCopy, readSalesOrderCopy } from '../../../electron/main/db/sales-cache.ts';
import { outboxCounts } from '../../../electron/main/outbox/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import type { SalesReads } from '../../../electron/main/sync/refresh-sales.ts';
import { createSyncEngine } from '../../../electron/main/sync/sync-engine.ts';
import { ok } from '../../../shared/domain/result.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { enqueue, ordersIn, waitFor } from './engine-fixtures.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 5, orders: 80 });
});
afterAll(() => sim.close());

/** Sales reads that note what the outbox held when each was made. */
function notingReads(db: Parameters<typeof outboxCounts>[0]) {
  const dueAtRead: number[] = [];
  const read = async (id: number) => {
    const counts = outboxCounts(db);
    dueAtRead.push(counts.pending + counts.sending);
    return ok({ id });
  };
  const reads: SalesReads = {
    getSalesOrder: read,
    getCustomer: read,
    getCustomerMetadata: async () => ok([]),
  };
  return { reads, dueAtRead };
}

test('after a pull every open order gets its sales order and customer, after the outbox is sent', async ({
  db,
}) => {
  const { reads, dueAtRead } = notingReads(db);
  const engine = createSyncEngine({
    db,
    client: createEquipmeClient({ baseUrl: sim.url, apiKey: sim.apiKey, timeoutMs: 2_000 }),
    backoff: { baseMs: 20, capMs: 200 },
    idleMs: 20,
    pullIntervalMs: 0,
    sales: { reads, refresh: { budget: 10 } },
  });
  const pulled = await engine.pull();
  expect(pulled.ok).toBe(true);
  for (const id of ordersIn(sim, 'new', 3)) enqueue(db, id, 'process');
  engine.start();
  try {
    const open = db
      .prepare('SELECT DISTINCT sales_order_id AS s, customer_id AS c FROM orders WHERE closed = 0')
      .all() as {
      s: number;
      c: number;
    }[];
    expect(open.length).toBeGreaterThan(10);
    await waitFor('every copy', () =>
      open.every(({ s, c }) => readSalesOrderCopy(db, s) !== null && readCustomerCopy(db, c) !== null),
    );
    expect(outboxCounts(db).applied).toBe(3);
    // Rounds of 10 ran only while nothing was due in the outbox.
    expect(dueAtRead.length).toBeGreaterThan(10);
    expect(dueAtRead.every((due) => due === 0)).toBe(true);
  } finally {
    await engine.stop();
  }
});
