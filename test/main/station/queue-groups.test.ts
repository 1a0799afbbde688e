// The queue's rows carry their sales order group: how many of its fulfillment orders are open here,
// how many the sales order has by its copy, how many of the open ones are past new/in process. The
// facts come in one statement for the whole window, never one per row.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Statement } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  openStationDb,
  queryOrders,
  type StationDb,
  upsertPulledOrders,
} from '../../../electron/main/db/index.ts';
import { SALES_ORDER_GROUPS_SQL } from '../../../electron/main/db/order-queue-facts.ts';
import { storeSalesOrder } from '../../../electron/main/db/sales-cache.ts';
import { enqueueTransition } from '../../../electron/main/outbox/index.ts';
import { queueRows } from '../../../electron/main/station/queue-rows.ts';
import type { FulfillmentOrder, FulfillmentStatus } from '../../../shared/api/equipme.ts';
import type { QueueRow } from '../../../shared/ipc/orders.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { explain } from '../db/explain.ts';
import { stationTest, until } from './station-fixture.ts';

const NOW = new Date('2026-03-02T08:00:00.000Z');

/** A fulfillment order of sales order `salesOrderId` (number SO-<id>), at its own address by default. */
function inSalesOrder(
  id: number,
  salesOrderId: number,
  status: FulfillmentStatus = 'new',
  street = 'Hauptstraße',
): FulfillmentOrder {
  const order = makeOrder({ id, status, orderNumber: `SO-2026-${salesOrderId}` });
  order.order.id = salesOrderId;
  if (order.deliveryAddress) order.deliveryAddress.street = street;
  return order;
}

const copy = (salesOrderId: number, total: unknown) =>
  JSON.stringify({ id: salesOrderId, orderNumber: `SO-2026-${salesOrderId}`, items: { total } });

describe('queue rows: the sales order group', () => {
  let dir: string;
  let db: StationDb;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'packing-station-groups-'));
    db = openStationDb(join(dir, 'station.db'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const rows = (limit = 100): Map<number, QueueRow> => {
    const page = queryOrders(db, { sort: { by: 'created', direction: 'asc' }, limit, offset: 0 });
    return new Map(queueRows(db, page.rows).map((row) => [row.id, row]));
  };

  test('three orders of one sales order: each row names the group, a step past in process counts apart', () => {
    upsertPulledOrders(
      db,
      [
        inSalesOrder(101, 7001, 'new'),
        inSalesOrder(102, 7001, 'inprocess'),
        inSalesOrder(103, 7001, 'inprocess'),
        inSalesOrder(104, 7001, 'processed'),
      ],
      NOW,
    );
    storeSalesOrder(db, 7001, copy(7001, 4), NOW);
    // This station's own pending step moves 103 on: the group counts its effective status.
    const step = enqueueTransition(db, {
      orderId: 103,
      action: 'process',
      operator: 'ana',
      stationId: 's',
      now: NOW,
    });
    expect(step.ok).toBe(true);

    const queue = rows();
    // The processed order is closed: in the copy's count, not among the open ones.
    expect(queue.has(104)).toBe(false);
    for (const id of [101, 102, 103]) {
      expect(queue.get(id)?.salesOrderId).toBe(7001);
      expect(queue.get(id)?.group).toEqual({ open: 3, total: 4, otherStatus: 1 });
    }
  });

  test('a split group (two addresses) is one group in the queue: the shipment splits it into boxes', () => {
    upsertPulledOrders(
      db,
      [inSalesOrder(201, 7002, 'new', 'Hauptstraße'), inSalesOrder(202, 7002, 'new', 'Lindenallee')],
      NOW,
    );
    storeSalesOrder(db, 7002, copy(7002, 2), NOW);
    const queue = rows();
    expect(queue.get(201)?.group).toEqual({ open: 2, total: 2, otherStatus: 0 });
    expect(queue.get(202)?.group).toEqual({ open: 2, total: 2, otherStatus: 0 });
  });

  test('one order cached of three: the copy makes it a group, the others are missing here', () => {
    upsertPulledOrders(db, [inSalesOrder(301, 7003, 'inprocess')], NOW);
    storeSalesOrder(db, 7003, copy(7003, 3), NOW);
    expect(rows().get(301)?.group).toEqual({ open: 1, total: 3, otherStatus: 0 });
  });

  test('without a copy: two open orders are a group of unknown size, one open order is none', () => {
    upsertPulledOrders(
      db,
      [inSalesOrder(401, 7004), inSalesOrder(402, 7004, 'ready-for-delivery'), inSalesOrder(501, 7005)],
      NOW,
    );
    const queue = rows();
    expect(queue.get(401)?.group).toEqual({ open: 2, total: null, otherStatus: 1 });
    expect(queue.get(501)?.salesOrderId).toBe(7005);
    expect(queue.get(501)?.group).toBeNull();
  });

  test('a copy that says one order, or one Equipme said is gone, makes no group of one open order', () => {
    upsertPulledOrders(db, [inSalesOrder(511, 7011), inSalesOrder(512, 7012)], NOW);
    storeSalesOrder(db, 7011, copy(7011, 1), NOW);
    storeSalesOrder(db, 7012, null, NOW);
    const queue = rows();
    expect(queue.get(511)?.group).toBeNull();
    expect(queue.get(512)?.group).toBeNull();
  });

  test('a damaged copy, or one whose total is no count, reads as no copy', () => {
    upsertPulledOrders(
      db,
      [
        inSalesOrder(601, 7006),
        inSalesOrder(611, 7007),
        inSalesOrder(612, 7007),
        inSalesOrder(621, 7008),
        inSalesOrder(631, 7009),
        inSalesOrder(641, 7010),
      ],
      NOW,
    );
    storeSalesOrder(db, 7006, '{"id":7006,"items":{"total":3', NOW);
    storeSalesOrder(db, 7007, 'not json at all <script>', NOW);
    storeSalesOrder(db, 7008, copy(7008, '3'), NOW);
    storeSalesOrder(db, 7009, copy(7009, -5), NOW);
    storeSalesOrder(db, 7010, copy(7010, 9e99), NOW);
    const queue = rows();
    expect(queue.get(601)?.group).toBeNull();
    expect(queue.get(611)?.group).toEqual({ open: 2, total: null, otherStatus: 0 });
    expect(queue.get(621)?.group).toBeNull();
    expect(queue.get(631)?.group).toBeNull();
    expect(queue.get(641)?.group).toBeNull();
  });

  test('the statements a window runs do not grow with its size: one for all its groups', () => {
    const orders = Array.from({ length: 120 }, (_, i) => inSalesOrder(1000 + i, 8000 + Math.floor(i / 3)));
    upsertPulledOrders(db, orders, NOW);
    for (let s = 0; s < 40; s += 2) storeSalesOrder(db, 8000 + s, copy(8000 + s, 3), NOW);

    const small = queryOrders(db, { sort: { by: 'created', direction: 'asc' }, limit: 5, offset: 0 }).rows;
    const large = queryOrders(db, { sort: { by: 'created', direction: 'asc' }, limit: 100, offset: 0 }).rows;
    const runs = countRuns(db);
    queueRows(db, small);
    const forSmall = runs.take();
    const built = queueRows(db, large);
    const forLarge = runs.take();
    expect(forLarge).toEqual(forSmall);
    expect(forLarge.filter((sql) => sql === SALES_ORDER_GROUPS_SQL)).toHaveLength(1);
    expect(built.filter((row) => row.group?.open === 3)).toHaveLength(100);
    // The group statement reads indexes only: the sales order index, the covering queue index by id.
    const plan = explain(db, SALES_ORDER_GROUPS_SQL, ['[8000, 8001]']);
    expect(plan).toContain('SEARCH g USING COVERING INDEX orders_open_by_sales_order (sales_order_id=?)');
    expect(plan).toContain('SEARCH s USING COVERING INDEX orders_queue_by_id (id=?)');
    expect(plan).not.toMatch(/SCAN (g|s|o|orders)\b/);
  });
});

/**
 * Every statement the connection runs from now on (its SQL, once per run), including statements
 * prepared and cached before (statements.ts keeps them per connection): this connection is new to
 * them, so each is wrapped as it is prepared.
 */
function countRuns(db: StationDb): { take(): string[] } {
  const ran: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((source: string) => {
    const target = prepare(source) as Statement;
    const proxy: Statement = new Proxy(target, {
      get(statement, key) {
        const value = Reflect.get(statement, key, statement) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (key === 'run' || key === 'get' || key === 'all' || key === 'iterate') ran.push(source);
          const result = (value as (...a: unknown[]) => unknown).apply(statement, args);
          return result === statement ? proxy : result;
        };
      },
    });
    return proxy;
  }) as typeof db.prepare;
  return { take: () => ran.splice(0) };
}

stationTest(
  'a station on the simulator’s data: its groups match the rows and the sales orders’ copies',
  async ({ st }) => {
    await until('the sales picture', async () => (await st.value('sync:status')).lastSalesPictureAt !== null);
    const { rows } = await st.value('orders:query', {
      sort: { by: 'created', direction: 'asc' },
      limit: 500,
      offset: 0,
      queueFacts: 'current',
    });
    const bySales = new Map<number, number>();
    for (const row of rows) bySales.set(row.salesOrderId, (bySales.get(row.salesOrderId) ?? 0) + 1);
    const grouped = rows.filter((row) => row.group !== null);
    expect(grouped.length).toBeGreaterThan(1);
    for (const row of rows) {
      const open = bySales.get(row.salesOrderId) ?? 0;
      if (open >= 2) expect(row.group?.open, `order ${row.id}`).toBe(open);
      // The simulator's sales orders count every fulfillment order they have, open or not.
      if (row.group?.total != null) expect(row.group.total).toBeGreaterThanOrEqual(row.group.open);
    }
    expect(grouped.some((row) => row.group?.total !== null)).toBe(true);
  },
);
