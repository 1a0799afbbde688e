// Puts a backup in place of the station database. Refused for a file that is no station database,
// is damaged or comes from a newer app, and while a station runs on the database (it would go on
// writing to the file that is replaced). The current file is kept next to the backups first, so a
// restore loses nothing; the database and its -wal/-shm are replaced together.
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { err, ok, type Result } from '../../../shared/domain/result.ts';
import { ownerRunsHere } from '../sync/lease-owner.ts';
import { appendAudit } from './audit-log.ts';
import { backupsFolderOf, fileTime } from './backup-files.ts';
import { openStationDb } from './connection.ts';
import { companionFiles, makePrivateFolder } from './private-files.ts';
import { shellQuote, sqliteCode } from './sqlite-problem.ts';
import { getStationId } from './station.ts';
import { asOneFile } from './station-backup.ts';
import { checkStationFile, type StationFileProblem } from './station-file-check.ts';

/** A heartbeat this recent means its holder is alive (the sync engine's own rule for taking over). */
const LEASE_FRESH_MS = 15_000;

export interface Restored {
  /** Where the database that was replaced was kept (null: there was none). */
  keptAs: string | null;
  /** The backup's schema version, and the database's after this app's migrations. */
  fromVersion: number;
  schemaVersion: number;
}

export interface RestoreProblem {
  code: StationFileProblem['code'] | 'station-running';
  message: string;
}

export function restoreStation(backup: string, dbFile: string, now: Date): Result<Restored, RestoreProblem> {
  const checked = checkStationFile(backup);
  if (!checked.ok) return err({ ...checked.error, message: `not restored: ${checked.error.message}` });
  const running = existsSync(dbFile) ? (stationRunningOn(dbFile, now) ?? openElsewhere(dbFile)) : null;
  if (running) {
    return err({
      code: 'station-running',
      message: `not restored: a station is running on ${shellQuote(dbFile)} (${running}): close the station first, then restore again`,
    });
  }
  const keptAs = existsSync(dbFile) ? keepCurrent(dbFile, now) : null;
  replaceDatabase(backup, dbFile);
  const db = openStationDb(dbFile);
  try {
    // The backup may hold the lease of the station that ran when it was taken: nobody holds it now.
    db.prepare('DELETE FROM sync_lease').run();
    appendAudit(db, {
      at: now,
      stationId: getStationId(db),
      operator: null,
      kind: 'station-restored',
      detail: { backup: basename(backup), fromVersion: checked.value.schemaVersion, keptAs },
    });
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    return ok({ keptAs, fromVersion: checked.value.schemaVersion, schemaVersion });
  } finally {
    db.close();
  }
}

/** Who holds the database's sync lease and is alive, in words; null when nobody does. */
function stationRunningOn(dbFile: string, now: Date): string | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(dbFile, { fileMustExist: true });
    const lease = db
      .prepare('SELECT owner, heartbeat_at AS heartbeatAt FROM sync_lease WHERE id = 1')
      .get() as { owner: string; heartbeatAt: number } | undefined;
    if (!lease) return null;
    const fresh = now.getTime() - lease.heartbeatAt < LEASE_FRESH_MS;
    if (!fresh && !ownerRunsHere(lease.owner)) return null;
    return `process ${lease.owner}, last seen ${new Date(lease.heartbeatAt).toISOString()}`;
  } catch {
    // A damaged or foreign file has no lease a station could hold: no station opens such a file.
    return null;
  } finally {
    db?.close();
  }
}

/**
 * Any connection to a WAL database holds a lock that keeps an exclusive one out: a station without
 * the lease (no API key yet, in standby) or a command still has the file open.
 */
function openElsewhere(dbFile: string): string | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(dbFile, { fileMustExist: true, timeout: 0 });
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return null;
  } catch (error) {
    return sqliteCode(error)?.startsWith('SQLITE_BUSY')
      ? 'the station app or a station command has it open'
      : null;
  } finally {
    db?.close();
  }
}

/**
 * Copies the current database next to the backups, with the write-ahead log a crashed station may
 * have left, as one file when it can be opened (a damaged one is kept as it is, with its log).
 */
function keepCurrent(dbFile: string, now: Date): string {
  const dir = backupsFolderOf(dbFile);
  makePrivateFolder(dir);
  const kept = join(dir, `before-restore-${fileTime(now)}.db`);
  copyWithLog(dbFile, kept);
  try {
    asOneFile(kept);
  } catch {
    // Damaged: the copy and its log stay exactly as the database was.
  }
  return kept;
}

/**
 * The backup is copied beside the database (with a -wal of its own, if it has one), made one file and
 * synced to disk; the old -wal and -shm are removed (replayed into the restored file they would
 * damage it), then the copy is renamed over the file.
 */
function replaceDatabase(backup: string, dbFile: string): void {
  const incoming = `${dbFile}.restoring`;
  // What a restore cut short left must not be replayed into this copy.
  for (const leftover of [...companionFiles(incoming), `${incoming}-journal`])
    rmSync(leftover, { force: true });
  copyWithLog(backup, incoming);
  asOneFile(incoming);
  const fd = openSync(incoming, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  for (const companion of companionFiles(dbFile)) rmSync(companion, { force: true });
  renameSync(incoming, dbFile);
}

function copyWithLog(from: string, to: string): void {
  for (const [source, target] of [
    [from, to],
    [`${from}-wal`, `${to}-wal`],
  ] as const) {
    if (!existsSync(source)) continue;
    copyFileSync(source, target);
    chmodSync(target, 0o600);
  }
}
