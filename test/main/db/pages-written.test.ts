// What a press and a pulled order cost the disk: the pages their commits write to the WAL (each a
// 4 KiB frame to write and fsync, and later to checkpoint), on a cache filled from the simulator's
// data set. Counts, not timings: every index a press or a fresh order touches is one more page.
import { describe, expect } from 'vitest';
import { type StationDb, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { enqueueTransition } from '../../../electron/main/outbox/index.ts';
import { seedData } from '../../../electron/main/simulator/seed/dataset.ts';
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { pagesWrittenBy } from './wal-pages.ts';

const CACHED = 3000;
const NOW = new Date('2026-12-01T08:00:00.000Z');

/** A cache of the simulator's orders, and orders of the same data set it does not hold yet. */
function warehouse(db: StationDb): { fresh: FulfillmentOrder[]; newIds: number[] } {
  const data = seedData(1, CACHED + 40);
  const own = data.orders.filter((order) => !data.foreignIds.has(order.id)) as FulfillmentOrder[];
  const cached = own.slice(0, CACHED);
  upsertPulledOrders(db, cached, NOW);
  db.pragma('optimize');
  const newIds = cached
    .filter((order) => order.status === 'new' && order.transactionType !== 'return')
    .map((order) => order.id);
  // Fresh orders still to do: each one goes into every index of the open queue.
  const fresh = own.slice(CACHED).filter((order) => order.status === 'new');
  return { fresh, newIds };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

describe('pages a commit writes, 3,000 orders cached', () => {
  test('a press writes 11 pages: the entry and its outbox indexes, the order and its open-queue indexes, the audit row', ({
    db,
    dbFile,
  }) => {
    const { newIds } = warehouse(db);
    const presses = newIds.slice(0, 9).map((orderId) =>
      pagesWrittenBy(db, dbFile, () => {
        const queued = enqueueTransition(db, {
          orderId,
          action: 'process',
          operator: 'ana',
          stationId: 's',
          now: NOW,
        });
        expect(queued.ok).toBe(true);
      }),
    );
    // Was 16: sqlite_sequence (AUTOINCREMENT) and the audit index by kind were written on every press;
    // 14 until migration 200: the outbox's separate index of its key, its index by update time, the
    // audit index by order.
    expect(median(presses.map((press) => press.pages))).toBe(11);
    for (const { trees } of presses) {
      expect(trees).toEqual([
        'audit_log',
        'orders',
        'orders_open_by_created',
        'orders_open_by_customer',
        'orders_open_by_order_number',
        // Two of its pages: the order leaves the entries of 'new' for those of 'inprocess'.
        'orders_open_by_status',
        'orders_queue_by_id',
        'outbox',
        'outbox_by_order',
        'outbox_by_state',
      ]);
    }
  });

  test('a fresh order writes its row and 9 indexes (was 12)', ({ db, dbFile }) => {
    const { fresh } = warehouse(db);
    const orders = fresh
      .slice(0, 9)
      .map((order) => pagesWrittenBy(db, dbFile, () => upsertPulledOrders(db, [order], NOW)));
    for (const { trees } of orders) {
      const orderTrees = trees.filter((tree) => /^orders($|_by_|_open_|_queue_|_in_)/.test(tree));
      // The order's row and every index of the orders table that holds it (a new order has no lock).
      expect(orderTrees).toEqual([
        'orders',
        'orders_by_external_id_nocase',
        'orders_by_order_number_nocase',
        'orders_open_by_created',
        'orders_open_by_customer',
        'orders_open_by_order_number',
        // The sales order's group and the sales picture's copies to fetch (migration 0180).
        'orders_open_by_sales_order',
        'orders_open_by_status',
        'orders_open_locations',
        'orders_queue_by_id',
      ]);
    }
    // Was 23 (one commit per order, the full-text pages included); 19 before 0180's index.
    expect(median(orders.map((order) => order.pages))).toBeLessThanOrEqual(20);
  });
});
