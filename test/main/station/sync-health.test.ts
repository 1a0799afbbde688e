// The engine stamps its last problem and its last good answer, so the station's health can tell a
// problem that still holds from one Equipme answered past.
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { stationHealth } from '../../../shared/domain/station-health.ts';
import type { SyncStatus } from '../../../shared/domain/sync-status.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { enqueue, ordersIn, testEngine, waitFor } from '../sync/engine-fixtures.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 21, orders: 60 });
});
afterAll(() => sim.close());

describe('sync status: the last problem and the last good answer', () => {
  test('an offline problem keeps its first time, and is past once Equipme answers again', async ({ db }) => {
    const engine = testEngine(db, sim, 500);
    expect((await engine.pull()).ok).toBe(true);
    const answeredAt = engine.status().lastSuccessAt;
    expect(answeredAt).toEqual(expect.any(String));
    expect(engine.status().lastProblem).toBeNull();

    sim.setFaults({ offline: true });
    const seen: SyncStatus[] = [];
    engine.onStatus((s) => seen.push(s));
    const [id] = ordersIn(sim, 'new', 1);
    if (!id) throw new Error('the seed has no new order');
    engine.start();
    enqueue(db, id, 'process');
    engine.wake();
    await waitFor('offline noticed', () => engine.status().lastProblem !== null);
    const offline = engine.status();
    expect(offline.lastProblemAt).toEqual(expect.any(String));
    expect(offline.lastSuccessAt).toBe(answeredAt);
    expect(stationHealth(offline, new Date()).problem).toBe(offline.lastProblem);

    sim.setFaults({ offline: false });
    await waitFor('answered again', () => stationHealth(engine.status(), new Date()).problem === null);
    await engine.stop();
    const back = engine.status();
    // The engine keeps its words for the CLI's log; the UI no longer shows them as current.
    expect(back.lastProblem).toBe(offline.lastProblem);
    expect(Date.parse(back.lastSuccessAt ?? '')).toBeGreaterThan(Date.parse(back.lastProblemAt ?? ''));
    // The same problem met again and again while offline kept the time it began.
    const times = new Set(
      seen.filter((s) => s.lastProblem === offline.lastProblem).map((s) => s.lastProblemAt),
    );
    expect(times).toEqual(new Set([offline.lastProblemAt]));
  });
});
