import type { StationDb } from '../connection.ts';

/**
 * Field-proofing the order lifecycle:
 * - an order's `conflict` becomes its `lock` (why nothing may be packed, printed or sent: a conflict
 *   with our unsent steps, a race with another station, or an order Equipme no longer shows us);
 * - outbox entries a supervisor sent outside the lifecycle table are marked `off_table`;
 * - enum values from a newer Equipme are remembered, so each is logged once;
 * - the audit log is read by kind (diagnostics: where Equipme and our lifecycle table disagreed);
 * - the queue's rule for "still to do" also leaves out orders this station itself is finishing
 *   (a pending cancel): its partial indexes carry the same condition.
 */
export function createOrderLocks(db: StationDb): void {
  db.exec(`
    ALTER TABLE orders RENAME COLUMN conflict TO lock;
    -- Old conflicts keep their meaning as locks of reason 'conflict'.
    UPDATE orders SET lock = json_object(
        'reason', 'conflict',
        'serverStatus', lock ->> '$.serverStatus',
        'expected', lock ->> '$.expectedBefore',
        'entryId', lock ->> '$.entryId',
        'since', pulled_at,
        'message', NULL)
      WHERE lock IS NOT NULL;

    ALTER TABLE outbox ADD COLUMN off_table INTEGER NOT NULL DEFAULT 0 CHECK (off_table IN (0, 1));

    CREATE TABLE unknown_values_seen (
      field TEXT NOT NULL,
      value TEXT NOT NULL,
      first_order_id INTEGER NOT NULL,
      first_seen_at TEXT NOT NULL,
      PRIMARY KEY (field, value)
    ) STRICT, WITHOUT ROWID;

    CREATE INDEX audit_log_by_kind ON audit_log (kind, id);

    DROP INDEX orders_open_by_status;
    DROP INDEX orders_open_by_created;
    CREATE INDEX orders_open_by_status ON orders (effective_status, created_at)
      WHERE closed = 0 AND effective_status NOT IN ('processed', 'cancelled');
    CREATE INDEX orders_open_by_created ON orders (created_at)
      WHERE closed = 0 AND effective_status NOT IN ('processed', 'cancelled');
  `);
}
