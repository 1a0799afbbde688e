// SQL for a shipment: every cached fulfillment order of one sales order, open and closed. The open
// ones come from `orders_open_by_sales_order`; the closed ones share the sales order's number, so the
// order number index finds them (an index on `sales_order_id` over all orders would cost every pull
// write a page).
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import type { StationDb } from './connection.ts';
import { type CachedOrder, SUMMARY_COLUMNS, type SummaryRow, toSummary } from './order-columns.ts';
import { statement } from './statements.ts';

/** More fulfillment orders than a sales order of this station ever has: the read stays bounded. */
export const SHIPMENT_ORDERS_LIMIT = 100;

const OPEN_SQL = `SELECT ${SUMMARY_COLUMNS}, o.json FROM orders AS o INDEXED BY orders_open_by_sales_order
  WHERE o.sales_order_id = ? AND o.closed = 0 ORDER BY o.id LIMIT ${SHIPMENT_ORDERS_LIMIT}`;
const CLOSED_SQL = `SELECT ${SUMMARY_COLUMNS}, o.json FROM orders AS o INDEXED BY orders_by_order_number_nocase
  WHERE o.order_number = ? COLLATE NOCASE AND o.sales_order_id = ? AND o.closed = 1
  ORDER BY o.id LIMIT ${SHIPMENT_ORDERS_LIMIT}`;
/** The number in the sales order's copy, for a sales order none of whose cached orders is open. */
const COPY_NUMBER_SQL = `SELECT json ->> '$.orderNumber' FROM sales_orders WHERE id = ? AND json_valid(json)`;

type Row = SummaryRow & { json: string };

const toCached = ({ json, ...summary }: Row): CachedOrder => ({
  ...toSummary(summary),
  order: JSON.parse(json) as FulfillmentOrder,
});

/** The cached fulfillment orders of a sales order, by id (at most SHIPMENT_ORDERS_LIMIT). */
export function ordersOfSalesOrder(db: StationDb, salesOrderId: number): CachedOrder[] {
  const open = (statement(db, OPEN_SQL).all(salesOrderId) as Row[]).map(toCached);
  const copyNumber = statement(db, COPY_NUMBER_SQL).pluck().get(salesOrderId);
  const numbers = new Set(open.map((order) => order.orderNumber));
  if (typeof copyNumber === 'string' && copyNumber !== '') numbers.add(copyNumber);
  const byId = new Map(open.map((order) => [order.id, order]));
  for (const number of numbers) {
    for (const row of statement(db, CLOSED_SQL).all(number, salesOrderId) as Row[]) {
      if (!byId.has(row.id)) byId.set(row.id, toCached(row));
    }
  }
  return [...byId.values()].sort((a, b) => a.id - b.id).slice(0, SHIPMENT_ORDERS_LIMIT);
}
