import type { StationDb } from '../connection.ts';

/** Status transitions the operator made, kept until the server has applied them (or they are discarded). */
export function createOutbox(db: StationDb): void {
  db.exec(`
    CREATE TABLE outbox (
      id TEXT PRIMARY KEY,
      order_id INTEGER NOT NULL REFERENCES orders (id),
      action TEXT NOT NULL,
      activation_date TEXT,
      status_before TEXT NOT NULL,
      expected_after TEXT NOT NULL,
      created_at TEXT NOT NULL,
      operator TEXT NOT NULL,
      station_id TEXT NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      state TEXT NOT NULL
        CHECK (state IN ('pending', 'sending', 'applied', 'failed', 'discarded', 'held')),
      last_error TEXT,
      unknown_outcome INTEGER NOT NULL DEFAULT 0 CHECK (unknown_outcome IN (0, 1)),
      next_attempt_at TEXT NOT NULL,
      applied_at TEXT,
      discard_reason TEXT,
      updated_at TEXT NOT NULL
    ) STRICT;

    -- Ids are uuidv7, so id order is creation order: per-order FIFO, and sendable entries oldest first.
    CREATE INDEX outbox_by_order ON outbox (order_id, id);
    CREATE INDEX outbox_by_state ON outbox (state, id);
  `);
}
