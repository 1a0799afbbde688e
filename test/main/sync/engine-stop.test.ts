// Stopping the engine with a grace for sends: what is not a send (a pull, a probe, a wait) ends at
// once; a send held past the grace is abandoned, its entry left `sending` for the next run.
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { createEquipmeClient } from '../../../electron/main/api/index.ts';
import { listOutbox } from '../../../electron/main/outbox/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { createSyncEngine } from '../../../electron/main/sync/sync-engine.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { enqueue, ordersIn, waitFor } from './engine-fixtures.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 9, orders: 40 });
});
afterAll(() => sim.close());

/** A fetch that holds the requests `held` picks until they are aborted, and counts them. */
function holdingFetch(held: (url: URL, method: string) => boolean) {
  const holding = { count: 0 };
  const fetchThrough = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = (init?.method ?? 'GET').toUpperCase();
    if (!held(url, method)) return fetch(input, init);
    holding.count++;
    return new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => {
        holding.count--;
        reject(init.signal?.reason);
      });
    });
  };
  return { holding, fetch: fetchThrough as typeof fetch };
}

function engineOn(db: Parameters<typeof createSyncEngine>[0]['db'], fetchThrough: typeof fetch) {
  return createSyncEngine({
    db,
    client: createEquipmeClient({
      baseUrl: sim.url,
      apiKey: sim.apiKey,
      fetch: fetchThrough,
      timeoutMs: 60_000,
      maxRateLimitWaits: 0,
    }),
    backoff: { baseMs: 20, capMs: 200 },
    idleMs: 10,
  });
}

describe('stopping with a grace for sends', () => {
  test('a pull under way ends at once: the grace is for sends only', async ({ db }) => {
    const list = holdingFetch((url) => url.pathname === '/v1/fulfillment/orders');
    const engine = engineOn(db, list.fetch);
    engine.start();
    await waitFor('the pull to be on the wire', () => list.holding.count === 1);
    await engine.stop({ graceMs: 600_000 });
    expect(list.holding.count).toBe(0);
    expect(engine.status().role).toBe('stopped');
  }, 20_000);

  test('a send held past the grace is left `sending`, and nothing else was claimed', async ({ db }) => {
    const posts = holdingFetch((url, method) => method === 'POST' && url.pathname.endsWith('/transitions'));
    const engine = engineOn(db, posts.fetch);
    await engine.pull();
    const [first, second] = ordersIn(sim, 'new', 2);
    if (first === undefined || second === undefined) throw new Error('the seed has too few new orders');
    enqueue(db, first, 'process');
    engine.start();
    await waitFor('the POST to be on the wire', () => posts.holding.count === 1);
    const stopping = engine.stop({ graceMs: 50 });
    // Enqueued while closing: the engine claims it no more.
    enqueue(db, second, 'process');
    engine.wake();
    await stopping;
    expect(listOutbox(db).map((entry) => [entry.orderId, entry.state])).toEqual([
      [first, 'sending'],
      [second, 'pending'],
    ]);
    expect(sim.transitions()).toEqual([]);
  }, 20_000);
});
