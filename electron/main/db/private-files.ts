// The station database holds customer addresses, the PIN hash and the sealed API key: its file, the
// SQLite files next to it and the folder the station creates for it are for the user's eyes only.
// Modes are set with chmod, so they do not depend on the umask of whoever started the station.
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const PRIVATE_FILE = 0o600;
const PRIVATE_FOLDER = 0o700;

/** The write-ahead log and shared-memory index SQLite keeps next to a WAL database. */
export function companionFiles(file: string): string[] {
  return [`${file}-wal`, `${file}-shm`];
}

/** Creates a missing database file empty and 0600, so SQLite never creates it with the umask's mode. */
export function createDatabaseFile(file: string): void {
  if (existsSync(file)) return;
  try {
    writeFileSync(file, '', { flag: 'wx', mode: PRIVATE_FILE });
    chmodSync(file, PRIVATE_FILE);
  } catch {
    // Another process created it first, or the folder cannot be written: SQLite says which.
  }
}

/**
 * Makes a database file and its companions 0600 (run once it is known to be a database). SQLite
 * gives the -wal and -shm files it creates later the mode of the database file, so they follow.
 */
export function claimDatabaseFiles(file: string): void {
  for (const path of [file, ...companionFiles(file)]) {
    try {
      chmodSync(path, PRIVATE_FILE);
    } catch {
      // Missing, or not ours to change (read-only disk, another user's file): SQLite says what is
      // wrong if the file cannot be used.
    }
  }
}

/** Creates `dir` and its missing parents as 0700; folders that were already there stay as they are. */
export function makePrivateFolder(dir: string): void {
  const first = mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER });
  if (first === undefined) return;
  let path = first;
  chmodSync(path, PRIVATE_FOLDER);
  for (const part of relative(first, dir)
    .split(sep)
    .filter((p) => p.length > 0)) {
    path = join(path, part);
    chmodSync(path, PRIVATE_FOLDER);
  }
}

/**
 * A folder only the station uses (~/.packing-station): created 0700 if missing, and made 0700 again
 * if an earlier version created it readable by others.
 */
export function claimStationFolder(dir: string): void {
  makePrivateFolder(dir);
  chmodSync(dir, PRIVATE_FOLDER);
}

/** The folder of a database file, created private if missing. */
export function makeDatabaseFolder(file: string): void {
  makePrivateFolder(dirname(file));
}
