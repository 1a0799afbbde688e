// Equipme answers 403 on the transitions route both for a revoked key and for an order that "does
// not exist anymore" (spec). One such order must not stop the station.
import { afterAll, beforeAll, beforeEach, describe, expect } from 'vitest';
import { createEquipmeClient } from '../../../electron/main/api/index.ts';
import { getOrder, type StationDb } from '../../../electron/main/db/index.ts';
import { listOutbox, outboxCounts } from '../../../electron/main/outbox/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { createSyncEngine } from '../../../electron/main/sync/sync-engine.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { enqueue, ordersIn, waitFor } from './engine-fixtures.ts';
import { errorJson, interceptingFetch } from './intercept.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 5, orders: 300 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

function engineWith(db: StationDb, forbidden: (url: URL) => boolean) {
  const fetch = interceptingFetch(({ url }) =>
    forbidden(url)
      ? errorJson(403, 'Forbidden', 'Access denied or resource does not exist anymore.')
      : undefined,
  );
  return createSyncEngine({
    db,
    client: createEquipmeClient({ baseUrl: sim.url, apiKey: sim.apiKey, fetch, maxRateLimitWaits: 0 }),
    backoff: { baseMs: 20, capMs: 200 },
    probeIntervalMs: 50,
    idleMs: 10,
    pullIntervalMs: 0,
  });
}

describe('403 on one order', () => {
  test('fails that entry with words to act on, locks the order, and lets the others drain', async ({
    db,
  }) => {
    const ids = ordersIn(sim, 'new', 8);
    let gone = 0;
    const engine = engineWith(db, (url) => url.pathname.startsWith(`/v1/fulfillment/orders/${gone}/`));
    await engine.pull();
    gone = ids[3] as number;
    for (const id of ids) enqueue(db, id, 'process');
    engine.start();
    await waitFor('the outbox to settle', () => {
      const c = outboxCounts(db);
      return c.pending + c.sending === 0;
    });
    await engine.stop();

    expect(outboxCounts(db)).toMatchObject({ applied: 7, failed: 1 });
    expect(
      sim
        .transitions()
        .map((t) => t.orderId)
        .sort(),
    ).toEqual(ids.filter((id) => id !== gone).sort());
    const [failed] = listOutbox(db, { states: ['failed'] });
    expect(failed?.orderId).toBe(gone);
    expect(failed?.lastError?.message).toContain(
      `Equipme no longer gives this station access to order ${gone}`,
    );
    expect(getOrder(db, gone)?.lock).toMatchObject({ reason: 'gone' });
    expect(engine.status().alert).toBeNull();
  });

  test('pauses the station only when the list probe is refused too', async ({ db }) => {
    const [id] = ordersIn(sim, 'new', 1);
    let refuseAll = false;
    const engine = engineWith(db, (url) => refuseAll && url.pathname.startsWith('/v1/fulfillment/orders'));
    await engine.pull();
    enqueue(db, id as number, 'process');
    refuseAll = true;
    engine.start();
    await waitFor('the station alert', () => engine.status().alert !== null);
    expect(engine.status().alert?.code).toBe('api-key-rejected');
    // The attempt is given back, not failed: the step waits for the key.
    expect(listOutbox(db).map((e) => [e.state, e.attempts])).toEqual([['pending', 0]]);
    refuseAll = false;
    await waitFor('the entry to be applied', () => outboxCounts(db).applied === 1);
    await engine.stop();
  });
});
