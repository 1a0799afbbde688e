// The station's identity: a uuid generated the first time it is asked for, then stable.
import { randomUUID } from 'node:crypto';
import type { StationDb } from './connection.ts';
import { statement } from './statements.ts';

export function getStationId(db: StationDb): string {
  const read = statement(db, `SELECT value FROM station WHERE key = 'stationId'`).pluck();
  const existing = read.get() as string | undefined;
  if (existing !== undefined) return existing;
  // DO NOTHING: another connection may have created it since the read; its id wins.
  db.prepare(`INSERT INTO station (key, value) VALUES ('stationId', ?) ON CONFLICT (key) DO NOTHING`).run(
    randomUUID(),
  );
  return read.get() as string;
}

/** The app version that last opened this database (the app and browser mode record it at start). */
export function recordAppVersion(db: StationDb, version: string): void {
  statement(
    db,
    `INSERT INTO station (key, value) VALUES ('appVersion', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value`,
  ).run(version);
}

/** The version recorded by recordAppVersion; null when none was (an older app, a new file). */
export function recordedAppVersion(db: StationDb): string | null {
  try {
    const value = db.prepare(`SELECT value FROM station WHERE key = 'appVersion'`).pluck().get();
    return typeof value === 'string' ? value : null;
  } catch {
    // A file whose station table is not there (or not as this app knows it): no version to name.
    return null;
  }
}
