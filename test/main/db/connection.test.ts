import { describe, expect } from 'vitest';
import { getStationId, openStationDb } from '../../../electron/main/db/index.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

describe('openStationDb', () => {
  test('sets WAL, synchronous FULL, a busy timeout and foreign keys', ({ db }) => {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  test('takes a custom busy timeout', ({ dbFile }) => {
    const db = openStationDb(dbFile, { busyTimeoutMs: 250 });
    expect(db.pragma('busy_timeout', { simple: true })).toBe(250);
    db.close();
  });

  test('works in memory for tests', () => {
    const db = openStationDb(':memory:');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(getStationId(db)).toMatch(/^[0-9a-f-]{36}$/);
    db.close();
  });
});

describe('station id', () => {
  test('is generated once and stays the same across reopening', ({ db, dbFile }) => {
    const id = getStationId(db);
    expect(getStationId(db)).toBe(id);
    db.close();
    const again = openStationDb(dbFile);
    expect(getStationId(again)).toBe(id);
    again.close();
  });

  test('differs between two stations', ({ db }) => {
    const other = openStationDb(':memory:');
    expect(getStationId(other)).not.toBe(getStationId(db));
    other.close();
  });
});
