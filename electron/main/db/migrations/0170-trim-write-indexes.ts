import type { StationDb } from '../connection.ts';

/** The queue's rule for "still to do" (order-queries.ts NOT_FINISHED), for the partial indexes. */
const OPEN = `closed = 0 AND effective_status NOT IN ('processed', 'cancelled')`;

/**
 * Fewer pages per press and per pulled order: every index is a page to write.
 * - Orders: the indexes of 0010 over all orders (by date, location, transaction type, order
 *   number, customer) only served queries that include closed orders, which the station does not
 *   run; the open queue reads the covering indexes of 0150, the scan lookup the NOCASE ones of 0090.
 *   A location filter walks the open queue (its indexes carry location_id); `orders_open_locations`
 *   (name first, so no filter seeks it and then reads wide rows) answers the list of locations, and
 *   the status index carries location_id, so the counts of one location read no order row either.
 * - Audit log: without AUTOINCREMENT (rows are never deleted, so ids are not reused anyway) a row
 *   no longer rewrites sqlite_sequence; the index by kind leaves out the kinds written on every
 *   press and send outcome, which are read by order or newest first (audit-log.ts EVERYDAY_KINDS).
 */
export function trimWriteIndexes(db: StationDb): void {
  db.exec(`
    DROP INDEX orders_by_created;
    DROP INDEX orders_by_location;
    DROP INDEX orders_by_transaction_type;
    DROP INDEX orders_by_order_number;
    DROP INDEX orders_by_customer;
    DROP INDEX orders_open_by_status;
    CREATE INDEX orders_open_by_status ON orders (effective_status, created_at, location_id) WHERE ${OPEN};
    CREATE INDEX orders_open_locations ON orders (location_name, location_id) WHERE closed = 0;

    DROP TRIGGER audit_log_no_update;
    DROP TRIGGER audit_log_no_delete;
    CREATE TABLE audit_log_kept (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      station_id TEXT NOT NULL,
      operator TEXT,
      kind TEXT NOT NULL,
      order_id INTEGER,
      outbox_entry_id TEXT,
      detail TEXT NOT NULL
    ) STRICT;
    INSERT INTO audit_log_kept (id, at, station_id, operator, kind, order_id, outbox_entry_id, detail)
      SELECT id, at, station_id, operator, kind, order_id, outbox_entry_id, detail FROM audit_log ORDER BY id;
    DROP TABLE audit_log;
    ALTER TABLE audit_log_kept RENAME TO audit_log;
    CREATE INDEX audit_log_by_order ON audit_log (order_id, id);
    CREATE INDEX audit_log_by_kind ON audit_log (kind, id)
      WHERE kind NOT IN ('transition-enqueued', 'transition-applied', 'transition-retry-scheduled');
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
      SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be updated');
    END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
      SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be deleted');
    END;
  `);
}
