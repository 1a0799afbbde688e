// The station's own backups: one at start, one a day, a failure reported and tried again in an hour;
// the timers are driven by hand.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { listAudit } from '../../../electron/main/db/audit-log.ts';
import { backupsFolderOf, listBackups } from '../../../electron/main/db/backup-files.ts';
import { upsertPulledOrders } from '../../../electron/main/db/index.ts';
import {
  BACKUP_EVERY_MS,
  BACKUP_RETRY_MS,
  startBackupSchedule,
} from '../../../electron/main/station/backup-schedule.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { handTimers, until } from './hand-timers.ts';

describe('the station backup schedule', () => {
  test('backs up at start, then every day, and stops on close', async ({ db, dbFile }) => {
    const hand = handTimers(new Date('2026-12-02T06:00:00Z'));
    const schedule = startBackupSchedule({ db, dbFile, stationId: 's', now: hand.now, timers: hand.timers });
    expect(hand.waiting()).toEqual([0]);
    hand.fire();
    await until(() => schedule.last() !== null);
    expect(schedule.last()?.outcome.ok).toBe(true);
    expect(hand.waiting()).toEqual([BACKUP_EVERY_MS]);
    hand.fire();
    await until(() => listBackups(backupsFolderOf(dbFile)).length === 2);
    expect(listBackups(backupsFolderOf(dbFile)).map((b) => b.takenAt)).toEqual([
      '2026-12-02T06:00:00.000Z',
      '2026-12-03T06:00:00.000Z',
    ]);
    await until(() => hand.waiting().length === 1);
    await schedule.stop();
    expect(hand.waiting()).toEqual([]);
  });

  test('closing ends a backup under way: nothing is kept, nothing is reported', async ({ db, dbFile }) => {
    // More pages than one step copies, so the copy is still under way when the station closes.
    upsertPulledOrders(
      db,
      Array.from({ length: 300 }, (_, i) => makeOrder({ id: 1000 + i })),
      new Date(),
    );
    const hand = handTimers(new Date('2026-12-02T06:00:00Z'));
    const warnings: string[] = [];
    const schedule = startBackupSchedule({
      db,
      dbFile,
      stationId: 's',
      now: hand.now,
      timers: hand.timers,
      warn: (message) => warnings.push(message),
    });
    hand.fire();
    await schedule.stop();
    expect(readdirSync(backupsFolderOf(dbFile))).toEqual([]);
    expect(schedule.last()).toBeNull();
    expect(warnings).toEqual([]);
    expect(hand.waiting()).toEqual([]);
  });

  test('reports a failed backup and tries again an hour later', async ({ db, dbFile }) => {
    // A file where the backups folder should be: nothing can be written there.
    writeFileSync(backupsFolderOf(dbFile), 'in the way');
    const hand = handTimers(new Date('2026-12-02T06:00:00Z'));
    const warnings: string[] = [];
    const schedule = startBackupSchedule({
      db,
      dbFile,
      stationId: 's',
      now: hand.now,
      timers: hand.timers,
      warn: (message) => warnings.push(message),
    });
    hand.fire();
    await until(() => schedule.last() !== null);
    expect(schedule.last()?.outcome.ok).toBe(false);
    expect(warnings).toEqual([
      expect.stringMatching(/the backup to .*backups failed: .*tries again in an hour/),
    ]);
    expect(listAudit(db, { kind: 'backup-failed', limit: 5 })).toHaveLength(1);
    expect(hand.waiting()).toEqual([BACKUP_RETRY_MS]);

    rmSync(backupsFolderOf(dbFile));
    hand.fire();
    await until(() => schedule.last()?.outcome.ok === true);
    expect(listBackups(backupsFolderOf(dbFile))).toHaveLength(1);
    await schedule.stop();
  });
});
