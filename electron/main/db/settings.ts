// SQL for the settings table: one JSON value per key. What the keys mean is in electron/main/station/.
import type { StationDb } from './connection.ts';

/** Every stored setting, JSON-decoded, by key. */
export function readSettings(db: StationDb): Map<string, unknown> {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  return new Map(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
}

/** Writes the given keys in one transaction; a value of undefined deletes its key. */
export function writeSettings(db: StationDb, values: Record<string, unknown>, now: Date): void {
  const upsert = db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare('DELETE FROM settings WHERE key = ?');
  db.transaction(() => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) remove.run(key);
      else upsert.run(key, JSON.stringify(value), now.toISOString());
    }
  }).immediate();
}
