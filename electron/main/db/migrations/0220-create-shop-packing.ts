import type { StationDb } from '../connection.ts';

/**
 * A shop order's packing status at this station: the shops are read-only, so what the packer did is
 * the station's own record, never sent (docs/sources.md). One row per step an order took here, with
 * the status it put the order in, who and when; the export for a shop's back office reads it with the
 * print ledger. Equipme orders have no rows: their steps go through the outbox. There is no cancel
 * step: a shop cancels an order by no longer listing it.
 */
export function createShopPacking(db: StationDb): void {
  db.exec(`
    CREATE TABLE shop_packing_steps (
      order_key INTEGER NOT NULL CHECK (order_key < 0),
      step TEXT NOT NULL CHECK (step IN ('packing', 'packed', 'handed-to-carrier')),
      status TEXT NOT NULL,
      operator TEXT,
      at TEXT NOT NULL,
      PRIMARY KEY (order_key, step)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX shop_packing_steps_by_time ON shop_packing_steps (at);
  `);
}
