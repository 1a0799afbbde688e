import type { StationDb } from '../connection.ts';

/**
 * The (source, id) behind each shop order's key (shared/domain/order-keys.ts): handed out once, the
 * first time the station sees the order, and never reused. Equipme orders have no row: their key is
 * their id. Looked up both ways: by key for a label or an export, by (source, id) for a pull or a scan.
 */
export function createShopOrders(db: StationDb): void {
  db.exec(`
    CREATE TABLE shop_orders (
      key INTEGER PRIMARY KEY CHECK (key < 0),
      source TEXT NOT NULL,
      source_id TEXT NOT NULL,
      UNIQUE (source, source_id)
    ) STRICT;
  `);
}
