// Applies schema migrations by PRAGMA user_version, Signal-Desktop style: versions strictly
// increasing, each migration in its own transaction, and a database written by a newer app refused.
import type { Result } from '../../../../shared/domain/result.ts';
import { err, ok } from '../../../../shared/domain/result.ts';
import type { StationDb } from '../connection.ts';

export interface Migration {
  version: number;
  name: string;
  up: (db: StationDb) => void;
}

export type MigrationOutcome = { from: number; to: number };

export type MigrationErrorCode = 'db-newer-than-app';

export interface MigrationError {
  code: MigrationErrorCode;
  message: string;
}

export function schemaVersion(db: StationDb): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the database up to the last migration in `migrations`. */
export function migrate(
  db: StationDb,
  migrations: readonly Migration[],
): Result<MigrationOutcome, MigrationError> {
  assertStrictlyIncreasing(migrations);
  const from = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    return err({
      code: 'db-newer-than-app',
      message:
        `The station database is at schema version ${from}, but this app only knows up to ${latest}. ` +
        'It was written by a newer Packing Station: install that version (or newer) to open it.',
    });
  }
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      migration.up(db);
      // user_version lives in the file header and commits with the transaction.
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return ok({ from, to: Math.max(from, latest) });
}

function assertStrictlyIncreasing(migrations: readonly Migration[]): void {
  let previous = 0;
  for (const { version, name } of migrations) {
    if (!Number.isInteger(version) || version <= previous) {
      throw new Error(`Migration ${name} has version ${version}, which does not follow ${previous}`);
    }
    previous = version;
  }
}
