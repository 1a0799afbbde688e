// One backup of the station database, taken with SQLite's online backup while the station runs: the
// copy steps through the pages between other work, so packing never waits for it. A backup counts
// as kept only once it opens read-only, passes quick_check and has the schema version of its source.
import { chmodSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { err, ok, type Result } from '../../../shared/domain/result.ts';
import { backupName, pruneBackups } from './backup-files.ts';
import type { StationDb } from './connection.ts';
import { schemaVersion } from './migrations/runner.ts';
import { createDatabaseFile, makePrivateFolder } from './private-files.ts';
import { describeSqliteError, shellQuote } from './sqlite-problem.ts';
import { checkStationFile } from './station-file-check.ts';

/** Pages copied per step: a step of a few hundred kilobytes, then the event loop runs again. */
const PAGES_PER_STEP = 100;

export interface BackupWritten {
  file: string;
  schemaVersion: number;
  /** Older backups removed to keep `keep`. */
  removed: string[];
}

export interface BackupProblem {
  message: string;
}

export interface WriteBackupOptions {
  /** The backups folder (created private if missing). */
  dir: string;
  now: Date;
  keep: number;
  /** The file name; default `station-<time>.db`. */
  name?: string;
  /**
   * Pages copied per step (default 100: the station's event loop runs between steps). A write by
   * another connection restarts the copy, so a command copies all pages in one step.
   */
  pagesPerStep?: number;
  /** Ends the copy between two steps (the station closing); the result is then a failure. */
  signal?: AbortSignal;
}

export async function writeBackup(
  db: StationDb,
  options: WriteBackupOptions,
): Promise<Result<BackupWritten, BackupProblem>> {
  const target = join(options.dir, options.name ?? backupName(options.now));
  // Written under another name first: a half-written file is never taken for a backup.
  const partial = `${target}.partial`;
  try {
    makePrivateFolder(options.dir);
    createDatabaseFile(partial);
    const pages = options.pagesPerStep ?? PAGES_PER_STEP;
    await db.backup(partial, {
      progress: () => {
        options.signal?.throwIfAborted();
        return pages;
      },
    });
    asOneFile(partial);
    const checked = checkStationFile(partial);
    if (!checked.ok) return fail(partial, `the backup did not pass its check: ${checked.error.message}`);
    const expected = schemaVersion(db);
    if (checked.value.schemaVersion !== expected) {
      return fail(
        partial,
        `the backup has schema version ${checked.value.schemaVersion}, the station database ${expected}`,
      );
    }
    chmodSync(partial, 0o600);
    renameSync(partial, target);
    const removed = pruneBackups(options.dir, options.keep, options.now);
    return ok({ file: target, schemaVersion: expected, removed });
  } catch (error) {
    const problem = describeSqliteError(error, partial);
    const text = problem?.message ?? (error instanceof Error ? error.message : String(error));
    return fail(partial, `the backup to ${shellQuote(options.dir)} failed: ${text}`);
  }
}

/**
 * A copy of a WAL database carries WAL mode in its header (and may come with a -wal of its own). As
 * a rollback-journal file, with its log checkpointed into it, it is one file that opens read-only
 * anywhere and that a restore copies whole.
 */
export function asOneFile(file: string): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

function fail(partial: string, message: string): Result<never, BackupProblem> {
  for (const f of [partial, `${partial}-journal`, `${partial}-wal`, `${partial}-shm`]) {
    try {
      rmSync(f, { force: true });
    } catch {
      // A folder that cannot be written keeps its leftover: its name is never taken for a backup.
    }
  }
  return err({ message });
}
