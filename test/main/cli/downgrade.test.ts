// A database written by a newer app (after a downgrade): a command says why in one line and keeps it.
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { openStationDb } from '../../../electron/main/db/index.ts';
import { schemaVersion } from '../../../electron/main/db/migrations/runner.ts';
import { recordAppVersion } from '../../../electron/main/db/station.ts';
import { station } from '../../fixtures/cli.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

test('a command refuses data from a newer app in one line, exit 1, the file untouched', async ({
  dbFile,
}) => {
  const db = openStationDb(dbFile);
  recordAppVersion(db, '2.0.0');
  const newerSchema = schemaVersion(db) + 5;
  db.close();
  const newer = new Database(dbFile);
  newer.pragma(`user_version = ${newerSchema}`);
  newer.close();

  const run = await station(['outbox', '--db', dbFile]);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr).toBe(
    `station outbox: The station's data was written by Packing Station 2.0.0 (database schema ${newerSchema}). ` +
      `This app knows schemas up to ${newerSchema - 5}, so it does not open the data: nothing was changed and nothing is lost. ` +
      'Install Packing Station 2.0.0 or newer again to go on with this data.\n',
  );
  const kept = new Database(dbFile);
  expect(schemaVersion(kept)).toBe(newerSchema);
  kept.close();
});
