// Equipme switched off in Settings: the engine asks Equipme nothing and sends nothing, the outbox
// waits untouched; switched on again it pulls and drains. The poll interval drives the pull, and a
// new one applies to the running engine. Turns are counted on a fake monotonic clock (the engine
// reads it once per turn), so no test waits for time to pass.
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { createEquipmeClient } from '../../../electron/main/api/index.ts';
import type { StationDb } from '../../../electron/main/db/index.ts';
import { listOutbox, outboxCounts } from '../../../electron/main/outbox/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { createSyncEngine, type SyncEngine } from '../../../electron/main/sync/sync-engine.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { enqueue, ordersIn, testEngine, waitFor } from './engine-fixtures.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 5, orders: 30 });
});
afterAll(() => sim.close());

interface Watched {
  engine: SyncEngine;
  /** Every request the engine made, as `METHOD /path?query`. */
  requests: string[];
  /** Pull passes: list requests (the cursor pages and the count after the pass) come in groups. */
  listRequests(): number;
  /** Resolves once the engine has taken `n` more turns of its loop. */
  turns(n: number): Promise<void>;
  clock: { ms: number };
}

function watchedEngine(db: StationDb, options: { switchedOff?: boolean; pullIntervalMs: number }): Watched {
  const requests: string[] = [];
  const clock = { ms: 0 };
  let reads = 0;
  const engine = createSyncEngine({
    db,
    client: createEquipmeClient({
      baseUrl: sim.url,
      apiKey: sim.apiKey,
      maxRateLimitWaits: 0,
      fetch: (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
        requests.push(`${method} ${url.pathname}${url.search}`);
        return fetch(input, init);
      },
    }),
    backoff: { baseMs: 20, capMs: 200 },
    probeIntervalMs: 50,
    idleMs: 5,
    monotonic: () => {
      reads++;
      return clock.ms;
    },
    ...options,
  });
  return {
    engine,
    requests,
    listRequests: () => requests.filter((request) => request.includes('?')).length,
    async turns(n) {
      const until = reads + n;
      await waitFor(`${n} turns of the loop`, () => reads >= until);
    },
    clock,
  };
}

/** Orders in the cache, as a pull leaves them, with one step queued on the first. */
async function cachedWithOneStep(db: StationDb): Promise<number> {
  const puller = testEngine(db, sim);
  const pulled = await puller.pull();
  expect(pulled.ok).toBe(true);
  const [id] = ordersIn(sim, 'new', 1);
  enqueue(db, id as number, 'process');
  return id as number;
}

describe('sync engine: Equipme switched off', () => {
  test('asks Equipme nothing and leaves the outbox as it is; switched on, it pulls and drains', async ({
    db,
  }) => {
    const id = await cachedWithOneStep(db);
    const transitionsBefore = sim.transitions().length;
    const watched = watchedEngine(db, { switchedOff: true, pullIntervalMs: 60_000 });
    const { engine } = watched;
    engine.start();
    await watched.turns(20);
    engine.wake();
    watched.clock.ms = 10 * 60_000;
    await watched.turns(20);

    expect(watched.requests).toEqual([]);
    expect(sim.transitions()).toHaveLength(transitionsBefore);
    const [entry] = listOutbox(db);
    expect(entry).toMatchObject({ orderId: id, state: 'pending', attempts: 0 });
    expect(engine.status()).toMatchObject({
      switchedOff: true,
      lastPull: null,
      counts: { pending: 1, sending: 0, applied: 0 },
    });

    engine.configure({ switchedOff: false });
    await waitFor('the waiting step to be applied', () => outboxCounts(db).applied === 1);
    expect(sim.transitions().slice(transitionsBefore)).toMatchObject([{ orderId: id, action: 'process' }]);
    expect(engine.status().switchedOff).toBe(false);
    // Back on, the cache is refreshed at once.
    await waitFor('a pull', () => engine.status().lastPull !== null);
    await engine.stop();
  });

  test('switched off while running: the next turns send nothing more, the new step waits', async ({ db }) => {
    await cachedWithOneStep(db);
    const watched = watchedEngine(db, { pullIntervalMs: 60_000 });
    const { engine } = watched;
    engine.start();
    await waitFor('the first step to be applied', () => outboxCounts(db).applied === 1);
    engine.configure({ switchedOff: true });
    await watched.turns(3);
    const asked = watched.requests.length;
    const transitions = sim.transitions().length;

    const [second] = ordersIn(sim, 'new', 1);
    enqueue(db, second as number, 'process');
    engine.wake();
    await watched.turns(20);
    expect(watched.requests).toHaveLength(asked);
    expect(sim.transitions()).toHaveLength(transitions);
    expect(outboxCounts(db)).toMatchObject({ pending: 1, applied: 1 });
    expect(engine.status()).toMatchObject({ switchedOff: true, connectivity: 'unknown' });
    await engine.stop();
  });
});

describe('sync engine: the poll interval', () => {
  test('pulls once the interval has passed on the monotonic clock, and a new interval applies at once', async ({
    db,
  }) => {
    const watched = watchedEngine(db, { pullIntervalMs: 60_000 });
    const { engine, clock } = watched;
    engine.start();
    await waitFor('the first pull', () => engine.status().lastPull !== null);
    await watched.turns(5);
    const afterFirst = watched.listRequests();

    clock.ms = 59_999;
    await watched.turns(20);
    expect(watched.listRequests()).toBe(afterFirst);

    clock.ms = 60_000;
    await waitFor('the second pull', () => watched.listRequests() > afterFirst);
    await watched.turns(5);
    const afterSecond = watched.listRequests();

    // Two minutes from now on: the last pull (at 60 s) counts, the old interval no longer does.
    engine.configure({ pullIntervalMs: 120_000 });
    clock.ms = 60_000 + 119_999;
    await watched.turns(20);
    expect(watched.listRequests()).toBe(afterSecond);
    clock.ms = 60_000 + 120_000;
    await waitFor('the pull on the new interval', () => watched.listRequests() > afterSecond);
    await engine.stop();
  });
});
