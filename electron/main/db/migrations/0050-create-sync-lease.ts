import type { StationDb } from '../connection.ts';

/** At most one row: the process currently allowed to drain the outbox, and its last heartbeat. */
export function createSyncLease(db: StationDb): void {
  db.exec(`
    CREATE TABLE sync_lease (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      owner TEXT NOT NULL,
      heartbeat_at INTEGER NOT NULL
    ) STRICT;
  `);
}
