// Reads which pages a database's write-ahead log holds: each frame is one page a commit wrote.
// The log must start empty (`wal_checkpoint(TRUNCATE)`) and no checkpoint may run while counting
// (`wal_autocheckpoint = 0`), so the frames are exactly the pages the measured commits wrote.
import { existsSync, readFileSync } from 'node:fs';
import type { StationDb } from '../../../electron/main/db/index.ts';

const WAL_HEADER = 32;
const FRAME_HEADER = 24;

/** The page number of every frame in the log, in the order written (a page written twice, twice). */
export function walFrames(dbFile: string): number[] {
  const file = `${dbFile}-wal`;
  if (!existsSync(file)) return [];
  const wal = readFileSync(file);
  if (wal.length < WAL_HEADER) return [];
  const pageSize = wal.readUInt32BE(8);
  const salt1 = wal.readUInt32BE(16);
  const salt2 = wal.readUInt32BE(20);
  const frames: number[] = [];
  for (let at = WAL_HEADER; at + FRAME_HEADER + pageSize <= wal.length; at += FRAME_HEADER + pageSize) {
    // A frame of an earlier generation of the log (other salts) is not part of this one.
    if (wal.readUInt32BE(at + 8) !== salt1 || wal.readUInt32BE(at + 12) !== salt2) break;
    frames.push(wal.readUInt32BE(at));
  }
  return frames;
}

/** What one write cost: pages in the log, and the tables and indexes they belong to (sorted). */
export interface PagesWritten {
  pages: number;
  trees: string[];
}

/** Empties the log, runs `write` (its own commits), and reads what the log then holds. */
export function pagesWrittenBy(db: StationDb, dbFile: string, write: () => void): PagesWritten {
  db.pragma('wal_autocheckpoint = 0');
  db.pragma('wal_checkpoint(TRUNCATE)');
  write();
  const frames = walFrames(dbFile);
  const trees = db
    .prepare(
      'SELECT DISTINCT name FROM dbstat WHERE pageno IN (SELECT value FROM json_each(?)) ORDER BY name',
    )
    .pluck()
    .all(JSON.stringify(frames)) as string[];
  return { pages: frames.length, trees };
}
