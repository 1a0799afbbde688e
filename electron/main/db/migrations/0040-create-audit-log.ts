import type { StationDb } from '../connection.ts';

/** Who did what to which order, when. Append-only: triggers refuse UPDATE and DELETE. */
export function createAuditLog(db: StationDb): void {
  db.exec(`
    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      station_id TEXT NOT NULL,
      operator TEXT,
      kind TEXT NOT NULL,
      order_id INTEGER,
      outbox_entry_id TEXT,
      detail TEXT NOT NULL
    ) STRICT;
    CREATE INDEX audit_log_by_order ON audit_log (order_id, id);

    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
      SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be updated');
    END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
      SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be deleted');
    END;
  `);
}
