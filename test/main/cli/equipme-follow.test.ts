// A running `station sync` follows Equipme's switch and poll interval as Settings store them in the
// same database: each change reaches the engine once, with a line saying what changed.
import { expect } from 'vitest';
import { followEquipmeSwitch } from '../../../electron/cli/equipme-follow.ts';
import { writeSettings } from '../../../electron/main/db/settings.ts';
import type { SyncEngine } from '../../../electron/main/sync/sync-engine.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

test('switched off, then a new interval, then on again: the engine is told each time', async ({ db }) => {
  const told: Parameters<SyncEngine['configure']>[0][] = [];
  const engine = { configure: (change) => told.push(change) } as Pick<SyncEngine, 'configure'> as SyncEngine;
  const said: string[] = [];
  const store = (enabled: boolean, pollIntervalSeconds: number) =>
    writeSettings(db, { equipme: { enabled, pollIntervalSeconds } }, new Date());
  const stop = followEquipmeSwitch(
    db,
    engine,
    { enabled: true, pollIntervalSeconds: 300 },
    (line) => said.push(line),
    5,
  );
  try {
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(told).toEqual([]);

    store(false, 300);
    await expect.poll(() => told.length).toBe(1);
    expect(told[0]).toEqual({ switchedOff: true, pullIntervalMs: 300_000 });
    expect(said).toEqual([
      'Equipme was switched off in Settings: nothing more is asked or sent until it is switched on again',
    ]);

    store(false, 60);
    await expect.poll(() => told.length).toBe(2);
    expect(told[1]).toEqual({ switchedOff: true, pullIntervalMs: 60_000 });
    expect(said).toHaveLength(1);

    store(true, 60);
    await expect.poll(() => told.length).toBe(3);
    expect(told[2]).toEqual({ switchedOff: false, pullIntervalMs: 60_000 });
    expect(said.at(-1)).toBe('Equipme was switched on again in Settings: sending and fetching go on');
  } finally {
    stop();
  }
  store(false, 60);
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(told).toHaveLength(3);
});
