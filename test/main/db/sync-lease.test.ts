import { describe, expect } from 'vitest';
import { acquireLease, openStationDb, releaseLease, renewLease } from '../../../electron/main/db/index.ts';
import { dbTest } from '../../fixtures/temp-db.ts';

const STALE_AFTER = 30_000;
const T0 = new Date('2025-03-01T08:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

// Two processes on one station file: two connections.
const test = dbTest.extend<{ other: ReturnType<typeof openStationDb> }>({
  other: async ({ dbFile }, use) => {
    const other = openStationDb(dbFile);
    await use(other);
    other.close();
  },
});

describe('sync lease', () => {
  test('only one connection holds it', ({ db, other }) => {
    expect(acquireLease(db, 'main-1', T0, STALE_AFTER)).toEqual({
      ok: true,
      value: { owner: 'main-1', heartbeatAt: T0.getTime() },
    });
    const refused = acquireLease(other, 'main-2', later(1000), STALE_AFTER);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'lease-held', holder: { owner: 'main-1', heartbeatAt: T0.getTime() } },
    });
  });

  test('the holder can take it again and renew it', ({ db, other }) => {
    acquireLease(db, 'main-1', T0, STALE_AFTER);
    expect(acquireLease(db, 'main-1', later(5000), STALE_AFTER).ok).toBe(true);
    expect(renewLease(db, 'main-1', later(20_000))).toEqual({
      ok: true,
      value: { owner: 'main-1', heartbeatAt: later(20_000).getTime() },
    });
    // The renewal keeps it fresh: 40 s after the start it is only 20 s old.
    expect(acquireLease(other, 'main-2', later(40_000), STALE_AFTER).ok).toBe(false);
  });

  test('a stale lease is taken over, and its old holder learns it lost it', ({ db, other }) => {
    acquireLease(db, 'main-1', T0, STALE_AFTER);
    expect(acquireLease(other, 'main-2', later(STALE_AFTER), STALE_AFTER)).toMatchObject({
      ok: true,
      value: { owner: 'main-2' },
    });
    expect(renewLease(db, 'main-1', later(STALE_AFTER + 1))).toMatchObject({
      ok: false,
      error: { code: 'lease-lost', holder: { owner: 'main-2' } },
    });
  });

  test('a released lease is free; releasing one we do not hold changes nothing', ({ db, other }) => {
    acquireLease(db, 'main-1', T0, STALE_AFTER);
    releaseLease(other, 'main-2');
    expect(acquireLease(other, 'main-2', later(1), STALE_AFTER).ok).toBe(false);
    releaseLease(db, 'main-1');
    expect(acquireLease(other, 'main-2', later(2), STALE_AFTER).ok).toBe(true);
  });
});
