import type { StationDb } from '../connection.ts';

/**
 * The Equipme sales picture around the cached fulfillment orders, kept for offline use:
 * - `sales_orders`: one row per sales order a cached fulfillment order belongs to (its note, its
 *   number of fulfillment orders), `json` NULL when Equipme answered that it does not exist;
 * - `customers`: the customer and, fetched with it, its metadata (packing instructions);
 * - the open orders by sales order and customer, so the copies to fetch are found without reading
 *   the wide order rows, and a sales order's group is found by index.
 * `fetched_at` is when the copy was taken: the station shows its age and refreshes it when stale.
 */
export function createSalesCache(db: StationDb): void {
  db.exec(`
    CREATE TABLE sales_orders (
      id INTEGER PRIMARY KEY,
      json TEXT,
      fetched_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX sales_orders_by_fetched ON sales_orders (fetched_at);

    CREATE TABLE customers (
      id INTEGER PRIMARY KEY,
      json TEXT,
      metadata_json TEXT,
      fetched_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX customers_by_fetched ON customers (fetched_at);

    CREATE INDEX orders_open_by_sales_order ON orders (sales_order_id, customer_id) WHERE closed = 0;
  `);
}
