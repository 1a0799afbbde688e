import type { StationDb } from '../connection.ts';

/**
 * Lookups the station UI makes often. A scanned code opens its order by order number or external id,
 * whatever the case the label printed it in (NOCASE indexes); after each sync step the station asks
 * which orders' outbox entries changed since the last step (updated_at).
 */
export function createLookupIndexes(db: StationDb): void {
  db.exec(`
    CREATE INDEX orders_by_order_number_nocase ON orders (order_number COLLATE NOCASE);
    CREATE INDEX orders_by_external_id_nocase ON orders (external_id COLLATE NOCASE);
    CREATE INDEX outbox_by_updated ON outbox (updated_at);
  `);
}
