import type { StationDb } from '../connection.ts';

/**
 * What the packer verified: picked quantity per order and bomItems index, supervisor overrides of
 * incomplete verification, and barcodes the station learned for a part number.
 */
export function createPicking(db: StationDb): void {
  db.exec(`
    CREATE TABLE pick_counts (
      order_id INTEGER NOT NULL REFERENCES orders (id),
      line INTEGER NOT NULL CHECK (line >= 0),
      picked INTEGER NOT NULL CHECK (picked >= 0),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (order_id, line)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE verification_overrides (
      order_id INTEGER PRIMARY KEY REFERENCES orders (id),
      operator TEXT NOT NULL,
      reason TEXT NOT NULL,
      at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE learned_barcodes (
      code TEXT PRIMARY KEY,
      part_number TEXT NOT NULL,
      learned_by TEXT NOT NULL,
      learned_at TEXT NOT NULL
    ) STRICT;
  `);
}
