// describeSqliteError: SQLite's failures, real ones where a test can cause them, in the operator's words.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect } from 'vitest';
import { describeSqliteError, openStationDb } from '../../../electron/main/db/index.ts';
import { shellQuote } from '../../../electron/main/db/sqlite-problem.ts';
import { canMountTmpfs, withFullDisk } from '../../fixtures/full-disk.ts';
import { withHeldWriteLock } from '../../fixtures/held-write-lock.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

/** The error a call throws; fails the test if it does not throw. */
function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

let probes = 0;
/** One write of 64 KiB to the station database. */
const writeSomething = (db: Database.Database) =>
  db
    .prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)')
    .run(`probe-${probes++}`, JSON.stringify('x'.repeat(64 * 1024)), '2026-12-01T10:00:00Z');

describe('real SQLite failures', () => {
  test('a write lock held by another program: busy, the file named', async ({ db, dbFile }) => {
    db.pragma('busy_timeout = 0');
    const error = await withHeldWriteLock(dbFile, () => thrownBy(() => writeSomething(db)));
    expect((error as { code: string }).code).toBe('SQLITE_BUSY');
    expect(describeSqliteError(error, dbFile)).toEqual({
      code: 'busy',
      message: `the station database ${dbFile} is locked by another program (the station app or another station command): wait for it to finish or close it`,
    });
  });

  test('a read-only connection: read-only', ({ db, dbFile }) => {
    db.close();
    const readOnly = new Database(dbFile, { readonly: true });
    const error = thrownBy(() => writeSomething(readOnly));
    readOnly.close();
    expect(describeSqliteError(error, dbFile)).toMatchObject({ code: 'read-only' });
    expect(describeSqliteError(error, dbFile)?.message).toContain(
      `the station database ${dbFile} cannot be written`,
    );
  });

  test('a file that is not a database: corrupt, with the mv that moves it aside', ({ dbDir }) => {
    const file = join(dbDir, 'notes.txt');
    writeFileSync(file, 'not a database '.repeat(500));
    const error = thrownBy(() => new Database(file).pragma('user_version'));
    expect(describeSqliteError(error, file)).toEqual({
      code: 'corrupt',
      message: expect.stringContaining(`\`mv ${file} ${file}.damaged\``),
    });
  });

  test.skipIf(!canMountTmpfs())('a full disk: disk-full, naming the folder on that disk', async () => {
    await withFullDisk(
      (dir) => {
        const db = openStationDb(join(dir, 'station.db'));
        // 1000 × 64 KiB cannot fit on a disk of 1 MiB.
        const error = thrownBy(() => {
          for (let i = 0; i < 1000; i++) writeSomething(db);
        });
        db.close();
        expect((error as { code: string }).code).toMatch(/^SQLITE_(FULL|IOERR)/);
        expect(describeSqliteError(error, join(dir, 'station.db'))).toEqual({
          code: 'disk-full',
          message: `the disk holding ${dir} is full: free space on it`,
        });
      },
      { sizeKib: 1024, roomKib: 256, prepare: (dir) => void openStationDb(join(dir, 'station.db')).close() },
    );
  });
});

describe('codes a test cannot easily cause', () => {
  const sqlite = (code: string, message = 'disk I/O error') => new Database.SqliteError(message, code);

  test.each([
    ['SQLITE_FULL', 'disk-full'],
    ['SQLITE_IOERR_SHMSIZE', 'disk-full'],
    ['SQLITE_IOERR_WRITE', 'disk-error'],
    ['SQLITE_IOERR_FSYNC', 'disk-error'],
    ['SQLITE_BUSY_SNAPSHOT', 'busy'],
    ['SQLITE_LOCKED', 'busy'],
    ['SQLITE_READONLY_DBMOVED', 'read-only'],
    ['SQLITE_CORRUPT_INDEX', 'corrupt'],
    ['SQLITE_NOTADB', 'corrupt'],
    ['SQLITE_CANTOPEN_ISDIR', 'cannot-open'],
    ['SQLITE_NOMEM', 'out-of-memory'],
    ['SQLITE_CONSTRAINT_UNIQUE', 'database-error'],
  ])('%s is %s, one line that never ends in a colon', (code, expected) => {
    const problem = describeSqliteError(sqlite(code), '/home/ana/.packing-station/station.db');
    expect(problem?.code).toBe(expected);
    expect(problem?.message).not.toMatch(/:$|\n/);
  });

  test('without a file the message still reads', () => {
    expect(describeSqliteError(sqlite('SQLITE_FULL'))?.message).toBe(
      'the disk holding the station database is full: free space on it',
    );
  });

  test('a hostile message from SQLite is cut to one short line', () => {
    const hostile = `constraint failed\n    at Statement.run <script>alert(1)</script>\u0007${'x'.repeat(10_000)}`;
    const message = describeSqliteError(sqlite('SQLITE_CONSTRAINT', hostile))?.message ?? '';
    expect(message).not.toContain('\n');
    expect(message).not.toContain('at Statement');
    expect(message.length).toBeLessThan(400);
  });

  test('anything that is not a SQLite error is not described', () => {
    const notSqlite = [
      new TypeError('x is undefined'),
      Object.assign(new Error('no space'), { code: 'ENOSPC' }),
      { code: 'SQLITE_FULL', message: 'a plain object' },
      'SQLITE_FULL',
      null,
      undefined,
    ];
    for (const value of notSqlite) expect(describeSqliteError(value, '/x/station.db')).toBeNull();
  });
});

describe('paths in messages', () => {
  test.each([
    '/home/ana/.packing-station/station.db',
    '/home/ana/Packing Station/station.db',
    "/home/o'brien/station.db",
    '/tmp/$(touch pwned)/`id`/station.db',
    '/tmp/line\nbreak\ttab\u0007bell/station.db',
    '/tmp/back\\slash/"quoted"/station.db',
    '/tmp/ünïcødé/station.db',
    '/tmp/\u202egnp.db\u0085/\u200bstation.db',
  ])('%j reads back from a shell as exactly itself', (path) => {
    const quoted = shellQuote(path);
    expect(quoted).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    const shell = { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } } as const;
    expect(execFileSync('bash', ['-c', `printf %s ${quoted}`], shell)).toBe(path);
  });
});
