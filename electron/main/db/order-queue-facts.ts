// SQL for what the queue shows next to its rows: pending transitions per order, the sales order
// groups of a window's rows, the warehouse locations in the cache, open orders per status within the
// station's locations, and a mark that says when those last two must be counted again.

import { ORDER_SOURCES, type OrderSourceName } from '../../../shared/domain/order-sources.ts';
import type { StationDb } from './connection.ts';
import { NOT_FINISHED, sourceKeyRange } from './order-queries.ts';
import { ANY_STATE, UNAPPLIED } from './outbox-entries.ts';
import { statement } from './statements.ts';

/** Unapplied outbox entries per order, for the given orders (orders without any are absent). */
export function pendingCounts(db: StationDb, orderIds: readonly number[]): Map<number, number> {
  if (orderIds.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT order_id AS orderId, count(*) AS n FROM outbox
       WHERE order_id IN (SELECT value FROM json_each(?)) AND ${UNAPPLIED}
       GROUP BY order_id`,
    )
    .all(JSON.stringify(orderIds)) as { orderId: number; n: number }[];
  return new Map(rows.map((row) => [row.orderId, row.n]));
}

/** What the station knows of one sales order's fulfillment orders (shared/ipc/orders.ts QueueGroup). */
export interface SalesOrderGroupFacts {
  open: number;
  otherStatus: number;
  total: number | null;
}

/**
 * The sales orders' open fulfillment orders in the cache, and the number its copy says it has. One
 * statement for the whole window: each sales order's orders come from orders_open_by_sales_order,
 * their statuses from the covering orders_queue_by_id, so no wide order row is read. A copy that is
 * damaged, or whose `items.total` is no count, reads as no copy.
 */
export const SALES_ORDER_GROUPS_SQL = `SELECT w.value AS salesOrderId, count(s.id) AS open,
    count(s.id) FILTER (WHERE s.effective_status NOT IN ('new', 'inprocess')) AS otherStatus,
    (SELECT CASE WHEN json_valid(c.json) THEN
        CASE WHEN json_type(c.json, '$.items.total') = 'integer'
          AND c.json ->> '$.items.total' BETWEEN 0 AND 2147483647 THEN c.json ->> '$.items.total' END
      END FROM sales_orders AS c WHERE c.id = w.value) AS total
  FROM json_each(?) AS w
  LEFT JOIN orders AS g INDEXED BY orders_open_by_sales_order
    ON g.sales_order_id = w.value AND g.closed = 0
  LEFT JOIN orders AS s INDEXED BY orders_queue_by_id ON s.id = g.id
  GROUP BY w.value`;

export function salesOrderGroups(
  db: StationDb,
  salesOrderIds: readonly number[],
): Map<number, SalesOrderGroupFacts> {
  const distinct = [...new Set(salesOrderIds)];
  if (distinct.length === 0) return new Map();
  const rows = statement(db, SALES_ORDER_GROUPS_SQL).all(JSON.stringify(distinct)) as ({
    salesOrderId: number;
  } & SalesOrderGroupFacts)[];
  return new Map(rows.map(({ salesOrderId, ...facts }) => [salesOrderId, facts]));
}

/** Locations of the open orders in the cache, by name. */
export function openLocations(db: StationDb): { id: number; name: string }[] {
  return db
    .prepare(
      `SELECT location_id AS id, coalesce(max(location_name), '#' || location_id) AS name FROM orders
       WHERE closed = 0 AND location_id IS NOT NULL
       GROUP BY location_id ORDER BY name, id`,
    )
    .all() as { id: number; name: string }[];
}

/** The sources with at least one order in the cache: one key range probe each, no row read. */
export function sourcesWithOrders(db: StationDb): OrderSourceName[] {
  return ORDER_SOURCES.filter((source) => {
    const { lowest, highest } = sourceKeyRange(source);
    return (
      statement(db, 'SELECT 1 FROM orders WHERE id BETWEEN ? AND ? LIMIT 1').get(lowest, highest) !==
      undefined
    );
  });
}

/** Orders still to do per effective status, all locations (exported for its query plan test). */
export const OPEN_COUNTS_SQL = `SELECT o.effective_status AS status, count(*) AS n FROM orders AS o
  WHERE o.closed = 0 AND ${NOT_FINISHED} GROUP BY 1`;

/**
 * Orders still to do per effective status, only of the given locations (all locations when empty),
 * by the queue's own rule (NOT_FINISHED): the counts add up to the queue's unfiltered total.
 * A status a newer Equipme added is counted under its own value.
 */
export function openCountsByStatus(db: StationDb, locationIds: readonly number[]): Record<string, number> {
  const counts: Record<string, number> = {};
  const rows = (
    locationIds.length === 0
      ? db.prepare(OPEN_COUNTS_SQL)
      : db.prepare(
          `SELECT o.effective_status AS status, count(*) AS n FROM orders AS o
           WHERE o.closed = 0 AND ${NOT_FINISHED} AND o.location_id IN (SELECT value FROM json_each(?)) GROUP BY 1`,
        )
  ).all(...(locationIds.length === 0 ? [] : [JSON.stringify(locationIds)])) as {
    status: string;
    n: number;
  }[];
  for (const { status, n } of rows) counts[status] = n;
  return counts;
}

/**
 * A mark that moves whenever the database may have changed: a row this connection wrote, or a
 * commit of another connection (a pull of the CLI, a second window). Equal marks, equal contents.
 */
export function writeMark(db: StationDb): string {
  const { n } = statement(db, 'SELECT total_changes() AS n').get() as { n: number };
  return `${n}:${db.pragma('data_version', { simple: true })}`;
}

/**
 * Outbox entries changed at or after `since` (ISO time): which orders the sync engine moved. Read
 * from the index by state and update time, one range per state.
 */
export function outboxChangesSince(
  db: StationDb,
  since: string,
): { id: string; orderId: number; updatedAt: string }[] {
  return statement(
    db,
    `SELECT id, order_id AS orderId, updated_at AS updatedAt FROM outbox
     WHERE ${ANY_STATE} AND updated_at >= ?`,
  ).all(since) as { id: string; orderId: number; updatedAt: string }[];
}
