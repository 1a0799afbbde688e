// A backup keeps every unsent outbox entry as it stood; a restore puts them back exactly, and a
// station started on the restored file sends them.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect } from 'vitest';
import { listAudit } from '../../../electron/main/db/audit-log.ts';
import { backupsFolderOf, listBackups } from '../../../electron/main/db/backup-files.ts';
import { openStationDb, readLock } from '../../../electron/main/db/index.ts';
import { writeBackup } from '../../../electron/main/db/station-backup.ts';
import { restoreStation } from '../../../electron/main/db/station-restore.ts';
import {
  listOutbox,
  markFailed,
  markSending,
  outboxCounts,
  scheduleRetry,
} from '../../../electron/main/outbox/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { enqueue, ordersIn, testEngine, waitFor } from '../sync/engine-fixtures.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 31, orders: 120 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const ERROR = { kind: 'timeout', code: null, description: null, message: 'Equipme did not answer' } as const;

describe('backup and restore', () => {
  test('every unsent entry of the backup comes back with its state and is then sent', async ({
    db,
    dbFile,
  }) => {
    const engine = testEngine(db, sim);
    await engine.pull();
    await engine.stop();
    const [a, b, c, d, later] = ordersIn(sim, 'new', 5);
    if (later === undefined || a === undefined || b === undefined || c === undefined || d === undefined) {
      throw new Error('the seed has too few new orders');
    }
    const now = new Date();
    enqueue(db, a, 'process');
    enqueue(db, a, 'process');
    const sending = enqueue(db, b, 'process');
    markSending(db, sending.id, now);
    const retrying = enqueue(db, c, 'process');
    markSending(db, retrying.id, now);
    scheduleRetry(db, retrying.id, ERROR, now, { unknownOutcome: true }, now);
    const failed = enqueue(db, d, 'process');
    markSending(db, failed.id, now);
    markFailed(
      db,
      failed.id,
      { kind: 'conflict', code: '409', description: 'On hold', message: 'Refused by Equipme' },
      now,
    );
    const before = listOutbox(db);
    expect(before.map((e) => e.state).sort()).toEqual(['failed', 'pending', 'pending', 'pending', 'sending']);

    const written = await writeBackup(db, { dir: backupsFolderOf(dbFile), now, keep: 7 });
    if (!written.ok) throw new Error(written.error.message);
    expect(statSync(written.value.file).mode & 0o777).toBe(0o600);
    expect(statSync(backupsFolderOf(dbFile)).mode & 0o777).toBe(0o700);
    const afterBackup = enqueue(db, later, 'process');
    db.close();

    const restored = restoreStation(written.value.file, dbFile, new Date());
    if (!restored.ok) throw new Error(restored.error.message);
    // The database it replaced is kept, with the entry the backup does not have.
    const { keptAs } = restored.value;
    if (keptAs === null) throw new Error('the replaced database was not kept');
    const kept = openStationDb(keptAs);
    expect(listOutbox(kept).map((e) => e.id)).toContain(afterBackup.id);
    kept.close();

    const back = openStationDb(dbFile);
    expect(listOutbox(back)).toEqual(before);
    expect(listAudit(back, { kind: 'station-restored', limit: 1 })[0]?.detail).toMatchObject({ keptAs });

    // A station on the restored file sends them: the one left mid-send is looked at first.
    const again = testEngine(back, sim);
    again.start();
    await waitFor('the restored outbox sent', () => {
      const counts = outboxCounts(back);
      return counts.pending + counts.sending === 0;
    });
    await again.stop();
    const sent = sim.transitions().map((t) => t.orderId);
    expect(sent.filter((id) => id === a)).toHaveLength(2);
    expect(sent.filter((id) => id === b)).toHaveLength(1);
    expect(sent.filter((id) => id === c)).toHaveLength(1);
    expect(sent).not.toContain(d);
    expect(sent).not.toContain(later);
    expect(listOutbox(back, { states: ['failed'] }).map((e) => e.id)).toEqual([failed.id]);
    back.close();
  });

  test('a step sent after the backup is not sent again: the restored order is locked', async ({
    db,
    dbFile,
  }) => {
    const engine = testEngine(db, sim);
    await engine.pull();
    const [orderId] = ordersIn(sim, 'new', 1, (id) => sim.order(id)?.transactionType === 'order');
    if (orderId === undefined) throw new Error('the seed has no new order');
    const entry = enqueue(db, orderId, 'process');
    const written = await writeBackup(db, { dir: backupsFolderOf(dbFile), now: new Date(), keep: 7 });
    if (!written.ok) throw new Error(written.error.message);
    engine.start();
    await waitFor('the step sent', () => outboxCounts(db).applied === 1);
    await engine.stop();
    db.close();

    const restored = restoreStation(written.value.file, dbFile, new Date());
    if (!restored.ok) throw new Error(restored.error.message);
    const back = openStationDb(dbFile);
    expect(listOutbox(back).map((e) => [e.id, e.state])).toEqual([[entry.id, 'pending']]);
    const again = testEngine(back, sim);
    again.start();
    await waitFor('the order locked', () => readLock(back, orderId) !== null);
    await again.stop();
    expect(readLock(back, orderId)).toMatchObject({ reason: 'conflict', serverStatus: 'inprocess' });
    expect(sim.transitions().filter((t) => t.orderId === orderId)).toHaveLength(1);
    back.close();
  });

  test('keeps the newest seven backups, and removes what a copy cut short left a day on', async ({
    db,
    dbFile,
  }) => {
    const dir = backupsFolderOf(dbFile);
    mkdirSync(dir);
    const leftOver = join(dir, 'station-2026-11-01T02-00-00-000Z.db.partial');
    const young = join(dir, 'station-2026-11-09T02-30-00-000Z.db.partial');
    writeFileSync(leftOver, '');
    writeFileSync(young, '');
    for (let day = 1; day <= 9; day++) {
      const written = await writeBackup(db, { dir, now: new Date(`2026-11-0${day}T03:00:00Z`), keep: 7 });
      expect(written.ok).toBe(true);
    }
    expect(listBackups(dir).map((b) => b.takenAt)).toEqual(
      [3, 4, 5, 6, 7, 8, 9].map((day) => `2026-11-0${day}T03:00:00.000Z`),
    );
    expect(existsSync(leftOver)).toBe(false);
    expect(existsSync(young)).toBe(true);
  });
});
