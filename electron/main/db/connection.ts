// Opens the one SQLite file a station keeps: checked for damage, private to the user, settings for
// durability, then the schema migrations.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.ts';
import type { MigrationErrorCode } from './migrations/runner.ts';
import { migrate } from './migrations/runner.ts';
import { claimDatabaseFiles, companionFiles, createDatabaseFile } from './private-files.ts';
import {
  corruptMessage,
  describeSqliteError,
  type SqliteProblemCode,
  shellQuote,
  sqliteCode,
} from './sqlite-problem.ts';
import { checkpointWhenIdle } from './wal-checkpoints.ts';

export type StationDb = Database.Database;

export interface OpenStationDbOptions {
  /** How long a statement waits for another connection's write lock before failing. */
  busyTimeoutMs?: number;
  /**
   * Who opens it. The station (the app, once per start) checks every page for damage and gathers
   * planner statistics. A command (the CLI, for one run) checks the outbox only and gathers none:
   * reading all of a 50k-order cache costs seconds per command, and SQLite still refuses any
   * damaged page the command touches.
   */
  openedBy?: 'station' | 'command';
  /** This app's version, named when a database from a newer app is refused. */
  appVersion?: string;
}

export type StationDbErrorCode = MigrationErrorCode | SqliteProblemCode;

/** Opening failed in a way the operator can act on (the message says how). */
export class StationDbError extends Error {
  readonly code: StationDbErrorCode;

  constructor(code: StationDbErrorCode, message: string) {
    super(message);
    this.name = 'StationDbError';
    this.code = code;
  }
}

/** Opens (creating if needed) and migrates a station database; `:memory:` works for tests. */
export function openStationDb(file: string, opts: OpenStationDbOptions = {}): StationDb {
  const onDisk = file !== ':memory:' && file !== '';
  if (onDisk && !existsSync(dirname(file))) {
    throw new StationDbError(
      'cannot-open',
      `the folder ${shellQuote(dirname(file))} of the station database does not exist: create it, or choose another place for the station database`,
    );
  }
  if (onDisk) createDatabaseFile(file);
  let db: StationDb;
  try {
    db = new Database(file);
  } catch (error) {
    throw asStationDbError(error, file);
  }
  try {
    db.pragma(`busy_timeout = ${Math.trunc(opts.busyTimeoutMs ?? 5000)}`);
    const openedBy = opts.openedBy ?? 'station';
    // A damaged file is refused here, before anything is written to it.
    if (!undamaged(db, openedBy)) {
      throw new StationDbError('corrupt', corruptMessage(file, []));
    }
    if (onDisk) claimDatabaseFiles(file);
    db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL may lose the last commits on power loss. An outbox entry the operator was
    // shown as saved must survive that, so every commit is synced to disk.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // A commit no longer copies the log into the database file: the connection does when idle.
    if (onDisk) checkpointWhenIdle(db);
    const migrated = migrate(db, MIGRATIONS, opts.appVersion);
    if (!migrated.ok) throw new StationDbError(migrated.error.code, migrated.error.message);
    // SQLite's advice for long-lived connections: gather planner statistics where they are missing.
    if (openedBy === 'station') db.pragma('optimize = 0x10002');
    return db;
  } catch (error) {
    db.close();
    throw asStationDbError(error, file);
  }
}

function undamaged(db: StationDb, openedBy: 'station' | 'command'): boolean {
  if (openedBy === 'station') return db.pragma('quick_check(1)', { simple: true }) === 'ok';
  // Reading the schema reads the first page: a file that is no database fails here.
  const outbox = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'outbox'").get();
  return outbox === undefined || db.pragma('quick_check(outbox)', { simple: true }) === 'ok';
}

/** SQLite's failure in the operator's words; a damaged file's way out names the files that exist. */
function asStationDbError(error: unknown, file: string): unknown {
  if (error instanceof StationDbError && error.code !== 'corrupt') return error;
  const problem = error instanceof StationDbError ? error : describeSqliteError(error, file);
  if (problem === null) return error;
  if (problem.code !== 'corrupt') return new StationDbError(problem.code, problem.message);
  const companions = companionFiles(file).filter((f) => existsSync(f));
  return new StationDbError(
    'corrupt',
    corruptMessage(file, companions, sqliteCode(error) === 'SQLITE_NOTADB'),
  );
}
