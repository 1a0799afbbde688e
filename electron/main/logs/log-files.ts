// Where the station's log lives and how it rotates. The names are fixed (the diagnostics zip reads
// them): `<data folder>/logs/station.log` is written to; when it grows past its size it becomes
// `station.1.log`, the one before that `station.2.log`, and so on up to the number kept.
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const LOG_FILE = 'station.log';
/** Archives kept besides the current file. */
export const LOGS_KEPT = 5;
/** The size at which the current file is archived. */
export const LOG_MAX_BYTES = 2 * 1024 * 1024;

/** The logs folder of a data folder (the folder of station.db). */
export function logsFolderOf(dataDir: string): string {
  return join(dataDir, 'logs');
}

export function archiveName(n: number): string {
  return `station.${n}.log`;
}

/** station.log becomes station.1.log, station.1.log station.2.log…; the oldest beyond `kept` goes. */
export function rotateLogs(folder: string, kept: number = LOGS_KEPT): void {
  rmSync(join(folder, archiveName(kept)), { force: true });
  for (let n = kept - 1; n >= 1; n--) {
    const from = join(folder, archiveName(n));
    if (existsSync(from)) renameSync(from, join(folder, archiveName(n + 1)));
  }
  const current = join(folder, LOG_FILE);
  if (kept >= 1 && existsSync(current)) renameSync(current, join(folder, archiveName(1)));
  else rmSync(current, { force: true });
}

/** The log files that exist, newest first: station.log, station.1.log, … */
export function logFilesNewestFirst(folder: string, kept: number = LOGS_KEPT): string[] {
  return [LOG_FILE, ...Array.from({ length: kept }, (_, i) => archiveName(i + 1))]
    .map((name) => join(folder, name))
    .filter((file) => existsSync(file));
}

/** The last `count` entries of the log, oldest first, reading archives while the current file is short. */
export function lastLogLines(folder: string, count: number, kept: number = LOGS_KEPT): string[] {
  const lines: string[] = [];
  for (const file of logFilesNewestFirst(folder, kept)) {
    if (lines.length >= count) break;
    const fileLines = readFileSync(file, 'utf8').split('\n');
    if (fileLines.at(-1) === '') fileLines.pop();
    lines.unshift(...fileLines.slice(Math.max(0, fileLines.length - (count - lines.length))));
  }
  return lines;
}
