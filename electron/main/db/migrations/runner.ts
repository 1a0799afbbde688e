// Applies schema migrations by PRAGMA user_version, Signal-Desktop style: versions strictly
// increasing, each migration in its own transaction, and a database written by a newer app refused.
import type { Result } from '../../../../shared/domain/result.ts';
import { err, ok } from '../../../../shared/domain/result.ts';
import type { StationDb } from '../connection.ts';
import { recordedAppVersion } from '../station.ts';

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

/** Brings the database up to the last migration in `migrations`. `appVersion` is this app's, for the words of a refusal. */
export function migrate(
  db: StationDb,
  migrations: readonly Migration[],
  appVersion?: string,
): Result<MigrationOutcome, MigrationError> {
  assertStrictlyIncreasing(migrations);
  const from = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    return err({
      code: 'db-newer-than-app',
      message: newerDatabaseMessage({
        fileSchema: from,
        appSchema: latest,
        writtenBy: recordedAppVersion(db),
        appVersion,
      }),
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

/**
 * Why this app will not open a database a newer app wrote (after a downgrade, or an older copy of the
 * app started on the same data): the newer app changed its tables in ways this one does not know, so
 * it reads nothing and writes nothing. Says which versions, that the data is kept, and the way out.
 */
export function newerDatabaseMessage(versions: {
  fileSchema: number;
  appSchema: number;
  writtenBy: string | null;
  appVersion: string | undefined;
}): string {
  const { fileSchema, appSchema, writtenBy, appVersion } = versions;
  const newer = writtenBy ? `Packing Station ${writtenBy}` : 'a newer Packing Station';
  const self = appVersion ? `This app (version ${appVersion})` : 'This app';
  return (
    `The station's data was written by ${newer} (database schema ${fileSchema}). ` +
    `${self} knows schemas up to ${appSchema}, so it does not open the data: nothing was changed and nothing is lost. ` +
    `Install ${writtenBy ? `Packing Station ${writtenBy} or newer` : 'the newer Packing Station'} again to go on with this data.`
  );
}
