import type { StationDb } from '../connection.ts';

/**
 * The station's settings, one JSON value per key. Secrets are never stored in the clear: the API key
 * only as ciphertext of the shell's secret box, the supervisor PIN only as a salted scrypt hash.
 */
export function createSettings(db: StationDb): void {
  db.exec(`
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `);
}
