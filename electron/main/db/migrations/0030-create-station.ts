import type { StationDb } from '../connection.ts';

/** Facts about this station (its id), as key/value pairs. */
export function createStation(db: StationDb): void {
  db.exec(`
    CREATE TABLE station (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `);
}
