// SQL behind opening an order from a scanned code: by id, order number or external id.
import type { StationDb } from './connection.ts';

export function orderExists(db: StationDb, orderId: number): boolean {
  return db.prepare('SELECT 1 FROM orders WHERE id = ?').get(orderId) !== undefined;
}

// Several fulfillment orders can share a sales order number: an open one wins, then the newest.
const PREFERRED = 'ORDER BY closed, created_at DESC, id DESC LIMIT 1';

/** Case-insensitive, as label printers and scanners are not particular about case. */
export const ORDER_BY_NUMBER_SQL = `SELECT id FROM orders WHERE order_number = ? COLLATE NOCASE ${PREFERRED}`;
export const ORDER_BY_EXTERNAL_ID_SQL = `SELECT id FROM orders WHERE external_id = ? COLLATE NOCASE ${PREFERRED}`;

export function orderIdByNumber(db: StationDb, orderNumber: string): number | undefined {
  return db.prepare(ORDER_BY_NUMBER_SQL).pluck().get(orderNumber) as number | undefined;
}

export function orderIdByExternalId(db: StationDb, externalId: string): number | undefined {
  return db.prepare(ORDER_BY_EXTERNAL_ID_SQL).pluck().get(externalId) as number | undefined;
}
