// SQL for the station's copies of Equipme sales orders and customers (migration 0180). What a copy
// means, when it is stale and how it is fetched is in electron/main/sync/refresh-sales.ts.
import type { StationDb } from './connection.ts';
import { statement } from './statements.ts';

/** A copy as stored: `json` null when Equipme answered that the record does not exist. */
export interface StoredCopy {
  id: number;
  json: string | null;
  fetchedAt: string;
}

export interface StoredCustomer extends StoredCopy {
  /** The customer's metadata items as fetched with it (null when the customer does not exist). */
  metadataJson: string | null;
}

/** The copies kept per kind, and the column of `orders` that names each one's record. */
const COPIES = {
  salesOrders: { table: 'sales_orders', column: 'sales_order_id' },
  customers: { table: 'customers', column: 'customer_id' },
} as const;

/**
 * Ids of the records (sales orders or customers) of open cached orders that have no copy, or one
 * fetched before `staleBefore`: missing ones first, then the oldest copies. A shop order is its own
 * sales order and customer under its negative key: Equipme has neither.
 */
function copiesToFetch(db: StationDb, kind: keyof typeof COPIES, staleBefore: Date, limit: number): number[] {
  const { table, column } = COPIES[kind];
  const rows = statement(
    db,
    `SELECT o.${column} AS id FROM orders o INDEXED BY orders_open_by_sales_order
       LEFT JOIN ${table} c ON c.id = o.${column}
     WHERE o.closed = 0 AND o.${column} > 0 AND (c.id IS NULL OR c.fetched_at < ?)
     GROUP BY o.${column}
     ORDER BY c.fetched_at IS NOT NULL, c.fetched_at, o.${column}
     LIMIT ?`,
  ).all(staleBefore.toISOString(), limit) as { id: number }[];
  return rows.map((row) => row.id);
}

export const salesOrdersToFetch = (db: StationDb, staleBefore: Date, limit: number): number[] =>
  copiesToFetch(db, 'salesOrders', staleBefore, limit);

export const customersToFetch = (db: StationDb, staleBefore: Date, limit: number): number[] =>
  copiesToFetch(db, 'customers', staleBefore, limit);

export function storeSalesOrder(db: StationDb, id: number, json: string | null, at: Date): void {
  statement(
    db,
    `INSERT INTO sales_orders (id, json, fetched_at) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET json = excluded.json, fetched_at = excluded.fetched_at`,
  ).run(id, json, at.toISOString());
}

export function storeCustomer(
  db: StationDb,
  id: number,
  copy: { json: string; metadataJson: string } | null,
  at: Date,
): void {
  statement(
    db,
    `INSERT INTO customers (id, json, metadata_json, fetched_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET json = excluded.json, metadata_json = excluded.metadata_json,
       fetched_at = excluded.fetched_at`,
  ).run(id, copy?.json ?? null, copy?.metadataJson ?? null, at.toISOString());
}

export function readSalesOrderCopy(db: StationDb, id: number): StoredCopy | null {
  const row = statement(db, 'SELECT id, json, fetched_at AS fetchedAt FROM sales_orders WHERE id = ?').get(
    id,
  );
  return (row as StoredCopy | undefined) ?? null;
}

export function readCustomerCopy(db: StationDb, id: number): StoredCustomer | null {
  const row = statement(
    db,
    'SELECT id, json, metadata_json AS metadataJson, fetched_at AS fetchedAt FROM customers WHERE id = ?',
  ).get(id);
  return (row as StoredCustomer | undefined) ?? null;
}

/** Ids of the open cached fulfillment orders of one sales order, by id. */
export function openOrdersOfSalesOrder(db: StationDb, salesOrderId: number): number[] {
  const rows = statement(
    db,
    `SELECT id FROM orders INDEXED BY orders_open_by_sales_order
     WHERE sales_order_id = ? AND closed = 0 ORDER BY id`,
  ).all(salesOrderId) as { id: number }[];
  return rows.map((row) => row.id);
}

/** What printing needs of a sales order's copy: its note (HTML as sent) and who ordered (JSON as sent). */
export function salesOrderPrintFacts(
  db: StationDb,
  salesOrderId: number,
): { note: string | null; orderedBy: unknown } {
  const row = statement(
    db,
    // json_valid first: a damaged copy prints without these facts instead of failing the print.
    `SELECT json ->> '$.note' AS note, json -> '$.orderedBy' AS orderedBy
     FROM sales_orders WHERE id = ? AND json_valid(json)`,
  ).get(salesOrderId) as { note: unknown; orderedBy: unknown } | undefined;
  let orderedBy: unknown = null;
  try {
    orderedBy = typeof row?.orderedBy === 'string' ? JSON.parse(row.orderedBy) : null;
  } catch {
    // A damaged copy prints without the name; the next refresh replaces it.
  }
  return { note: typeof row?.note === 'string' ? row.note : null, orderedBy };
}

/** What printing needs of a customer's copy: its language and contact phone, as Equipme sent them. */
export function customerPrintFacts(
  db: StationDb,
  customerId: number,
): { language: string | null; contactPhone: string | null } {
  const row = statement(
    db,
    // json_valid first: a damaged copy prints in English without the contact phone, never fails.
    `SELECT json ->> '$.language' AS language, json ->> '$.contactPhone' AS contactPhone
     FROM customers WHERE id = ? AND json_valid(json)`,
  ).get(customerId) as { language: unknown; contactPhone: unknown } | undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return { language: text(row?.language), contactPhone: text(row?.contactPhone) };
}
