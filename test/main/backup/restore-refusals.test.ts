// A restore refuses what it must not put in place, and leaves the station database as it was.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect } from 'vitest';
import { backupsFolderOf } from '../../../electron/main/db/backup-files.ts';
import { acquireLease, getStationId, openStationDb } from '../../../electron/main/db/index.ts';
import { writeBackup } from '../../../electron/main/db/station-backup.ts';
import { APP_SCHEMA_VERSION } from '../../../electron/main/db/station-file-check.ts';
import { restoreStation } from '../../../electron/main/db/station-restore.ts';
import { station } from '../../fixtures/cli.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

async function backupOf(dbFile: string): Promise<string> {
  const db = openStationDb(dbFile);
  try {
    getStationId(db);
    const written = await writeBackup(db, { dir: backupsFolderOf(dbFile), now: new Date(), keep: 7 });
    if (!written.ok) throw new Error(written.error.message);
    return written.value.file;
  } finally {
    db.close();
  }
}

describe('station restore refuses', () => {
  test('a file that is no database, or no station database', ({ dbDir, dbFile }) => {
    openStationDb(dbFile).close();
    const text = join(dbDir, 'notes.txt');
    writeFileSync(text, 'these are not pages'.repeat(300));
    expect(restoreStation(text, dbFile, new Date())).toMatchObject({
      ok: false,
      error: { code: 'not-a-station-database', message: expect.stringMatching(/not a database/) },
    });
    const other = join(dbDir, 'other.db');
    const foreign = new Database(other);
    foreign.exec('CREATE TABLE t (x)');
    foreign.close();
    expect(restoreStation(other, dbFile, new Date())).toMatchObject({
      ok: false,
      error: {
        code: 'not-a-station-database',
        message: expect.stringMatching(/not a Packing Station database/),
      },
    });
  });

  test('a damaged backup', async ({ dbDir, dbFile }) => {
    const backup = await backupOf(dbFile);
    const damaged = join(dbDir, 'damaged.db');
    const bytes = readFileSync(backup);
    // Garbage over every page but the first, which holds the header and the schema's root.
    bytes.fill(0xa5, 4096);
    writeFileSync(damaged, bytes);
    expect(restoreStation(damaged, dbFile, new Date())).toMatchObject({
      ok: false,
      error: { code: 'damaged' },
    });
  });

  test('a backup of a newer app, naming both schema versions', async ({ dbDir, dbFile }) => {
    const newer = join(dbDir, 'newer.db');
    copyFileSync(await backupOf(dbFile), newer);
    const db = new Database(newer);
    db.pragma(`user_version = ${APP_SCHEMA_VERSION + 10}`);
    db.close();
    const refused = restoreStation(newer, dbFile, new Date());
    expect(refused).toMatchObject({ ok: false, error: { code: 'newer-than-app' } });
    expect(!refused.ok && refused.error.message).toContain(
      `schema version ${APP_SCHEMA_VERSION + 10}, but this app only knows up to ${APP_SCHEMA_VERSION}`,
    );
  });

  test('while a station runs on the database, and then restores once it is closed', async ({ dbFile }) => {
    const backup = await backupOf(dbFile);
    const db = openStationDb(dbFile);
    // A station on another computer sharing the folder: its heartbeat is fresh.
    acquireLease(db, 'packing-pc-2/4242/abcd1234', new Date(), 15_000);
    const stationId = getStationId(db);
    // What the station wrote after the backup is not in it.
    db.prepare("UPDATE station SET value = 'written later' WHERE key = 'stationId'").run();
    db.close();

    const refused = await station(['restore', backup, '--db', dbFile]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/a station is running on .*packing-pc-2\/4242.*close the station first/);

    // This very process holds it, as the app would.
    const held = openStationDb(dbFile);
    held.prepare('DELETE FROM sync_lease').run();
    acquireLease(held, `${hostname()}/${process.pid}/0000ffff`, new Date(0), 15_000);
    held.close();
    expect((await station(['restore', backup, '--db', dbFile])).stderr).toMatch(/close the station first/);

    // No lease, but the file is open (a station without an API key has no sync engine).
    const free = openStationDb(dbFile);
    free.prepare('DELETE FROM sync_lease').run();
    expect((await station(['restore', backup, '--db', dbFile])).stderr).toMatch(
      /a station is running on .*\(the station app or a station command has it open\): close the station first/,
    );
    free.close();
    const done = await station(['restore', backup, '--db', dbFile]);
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/the database it replaced is kept as .*before-restore-.*\.db/);
    const restored = openStationDb(dbFile);
    expect(getStationId(restored)).toBe(stationId);
    expect(restored.prepare('SELECT count(*) FROM sync_lease').pluck().get()).toBe(0);
    restored.close();
  });
});

describe('what a restore replaced', () => {
  test('is kept with what only its write-ahead log held, and can be restored in turn', async ({
    dbDir,
    dbFile,
  }) => {
    const backup = await backupOf(dbFile);
    // A station that crashed: its last commit is only in station.db-wal.
    const live = openStationDb(dbFile);
    live.pragma('wal_autocheckpoint = 0');
    live.prepare("INSERT INTO station (key, value) VALUES ('lastWords', 'in the log only')").run();
    const crashed = join(dbDir, 'crashed');
    mkdirSync(crashed);
    copyFileSync(dbFile, join(crashed, 'station.db'));
    copyFileSync(`${dbFile}-wal`, join(crashed, 'station.db-wal'));
    live.close();
    const crashedDb = join(crashed, 'station.db');

    const restored = restoreStation(backup, crashedDb, new Date());
    if (!restored.ok) throw new Error(restored.error.message);
    const kept = restored.value.keptAs ?? '';
    expect(existsSync(`${kept}-wal`)).toBe(false);
    const lastWords = (file: string) => {
      const db = new Database(file, { readonly: true });
      try {
        return db.prepare("SELECT value FROM station WHERE key = 'lastWords'").pluck().get();
      } finally {
        db.close();
      }
    };
    expect(lastWords(kept)).toBe('in the log only');
    expect(lastWords(crashedDb)).toBeUndefined();

    const undone = restoreStation(kept, crashedDb, new Date(Date.now() + 1000));
    if (!undone.ok) throw new Error(undone.error.message);
    expect(lastWords(crashedDb)).toBe('in the log only');
  });
});

describe('station backup', () => {
  test('writes a checked backup into the backups folder, or to --out', async ({ dbDir, dbFile }) => {
    openStationDb(dbFile).close();
    const run = await station(['backup', '--json', '--db', dbFile]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).file).toMatch(/backups\/station-\d{4}-\d\d-\d\dT[\d-]+Z\.db$/);
    const out = join(dbDir, 'copy.db');
    expect((await station(['backup', '--out', out, '--db', dbFile])).stdout).toContain(
      `backup written and checked: ${out}`,
    );
    const again = await station(['backup', '--out', out, '--db', dbFile]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/exists already/);
  });
});
