// A press commits its pages to the WAL and returns; copying the log into the database file (the
// checkpoint) waits until the station is between writes. Counted in WAL frames, not timed.
import { afterEach, describe, expect, vi } from 'vitest';
import { openStationDb, type StationDb, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { IDLE_CHECKPOINT_MS } from '../../../electron/main/db/wal-checkpoints.ts';
import { enqueueTransition } from '../../../electron/main/outbox/index.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { walFrames } from './wal-pages.ts';

const NOW = new Date('2026-12-01T08:00:00.000Z');
const PRESSES = 120;

/** A cache of new orders, the log emptied, then one press on each of the first `presses`. */
function pressInARow(db: StationDb, presses: number, from = 1): void {
  for (let id = from; id < from + presses; id++) {
    const queued = enqueueTransition(db, {
      orderId: id,
      action: 'process',
      operator: 'ana',
      stationId: 's',
      now: NOW,
    });
    expect(queued.ok).toBe(true);
  }
}

function filled(dbFile: string): StationDb {
  const db = openStationDb(dbFile);
  upsertPulledOrders(
    db,
    Array.from({ length: PRESSES + 10 }, (_, i) => makeOrder({ id: i + 1, status: 'new' })),
    NOW,
  );
  db.pragma('wal_checkpoint(TRUNCATE)');
  return db;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('checkpoints', () => {
  test('presses in a row copy nothing into the database: all their pages stay in one WAL', ({ dbFile }) => {
    const db = filled(dbFile);
    try {
      pressInARow(db, PRESSES);
      // SQLite's automatic checkpoint would have copied the log at 1,000 pages, inside a press's
      // commit, and the next press would have started the log again from its first frame.
      expect(walFrames(dbFile).length).toBeGreaterThan(1000);
    } finally {
      db.close();
    }
  });

  test('once the station is idle the log is copied, and the next press starts it again', ({ dbFile }) => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const db = filled(dbFile);
    try {
      pressInARow(db, PRESSES);
      const frames = walFrames(dbFile).length;
      vi.advanceTimersByTime(IDLE_CHECKPOINT_MS);
      pressInARow(db, 1, PRESSES + 1);
      expect(walFrames(dbFile).length).toBeLessThan(frames);
      expect(walFrames(dbFile).length).toBeLessThanOrEqual(20);
    } finally {
      db.close();
    }
    // A closed connection's timer stops at its next turn, without touching the connection.
    expect(() => vi.advanceTimersByTime(2 * IDLE_CHECKPOINT_MS)).not.toThrow();
    expect(vi.getTimerCount()).toBe(0);
  });

  test('a connection whose checkpoints are turned off gets no idle ones either', ({ dbFile }) => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const db = filled(dbFile);
    try {
      db.pragma('wal_autocheckpoint = 0');
      pressInARow(db, 10);
      const frames = walFrames(dbFile).length;
      vi.advanceTimersByTime(5 * IDLE_CHECKPOINT_MS);
      pressInARow(db, 1, 11);
      expect(walFrames(dbFile).length).toBeGreaterThan(frames);
    } finally {
      db.close();
    }
  });
});
