import type { StationDb } from '../connection.ts';

/**
 * Three pages fewer per press (14 → 11), and two fewer per send outcome:
 * - The outbox keeps its rows in the b-tree of their key (`WITHOUT ROWID`): an entry is read and
 *   updated by id, and its key's index was a second b-tree written with every new entry.
 * - One index by state and time of the last change serves the drain (pending entries in the order
 *   they became pending), the counts per state and the change feed (every state from a time on);
 *   the index by state and the index by update time were two b-trees written by every change.
 * - The audit log's index by order holds only the rarer kinds, as its index by kind does: the rows
 *   written on every press and send outcome are never read by order on a station's paths (the
 *   scans of a pick and the acknowledged instructions are; audit-log.ts EVERYDAY_KINDS). The kind
 *   is part of its key, so one kind of one order is a seek.
 */
export function leanPressWrites(db: StationDb): void {
  db.exec(`
    CREATE TABLE outbox_kept (
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
      updated_at TEXT NOT NULL,
      off_table INTEGER NOT NULL DEFAULT 0 CHECK (off_table IN (0, 1))
    ) STRICT, WITHOUT ROWID;
    INSERT INTO outbox_kept (id, order_id, action, activation_date, status_before, expected_after,
        created_at, operator, station_id, attempts, state, last_error, unknown_outcome, next_attempt_at,
        applied_at, discard_reason, updated_at, off_table)
      SELECT id, order_id, action, activation_date, status_before, expected_after, created_at, operator,
        station_id, attempts, state, last_error, unknown_outcome, next_attempt_at, applied_at,
        discard_reason, updated_at, off_table
      FROM outbox ORDER BY id;
    DROP TABLE outbox;
    ALTER TABLE outbox_kept RENAME TO outbox;
    -- Ids are uuidv7, so id order is creation order: per-order FIFO.
    CREATE INDEX outbox_by_order ON outbox (order_id, id);
    CREATE INDEX outbox_by_state ON outbox (state, updated_at);

    DROP INDEX audit_log_by_order;
    CREATE INDEX audit_log_by_order ON audit_log (order_id, kind, id)
      WHERE kind NOT IN ('transition-enqueued', 'transition-applied', 'transition-retry-scheduled');
  `);
}
