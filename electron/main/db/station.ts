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
