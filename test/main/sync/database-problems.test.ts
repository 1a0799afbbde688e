// One SQLite error must not end the sync loop: it is reported as a station alert, backed off, and the
// engine carries on once the cause is gone.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test as plain } from 'vitest';
import { createEquipmeClient } from '../../../electron/main/api/index.ts';
import { openStationDb, type StationDb } from '../../../electron/main/db/index.ts';
import { outboxCounts } from '../../../electron/main/outbox/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { createSyncEngine } from '../../../electron/main/sync/sync-engine.ts';
import type { SyncStatus } from '../../../shared/domain/sync-status.ts';
import { canMountTmpfs, withFullDisk } from '../../fixtures/full-disk.ts';
import { holdWriteLock } from '../../fixtures/held-write-lock.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { enqueue, ordersIn, waitFor } from './engine-fixtures.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 8, orders: 80 });
});
afterAll(() => sim.close());

function engineFor(db: StationDb) {
  return createSyncEngine({
    db,
    client: createEquipmeClient({ baseUrl: sim.url, apiKey: sim.apiKey }),
    backoff: { baseMs: 20, capMs: 200 },
    troubleCapMs: 100,
    probeIntervalMs: 50,
    idleMs: 10,
    pullIntervalMs: 0,
  });
}

/** Every alert the engine reported, in order. */
function alerts(engine: ReturnType<typeof engineFor>): (SyncStatus['alert'] | null)[] {
  const seen: (SyncStatus['alert'] | null)[] = [];
  engine.onStatus((status) => {
    if (JSON.stringify(seen.at(-1) ?? null) !== JSON.stringify(status.alert)) seen.push(status.alert);
  });
  return seen;
}

describe('the sync engine on a failing database', () => {
  test('a held write lock (SQLITE_BUSY) raises an alert; the engine sends everything once it is released', async ({
    dbFile,
  }) => {
    sim.reset();
    const db = openStationDb(dbFile, { busyTimeoutMs: 50 });
    const engine = engineFor(db);
    const seen = alerts(engine);
    await engine.pull();
    const ids = ordersIn(sim, 'new', 3);
    for (const id of ids) enqueue(db, id, 'process');
    const lock = holdWriteLock(dbFile);
    engine.start();
    await waitFor('the database alert', () => engine.status().alert?.code === 'database-problem');
    expect(engine.status().alert?.message).toMatch(/locked by another program/);
    lock.release();
    await waitFor('every step sent', () => outboxCounts(db).applied === 3);
    await waitFor('the alert to clear', () => engine.status().alert === null);
    await engine.stop();
    expect(
      sim
        .transitions()
        .map((t) => t.orderId)
        .sort(),
    ).toEqual([...ids].sort());
    expect(seen.map((a) => a?.code ?? null)).toEqual(['database-problem', null]);
    db.close();
  });

  plain.skipIf(!canMountTmpfs())(
    'a full disk (SQLITE_FULL) raises an alert; freeing space lets it go on',
    async () => {
      sim.reset();
      let db: StationDb | undefined;
      await withFullDisk(
        async (_dir, disk) => {
          const opened = db;
          if (!opened) throw new Error('no database');
          try {
            const engine = engineFor(opened);
            const ids = ordersIn(sim, 'new', 2);
            engine.start();
            await waitFor('the database alert', () => engine.status().alert?.code === 'database-problem');
            expect(engine.status().alert?.message).toMatch(/full/);
            disk.free();
            await waitFor('the alert to clear', () => engine.status().alert === null);
            expect((await engine.pull()).ok).toBe(true);
            for (const id of ids) enqueue(opened, id, 'process');
            engine.wake();
            await waitFor('the steps sent', () => outboxCounts(opened).applied === 2);
            await engine.stop();
          } finally {
            opened.close();
          }
        },
        {
          sizeKib: 2048,
          prepare: (dir) => {
            // The database is open with its log emptied: the pull's writes need new blocks.
            db = openStationDb(join(dir, 'station.db'));
            db.pragma('wal_checkpoint(TRUNCATE)');
          },
        },
      );
    },
  );
});
