// The command line reads Equipme's switch and poll interval from the station's settings: `station
// sources` shows them, and while Equipme is switched off `station sync` and `station pull` ask it
// nothing and exit 1 saying so; the outbox stays as it is.
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { StationDb } from '../../../electron/main/db/index.ts';
import { writeSettings } from '../../../electron/main/db/settings.ts';
import { listOutbox } from '../../../electron/main/outbox/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { station } from '../../fixtures/cli.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 5, orders: 40 });
});
afterAll(() => sim.close());

const envFor = (dbFile: string): NodeJS.ProcessEnv => ({
  STATION_DB: dbFile,
  STATION_OPERATOR: 'ana',
  STATION_API_URL: sim.url,
  STATION_API_KEY: sim.apiKey,
});

const switchOff = (db: StationDb, pollIntervalSeconds = 300) =>
  writeSettings(db, { equipme: { enabled: false, pollIntervalSeconds } }, new Date());

describe('Equipme switched off, on the command line', () => {
  test('station sources shows the stored switch and poll interval', async ({ db, dbFile }) => {
    const before = JSON.parse((await station(['sources', '--json'], { STATION_DB: dbFile })).stdout);
    expect(before[0]).toMatchObject({ source: 'equipme', enabled: true, pollIntervalSeconds: 300 });

    switchOff(db, 120);
    const json = await station(['sources', '--json'], { STATION_DB: dbFile });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)[0]).toMatchObject({
      source: 'equipme',
      enabled: false,
      pollIntervalSeconds: 120,
    });
    const table = await station(['sources'], { STATION_DB: dbFile });
    expect(table.stdout.split('\n')[1]).toMatch(/^Equipme\s+off\s/);
  });

  test('station sync and station pull send and fetch nothing, and say why', async ({ db, dbFile }) => {
    expect((await station(['pull'], envFor(dbFile))).code).toBe(0);
    const [orderId] = sim.orderIds().filter((id) => {
      const order = sim.order(id);
      return order?.status === 'new' && order.transactionType === 'order';
    });
    expect((await station(['transition', String(orderId), 'process'], envFor(dbFile))).code).toBe(0);
    switchOff(db);
    const applied = sim.transitions().length;

    const sync = await station(['sync', '--until-empty', '--timeout', '5'], envFor(dbFile));
    expect(sync.code).toBe(1);
    expect(sync.stderr).toBe(
      'station sync: Equipme is switched off in Settings on this station: 1 change waits, nothing was asked or sent. A supervisor switches it on in Settings, Equipme connection.\n',
    );
    expect(sim.transitions()).toHaveLength(applied);
    expect(listOutbox(db).map((entry) => [entry.orderId, entry.state, entry.attempts])).toEqual([
      [orderId, 'pending', 0],
    ]);

    const pull = await station(['pull'], envFor(dbFile));
    expect(pull.code).toBe(1);
    expect(pull.stderr).toMatch(
      /^station pull: Equipme is switched off in Settings on this station: 1 change waits/,
    );

    // Switched on again, the same command sends it.
    writeSettings(db, { equipme: { enabled: true, pollIntervalSeconds: 300 } }, new Date());
    const again = await station(['sync', '--until-empty', '--timeout', '10'], envFor(dbFile));
    expect(again.code).toBe(0);
    expect(sim.transitions().slice(applied)).toMatchObject([{ orderId, action: 'process' }]);
  });

  test('a running station sync follows the switch: switched off in the app, it stops and says why', async ({
    db,
    dbFile,
  }) => {
    expect((await station(['pull'], envFor(dbFile))).code).toBe(0);
    const [orderId] = sim.orderIds().filter((id) => {
      const order = sim.order(id);
      return order?.status === 'new' && order.transactionType === 'order';
    });
    expect((await station(['transition', String(orderId), 'process'], envFor(dbFile))).code).toBe(0);
    // Equipme fails every request: the change keeps waiting while the command runs.
    sim.setFaults({ error5xx: 1 });
    try {
      const running = station(['sync', '--until-empty', '--timeout', '60'], envFor(dbFile));
      // The app's supervisor switches Equipme off in the same database meanwhile.
      setTimeout(() => switchOff(db), 300);
      const sync = await running;
      expect(sync.code).toBe(1);
      expect(sync.stderr).toContain(
        'station sync: Equipme was switched off in Settings: nothing more is asked or sent until it is switched on again\n',
      );
      expect(sync.stderr).toMatch(
        /station sync: Equipme is switched off in Settings on this station: 1 change waits, nothing more is sent\./,
      );
      expect(listOutbox(db).map((entry) => [entry.orderId, entry.state])).toEqual([[orderId, 'pending']]);
    } finally {
      sim.setFaults({ error5xx: 0 });
    }
  });
});
