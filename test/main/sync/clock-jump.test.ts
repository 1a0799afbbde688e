// The wall clock can jump back (NTP, a dead CMOS battery, a supervisor fixing the time). Retry times
// set before the jump must not stall the outbox for as long as the jump.
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { createEquipmeClient } from '../../../electron/main/api/index.ts';
import { listOutbox, outboxCounts } from '../../../electron/main/outbox/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { createSyncEngine } from '../../../electron/main/sync/sync-engine.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { enqueue, ordersIn, waitFor } from './engine-fixtures.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 3, orders: 60 });
});
afterAll(() => sim.close());

describe('the clock jumps back', () => {
  test('an entry waiting out a backoff is sent soon after, not an hour later', async ({ db }) => {
    let offsetMs = 0;
    const now = () => new Date(Date.now() + offsetMs);
    const engine = createSyncEngine({
      db,
      client: createEquipmeClient({ baseUrl: sim.url, apiKey: sim.apiKey, maxRateLimitWaits: 0 }),
      backoff: { baseMs: 2_000, capMs: 5_000 },
      idleMs: 10,
      probeIntervalMs: 50,
      pullIntervalMs: 0,
      now,
    });
    await engine.pull();
    const [id] = ordersIn(sim, 'new', 1);
    enqueue(db, id as number, 'process');
    // The server fails (the station stays online): the entry waits out a backoff.
    sim.setFaults({ error5xx: 1 });
    engine.start();
    await waitFor('a retry to be scheduled', () => (listOutbox(db)[0]?.attempts ?? 0) >= 1);
    offsetMs = -60 * 60_000;
    sim.setFaults({ error5xx: 0 });
    await waitFor('the entry to be applied', () => outboxCounts(db).applied === 1, 8_000);
    await engine.stop();
    expect(sim.transitions()).toHaveLength(1);
  });
});
