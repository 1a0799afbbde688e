// A damaged station database, or a file that is none, is refused at open with the way out; the
// `mv` the message names is run as it is and the station then starts on a fresh database.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect } from 'vitest';
import {
  getOrder,
  openStationDb,
  StationDbError,
  upsertPulledOrders,
} from '../../../electron/main/db/index.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

/** A real station database with orders in it, closed (so everything is in the main file). */
function stationWithOrders(file: string): void {
  const db = openStationDb(file);
  const orders = Array.from({ length: 300 }, (_, i) =>
    makeOrder({ id: 1000 + i, customerName: `Customer ${i}` }),
  );
  upsertPulledOrders(db, orders, new Date('2026-12-01T09:00:00Z'));
  db.close();
}

/** Garbage over every page but the first (which holds the header and the schema's root). */
function writeGarbageOverPages(file: string): void {
  const pageSize = 4096;
  const pages = statSync(file).size / pageSize;
  expect(pages).toBeGreaterThan(4);
  const fd = openSync(file, 'r+');
  for (let page = 1; page < pages; page++)
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, page * pageSize);
  closeSync(fd);
}

function openError(file: string, openedBy: 'station' | 'command' = 'station'): StationDbError {
  try {
    openStationDb(file, { openedBy }).close();
  } catch (error) {
    if (error instanceof StationDbError) return error;
    throw error;
  }
  throw new Error(`${file} opened although it should have been refused`);
}

/** The command between backticks in the message, run by a real shell. */
function runTheMoveItNames(message: string): void {
  const command = /`([^`]+)`/.exec(message)?.[1];
  expect(command).toMatch(/^mv /);
  execFileSync('bash', ['-c', command ?? 'false']);
}

describe('a damaged station database', () => {
  test('is refused with code corrupt, the file named and the mv to run', ({ dbFile }) => {
    stationWithOrders(dbFile);
    writeGarbageOverPages(dbFile);
    const error = openError(dbFile);
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain(`the station database ${dbFile} is damaged`);
    expect(error.message).toContain('restore it from a backup');
    expect(error.message).toContain(`\`mv ${dbFile} ${dbFile}.damaged\``);
    expect(error.message).not.toMatch(/[:\n]$/);

    runTheMoveItNames(error.message);
    expect(existsSync(`${dbFile}.damaged`)).toBe(true);
    const fresh = openStationDb(dbFile);
    expect(getOrder(fresh, 1000)).toBeUndefined();
    fresh.close();
  });

  test('moves its write-ahead log with it when one is left next to it', ({ dbFile }) => {
    stationWithOrders(dbFile);
    // Another connection still has the file open: its -wal and -shm stay next to it.
    const other = openStationDb(dbFile);
    upsertPulledOrders(other, [makeOrder({ id: 5000 })], new Date('2026-12-01T09:05:00Z'));
    writeGarbageOverPages(dbFile);
    const error = openError(dbFile);
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain(`mv ${dbFile}-wal ${dbFile}-wal.damaged`);
    expect(error.message).toContain(`mv ${dbFile}-shm ${dbFile}-shm.damaged`);
    runTheMoveItNames(error.message);
    other.close();
    expect(existsSync(`${dbFile}-wal.damaged`)).toBe(true);
    const fresh = openStationDb(dbFile);
    expect(getOrder(fresh, 1000)).toBeUndefined();
    fresh.close();
  });

  test('in a folder with spaces, quotes and a line break: the mv still moves exactly that file', ({
    dbDir,
  }) => {
    const dir = join(dbDir, `it's a "station"\nfolder`);
    mkdirSync(dir);
    const file = join(dir, 'station.db');
    stationWithOrders(file);
    writeGarbageOverPages(file);
    const error = openError(file);
    expect(error.code).toBe('corrupt');
    expect(error.message).not.toContain('\n');
    runTheMoveItNames(error.message);
    expect(existsSync(`${file}.damaged`)).toBe(true);
    expect(existsSync(file)).toBe(false);
  });
});

/** Garbage over the pages of one table (found through SQLite's dbstat table). */
function writeGarbageOverTable(file: string, table: string): void {
  const db = new Database(file, { readonly: true });
  const pages = db.prepare('SELECT pageno FROM dbstat WHERE name = ?').pluck().all(table) as number[];
  db.close();
  expect(pages.length).toBeGreaterThan(0);
  const fd = openSync(file, 'r+');
  for (const page of pages) writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, (page - 1) * 4096);
  closeSync(fd);
}

describe('what is checked before anything is written', () => {
  test("a command's check reads the outbox, not the order cache, which the app's check covers", ({
    dbFile,
  }) => {
    stationWithOrders(dbFile);
    writeGarbageOverTable(dbFile, 'orders');
    openStationDb(dbFile, { openedBy: 'command' }).close();
    expect(openError(dbFile).code).toBe('corrupt');
  });

  test("a damaged outbox is refused by a command's check too", ({ dbFile }) => {
    stationWithOrders(dbFile);
    writeGarbageOverTable(dbFile, 'outbox');
    expect(openError(dbFile, 'command').code).toBe('corrupt');
  });

  test("garbage over every page and text are refused by a command's check", ({ dbFile, dbDir }) => {
    stationWithOrders(dbFile);
    writeGarbageOverPages(dbFile);
    expect(openError(dbFile, 'command').code).toBe('corrupt');
    const text = join(dbDir, 'text.db');
    writeFileSync(text, 'order 1234, order 1235\n'.repeat(200));
    expect(openError(text, 'command').code).toBe('corrupt');
  });
});

describe('a file that is not a database', () => {
  test('text is refused as not a database, with the way out', ({ dbFile }) => {
    writeFileSync(dbFile, 'order 1234, order 1235: a packing list someone saved as station.db\n'.repeat(200));
    const error = openError(dbFile);
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain(`the station database ${dbFile} is not a database`);
    expect(error.message).toContain(`mv ${dbFile} ${dbFile}.damaged`);
  });

  test('random bytes are refused the same way and the file is left as it was', ({ dbFile }) => {
    const bytes = Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919 + 13) % 256));
    writeFileSync(dbFile, bytes, { mode: 0o644 });
    expect(openError(dbFile).code).toBe('corrupt');
    expect(statSync(dbFile).mode & 0o777).toBe(0o644);
  });
});

test('a database in a folder that does not exist says so', ({ dbDir }) => {
  const error = openError(join(dbDir, 'no-such-folder', 'station.db'));
  expect(error.code).toBe('cannot-open');
  expect(error.message).toContain(
    `the folder ${join(dbDir, 'no-such-folder')} of the station database does not exist`,
  );
});
