// Counts the durable commits in a database's write-ahead log: every commit ends in a frame whose
// header holds the database size after it (0 in the other frames). The WAL must start empty
// (`wal_checkpoint(TRUNCATE)`) and no checkpoint may run while counting (`wal_autocheckpoint = 0`).
import { existsSync, readFileSync } from 'node:fs';

const WAL_HEADER = 32;
const FRAME_HEADER = 24;

export function walCommits(dbFile: string): number {
  const file = `${dbFile}-wal`;
  if (!existsSync(file)) return 0;
  const wal = readFileSync(file);
  if (wal.length < WAL_HEADER) return 0;
  const pageSize = wal.readUInt32BE(8);
  const salt1 = wal.readUInt32BE(16);
  const salt2 = wal.readUInt32BE(20);
  let commits = 0;
  for (let at = WAL_HEADER; at + FRAME_HEADER + pageSize <= wal.length; at += FRAME_HEADER + pageSize) {
    // A frame of an earlier generation of the log (other salts) is not part of this one.
    if (wal.readUInt32BE(at + 8) !== salt1 || wal.readUInt32BE(at + 12) !== salt2) break;
    if (wal.readUInt32BE(at + 4) !== 0) commits++;
  }
  return commits;
}
