// The station database, its -wal and -shm, and the folder the station creates for them are the
// user's only, whatever the umask of whoever started the station.
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect } from 'vitest';
import { makePrivateFolder, openStationDb } from '../../../electron/main/db/index.ts';
import { createSessionSecretBox, openStation } from '../../../electron/main/station/index.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

const modeOf = (path: string): number => statSync(path).mode & 0o777;

let umask: number;
// The loosest umask there is: without explicit modes every file would be readable by all.
beforeEach(() => {
  umask = process.umask(0);
});
afterEach(() => {
  process.umask(umask);
});

describe('the station database files', () => {
  test('are created 0600: the database, its -wal and its -shm', ({ dbFile }) => {
    const db = openStationDb(dbFile);
    expect(existsSync(`${dbFile}-wal`)).toBe(true);
    expect(modeOf(dbFile)).toBe(0o600);
    expect(modeOf(`${dbFile}-wal`)).toBe(0o600);
    expect(modeOf(`${dbFile}-shm`)).toBe(0o600);
    db.close();
  });

  test('are made 0600 again when an existing station opens them', ({ dbFile }) => {
    const other = openStationDb(dbFile);
    for (const path of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) chmodSync(path, 0o666);
    const db = openStationDb(dbFile);
    expect(modeOf(dbFile)).toBe(0o600);
    expect(modeOf(`${dbFile}-wal`)).toBe(0o600);
    expect(modeOf(`${dbFile}-shm`)).toBe(0o600);
    db.close();
    other.close();
  });
});

describe('the station folder', () => {
  test('is created 0700 with every parent the station creates; folders already there stay', ({ dbDir }) => {
    chmodSync(dbDir, 0o755);
    const dir = join(dbDir, 'home', '.packing-station');
    makePrivateFolder(dir);
    expect(modeOf(join(dbDir, 'home'))).toBe(0o700);
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(dbDir)).toBe(0o755);
  });

  test('an existing folder is left as it is', ({ dbDir }) => {
    const dir = join(dbDir, 'shared');
    mkdirSync(dir, { mode: 0o755 });
    makePrivateFolder(dir);
    expect(modeOf(dir)).toBe(0o755);
  });

  test("openStation's data folder is created 0700, its database 0600", async ({ dbDir }) => {
    const dataDir = join(dbDir, 'user-data', 'Packing Station');
    const station = await openStation({
      dataDir,
      secretBox: createSessionSecretBox(),
      shell: 'browser',
      version: '0.0.0-test',
      env: { STATION_DEMO_ORDERS: '5' },
    });
    try {
      expect(modeOf(join(dbDir, 'user-data'))).toBe(0o700);
      expect(modeOf(dataDir)).toBe(0o700);
      expect(modeOf(join(dataDir, 'station.db'))).toBe(0o600);
    } finally {
      await station.close();
    }
  });
});
