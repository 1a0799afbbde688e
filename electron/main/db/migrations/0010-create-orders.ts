import type { StationDb } from '../connection.ts';

/** The orders cache: the order JSON as pulled, plus the columns the queue filters, sorts and shows. */
export function createOrders(db: StationDb): void {
  db.exec(`
    CREATE TABLE orders (
      id INTEGER PRIMARY KEY,
      order_number TEXT NOT NULL,
      sales_order_id INTEGER NOT NULL,
      external_id TEXT,
      server_status TEXT NOT NULL,
      effective_status TEXT NOT NULL,
      transaction_type TEXT NOT NULL,
      fulfillment_type TEXT,
      customer_id INTEGER NOT NULL,
      customer_name TEXT NOT NULL,
      location_id INTEGER,
      location_name TEXT,
      is_preorder INTEGER NOT NULL CHECK (is_preorder IN (0, 1)),
      created_at TEXT NOT NULL,
      postal_code TEXT,
      country_code TEXT,
      part_numbers TEXT NOT NULL,
      search_text TEXT NOT NULL,
      json TEXT NOT NULL,
      pulled_at TEXT NOT NULL,
      closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
      conflict TEXT
    ) STRICT;

    -- The queue shows open orders: partial indexes keep closed history out of its way.
    CREATE INDEX orders_open_by_status ON orders (effective_status, created_at) WHERE closed = 0;
    CREATE INDEX orders_open_by_created ON orders (created_at) WHERE closed = 0;
    CREATE INDEX orders_by_created ON orders (created_at);
    CREATE INDEX orders_by_location ON orders (location_id, created_at);
    CREATE INDEX orders_by_transaction_type ON orders (transaction_type, created_at);
    CREATE INDEX orders_by_order_number ON orders (order_number);
    CREATE INDEX orders_by_customer ON orders (customer_name, created_at);
    CREATE INDEX orders_in_conflict ON orders (id) WHERE conflict IS NOT NULL;
  `);
}
