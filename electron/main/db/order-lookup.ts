// SQL behind opening an order from a scanned code: by id, order number or external id. Several
// fulfillment orders can share a sales order number: the lookup returns them all (bounded), open
// ones first, then the newest, so the operator chooses instead of being handed one silently.
import type { FulfillmentStatus, Open } from '../../../shared/api/equipme.ts';
import type { StationDb } from './connection.ts';

/** The name of the order's first product (bill of materials order), or NULL. For `orders AS o`. */
export const FIRST_PRODUCT_SQL = `(SELECT json_extract(b.value, '$.product.name')
  FROM json_each(o.json, '$.bomItems') AS b
  WHERE json_extract(b.value, '$.product.name') IS NOT NULL
  ORDER BY CAST(b.key AS INTEGER) LIMIT 1)`;

/** One cached order a code matched, with what tells it apart from orders of the same number. */
export interface OrderMatchRow {
  orderId: number;
  orderNumber: string;
  firstProduct: string | null;
  effectiveStatus: Open<FulfillmentStatus>;
  customerName: string;
  closed: boolean;
}

const MATCH_COLUMNS = `o.id AS orderId, o.order_number AS orderNumber, ${FIRST_PRODUCT_SQL} AS firstProduct,
  o.effective_status AS effectiveStatus, o.customer_name AS customerName, o.closed`;
const PREFERRED = 'ORDER BY o.closed, o.created_at DESC, o.id DESC LIMIT ?';

export const ORDER_BY_ID_SQL = `SELECT ${MATCH_COLUMNS} FROM orders AS o WHERE o.id = ?`;
/** Case-insensitive, as label printers and scanners are not particular about case. */
export const ORDERS_BY_NUMBER_SQL = `SELECT ${MATCH_COLUMNS} FROM orders AS o
  WHERE o.order_number = ? COLLATE NOCASE ${PREFERRED}`;
export const ORDERS_BY_EXTERNAL_ID_SQL = `SELECT ${MATCH_COLUMNS} FROM orders AS o
  WHERE o.external_id = ? COLLATE NOCASE ${PREFERRED}`;

/** The sales orders whose number this is (at most two: one, or more than one). */
export const SALES_ORDERS_BY_NUMBER_SQL = `SELECT DISTINCT o.sales_order_id FROM orders AS o
  WHERE o.order_number = ? COLLATE NOCASE LIMIT 2`;

type RawMatch = Omit<OrderMatchRow, 'closed'> & { closed: number };
const toMatch = (row: RawMatch): OrderMatchRow => ({ ...row, closed: row.closed === 1 });

export function orderMatchById(db: StationDb, orderId: number): OrderMatchRow | undefined {
  const row = db.prepare(ORDER_BY_ID_SQL).get(orderId) as RawMatch | undefined;
  return row && toMatch(row);
}

export function ordersByNumber(db: StationDb, orderNumber: string, limit: number): OrderMatchRow[] {
  return (db.prepare(ORDERS_BY_NUMBER_SQL).all(orderNumber, limit) as RawMatch[]).map(toMatch);
}

export function ordersByExternalId(db: StationDb, externalId: string, limit: number): OrderMatchRow[] {
  return (db.prepare(ORDERS_BY_EXTERNAL_ID_SQL).all(externalId, limit) as RawMatch[]).map(toMatch);
}

export function salesOrdersByNumber(db: StationDb, orderNumber: string): number[] {
  return db.prepare(SALES_ORDERS_BY_NUMBER_SQL).pluck().all(orderNumber) as number[];
}

/** First product names of these orders (orders without a named product are absent). */
export function firstProductNames(db: StationDb, orderIds: readonly number[]): Map<number, string> {
  if (orderIds.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT o.id, ${FIRST_PRODUCT_SQL} AS name FROM orders AS o
       WHERE o.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(orderIds)) as { id: number; name: string | null }[];
  return new Map(rows.flatMap((row) => (row.name === null ? [] : [[row.id, row.name] as const])));
}
