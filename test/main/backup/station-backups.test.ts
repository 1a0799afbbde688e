// The station core backs itself up: once at start (after the migrations), then daily on its timer,
// which closing the station stops.
import { rmSync, writeFileSync } from 'node:fs';
import { describe, expect, onTestFinished } from 'vitest';
import { backupsFolderOf, listBackups } from '../../../electron/main/db/backup-files.ts';
import { APP_SCHEMA_VERSION, checkStationFile } from '../../../electron/main/db/station-file-check.ts';
import { BACKUP_EVERY_MS } from '../../../electron/main/station/backup-schedule.ts';
import { createSessionSecretBox, openStation } from '../../../electron/main/station/index.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { handTimers, until } from './hand-timers.ts';

describe('the station backs itself up', () => {
  test('at start and daily, until it is closed', async ({ dbFile }) => {
    const hand = handTimers(new Date('2026-12-02T06:00:00Z'));
    const station = await openStation({
      dbFile,
      secretBox: createSessionSecretBox(),
      shell: 'browser',
      version: '0.1.0-test',
      env: { STATION_DEMO_ORDERS: '20' },
      backups: { keep: 2, timers: hand.timers },
    });
    const dir = backupsFolderOf(dbFile);
    expect(hand.waiting()).toEqual([0]);
    // The station's own clock names the files: the test counts them.
    const seen: string[][] = [];
    for (let day = 0; day < 3; day++) {
      hand.fire();
      await until(() => hand.waiting().length === 1);
      expect(hand.waiting()).toEqual([BACKUP_EVERY_MS]);
      seen.push(listBackups(dir).map((b) => b.file));
    }
    expect(seen.map((files) => files.length)).toEqual([1, 2, 2]);
    // The third pushed out the first.
    expect(seen[2]?.[0]).toBe(seen[1]?.[1]);
    const kept = listBackups(dir);
    expect(checkStationFile(kept[1]?.file ?? '')).toEqual({
      ok: true,
      value: { schemaVersion: APP_SCHEMA_VERSION },
    });
    await expect(station.handlers['station:backup-status'](undefined)).resolves.toEqual({
      ok: true,
      value: { kept: 2, newestAt: kept[1]?.takenAt, failure: null },
    });
    await station.close();
    expect(hand.waiting()).toEqual([]);
  });

  test('a failed backup shows in the backup status until one succeeds', async ({ dbFile }) => {
    // A file where the backups folder should be: nothing can be written there.
    writeFileSync(backupsFolderOf(dbFile), 'in the way');
    const hand = handTimers(new Date('2026-12-02T06:00:00Z'));
    const station = await openStation({
      dbFile,
      secretBox: createSessionSecretBox(),
      shell: 'browser',
      version: '0.1.0-test',
      env: { STATION_DEMO_ORDERS: '20' },
      backups: { timers: hand.timers, warn: () => {} },
    });
    onTestFinished(() => station.close());
    hand.fire();
    await until(() => hand.waiting().length === 1);
    const status = await station.handlers['station:backup-status'](undefined);
    expect(status).toMatchObject({
      ok: true,
      value: {
        kept: 0,
        newestAt: null,
        failure: { message: expect.stringMatching(/the backup to .* failed/) },
      },
    });
    rmSync(backupsFolderOf(dbFile));
    hand.fire();
    await until(() => hand.waiting().length === 1);
    expect(await station.handlers['station:backup-status'](undefined)).toMatchObject({
      value: { kept: 1, failure: null },
    });
  });
});
