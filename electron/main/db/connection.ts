// Opens the one SQLite file a station keeps: private to the user, settings for durability, then the
// schema migrations.
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.ts';
import type { MigrationErrorCode } from './migrations/runner.ts';
import { migrate } from './migrations/runner.ts';
import { claimDatabaseFiles, createDatabaseFile } from './private-files.ts';

export type StationDb = Database.Database;

export interface OpenStationDbOptions {
  /** How long a statement waits for another connection's write lock before failing. */
  busyTimeoutMs?: number;
}

/** Opening failed in a way the operator can act on (the message says how). */
export class StationDbError extends Error {
  readonly code: MigrationErrorCode;

  constructor(code: MigrationErrorCode, message: string) {
    super(message);
    this.name = 'StationDbError';
    this.code = code;
  }
}

/** Opens (creating if needed) and migrates a station database; `:memory:` works for tests. */
export function openStationDb(file: string, opts: OpenStationDbOptions = {}): StationDb {
  const onDisk = file !== ':memory:' && file !== '';
  if (onDisk) createDatabaseFile(file);
  const db = new Database(file);
  try {
    db.pragma(`busy_timeout = ${Math.trunc(opts.busyTimeoutMs ?? 5000)}`);
    db.pragma('journal_mode = WAL');
    if (onDisk) claimDatabaseFiles(file);
    // In WAL mode NORMAL may lose the last commits on power loss. An outbox entry the operator was
    // shown as saved must survive that, so every commit is synced to disk.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const migrated = migrate(db, MIGRATIONS);
    if (!migrated.ok) throw new StationDbError(migrated.error.code, migrated.error.message);
    // SQLite's advice for long-lived connections: gather planner statistics where they are missing.
    db.pragma('optimize = 0x10002');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
