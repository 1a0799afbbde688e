// Is this file a station database this app can use? Asked of every backup before it counts as kept,
// and of the file a restore is given. Opened read-only: the file is never changed by the check.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { err, ok, type Result } from '../../../shared/domain/result.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { shellQuote, sqliteCode } from './sqlite-problem.ts';

export interface StationFileFacts {
  schemaVersion: number;
}

export interface StationFileProblem {
  code: 'missing' | 'not-a-station-database' | 'damaged' | 'newer-than-app';
  message: string;
}

/** The newest schema version this app knows. */
export const APP_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

export function checkStationFile(file: string): Result<StationFileFacts, StationFileProblem> {
  const name = shellQuote(file);
  if (!existsSync(file)) return err({ code: 'missing', message: `${name} does not exist` });
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return err({
      code: 'not-a-station-database',
      message: `${name} cannot be opened as a database (${error instanceof Error ? error.message : String(error)})`,
    });
  }
  try {
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const outbox = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'outbox'").get();
    if (schemaVersion === 0 || outbox === undefined) {
      return err({
        code: 'not-a-station-database',
        message: `${name} is a database, but not a Packing Station database (it has no outbox)`,
      });
    }
    if (db.pragma('quick_check(1)', { simple: true }) !== 'ok') {
      return err({ code: 'damaged', message: `${name} is damaged (SQLite's quick_check finds errors)` });
    }
    if (schemaVersion > APP_SCHEMA_VERSION) {
      return err({
        code: 'newer-than-app',
        message: `${name} is at schema version ${schemaVersion}, but this app only knows up to ${APP_SCHEMA_VERSION}: it was written by a newer Packing Station, install that version (or newer) to use it`,
      });
    }
    return ok({ schemaVersion });
  } catch (error) {
    // Reading the schema or the pages failed: not a database, or damaged beyond reading.
    if (sqliteCode(error) === 'SQLITE_NOTADB') {
      return err({ code: 'not-a-station-database', message: `${name} is not a database` });
    }
    return err({
      code: 'damaged',
      message: `${name} cannot be read as a database (${error instanceof Error ? error.message : String(error)})`,
    });
  } finally {
    db.close();
  }
}
