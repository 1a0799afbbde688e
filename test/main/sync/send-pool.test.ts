// The drain at the machine's speed: one durable commit per outcome (the claim of the next entry
// rides along), a rolling pool that keeps N requests in flight, and per-order FIFO that never lets
// two requests for one order overlap.
import { afterAll, beforeAll, beforeEach, describe, expect, onTestFinished } from 'vitest';
import { createEquipmeClient } from '../../../electron/main/api/index.ts';
import { openStationDb, type StationDb } from '../../../electron/main/db/index.ts';
import { listOutbox, outboxCounts } from '../../../electron/main/outbox/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { createSyncEngine, type SyncEngine } from '../../../electron/main/sync/sync-engine.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { enqueue, ordersIn, waitFor } from './engine-fixtures.ts';
import { walCommits } from './wal-commits.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 33, orders: 300 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

function engineFor(
  db: StationDb,
  concurrency: number,
  fetch: typeof globalThis.fetch = globalThis.fetch,
): SyncEngine {
  const engine = createSyncEngine({
    db,
    client: createEquipmeClient({ baseUrl: sim.url, apiKey: sim.apiKey, timeoutMs: 10_000, fetch }),
    concurrency,
    backoff: { baseMs: 20, capMs: 200 },
    idleMs: 20,
    pullIntervalMs: 0,
    // No heartbeat commit while a test counts commits.
    heartbeatMs: 600_000,
  });
  onTestFinished(() => engine.stop());
  return engine;
}

const shippable = (id: number) => sim.order(id)?.transactionType === 'order' && !sim.order(id)?.isPreorder;
const drained = (db: StationDb) => () => {
  const counts = outboxCounts(db);
  return counts.pending + counts.sending + counts.held === 0;
};
/** The order a request is about, from `/v1/fulfillment/orders/{id}[/transitions]`. */
const orderOf = (url: URL) => Number(/\/orders\/(\d+)/.exec(url.pathname)?.[1] ?? Number.NaN);

describe('drain', () => {
  test('each outcome is at most one durable commit, the next entry claimed in it', async ({ db, dbFile }) => {
    const engine = engineFor(db, 4);
    await engine.pull();
    const [chained, ...single] = ordersIn(sim, 'new', 7, shippable);
    if (!chained || single.length < 6) throw new Error('seed has too few new orders');
    engine.start();
    await waitFor('lease taken', () => engine.status().role === 'draining');

    db.pragma('wal_autocheckpoint = 0');
    db.pragma('wal_checkpoint(TRUNCATE)');
    enqueue(db, chained, 'process');
    enqueue(db, chained, 'process');
    for (const id of single) enqueue(db, id, 'process');
    const entries = 2 + single.length;
    expect(walCommits(dbFile), 'enqueue: one commit per entry').toBe(entries);

    engine.wake();
    await waitFor('outbox drained', drained(db));
    expect(outboxCounts(db).applied).toBe(entries);
    expect(sim.transitions()).toHaveLength(entries);
    // One commit claims the first four; after that an outcome is at most one commit, claiming the
    // next entries in it (outcomes that arrive together share one).
    expect(walCommits(dbFile) - entries).toBeLessThanOrEqual(entries + 1);
  });

  test('the pool keeps N requests in flight while other orders have work', async ({ db }) => {
    const N = 3;
    const orders = ordersIn(sim, 'new', 10, shippable);
    // Every request waits at the gate until N are waiting (or fewer, once fewer entries are left).
    const held: { release: () => void }[] = [];
    const requestsSeen = new Map<number, number>();
    const inFlightAtRelease: number[] = [];
    const activePerOrder = new Map<number, number>();
    let overlaps = 0;
    let gateOpen = false;
    let stalled: string | null = null;
    let stallTimer: ReturnType<typeof setTimeout> | undefined;
    // An entry for `process` makes three requests: look, send, look again for a second station.
    const unfinished = () => orders.filter((id) => (requestsSeen.get(id) ?? 0) < 3).length;
    const releaseWhileFull = () => {
      while (held.length > 0 && held.length >= Math.min(N, unfinished())) {
        inFlightAtRelease.push(held.length);
        held.shift()?.release();
      }
      clearTimeout(stallTimer);
      // Only a pool that stopped refilling leaves fewer than N waiting for good: say so, then let go.
      if (held.length > 0) {
        stallTimer = setTimeout(() => {
          stalled = `the pool stopped at ${held.length} request(s) in flight with ${unfinished()} entries left`;
          for (const request of held.splice(0)) request.release();
        }, 5_000);
      }
    };
    const gate: typeof globalThis.fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const orderId = orderOf(url);
      if (!gateOpen || Number.isNaN(orderId)) return fetch(input, init);
      if ((activePerOrder.get(orderId) ?? 0) > 0) overlaps++;
      activePerOrder.set(orderId, (activePerOrder.get(orderId) ?? 0) + 1);
      await new Promise<void>((release) => {
        held.push({ release });
        requestsSeen.set(orderId, (requestsSeen.get(orderId) ?? 0) + 1);
        releaseWhileFull();
      });
      try {
        return await fetch(input, init);
      } finally {
        activePerOrder.set(orderId, (activePerOrder.get(orderId) ?? 1) - 1);
      }
    };
    const engine = engineFor(db, N, gate);
    await engine.pull();
    for (const id of orders) enqueue(db, id, 'process');
    gateOpen = true;
    engine.start();
    await waitFor('outbox drained', drained(db), 30_000);
    clearTimeout(stallTimer);

    expect(stalled).toBeNull();
    expect(overlaps, 'two requests for one order at once').toBe(0);
    expect(inFlightAtRelease).toHaveLength(orders.length * 3);
    // The gate lets a request go only with N waiting (or every entry left): no stall means the pool
    // refilled each place at once. While N or more entries had work, that is 3 requests per entry.
    expect(inFlightAtRelease.filter((n) => n === N).length).toBeGreaterThanOrEqual(3 * (orders.length - N));
    expect(Math.max(...inFlightAtRelease)).toBe(N);
  }, 60_000);

  test('the next entry of an order starts only after its predecessor outcome is committed', async ({
    db,
    dbFile,
  }) => {
    const orders = ordersIn(sim, 'new', 3, shippable);
    // A second connection sees only what is committed.
    const reader = openStationDb(dbFile);
    onTestFinished(() => {
      reader.close();
    });
    const active = new Map<number, number>();
    const problems: string[] = [];
    const watch: typeof globalThis.fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const orderId = orderOf(url);
      if (!orders.includes(orderId)) return fetch(input, init);
      if ((active.get(orderId) ?? 0) > 0) problems.push(`order ${orderId}: two requests at once`);
      const states = listOutbox(reader, { orderId }).map((entry) => entry.state);
      const sending = states.indexOf('sending');
      if (sending < 0 || states.lastIndexOf('sending') !== sending) {
        problems.push(`order ${orderId}: ${states.join(',')} (exactly one entry must be claimed)`);
      } else if (!states.slice(0, sending).every((state) => state === 'applied')) {
        problems.push(`order ${orderId}: ${states.join(',')} (a predecessor is not committed as applied)`);
      }
      active.set(orderId, (active.get(orderId) ?? 0) + 1);
      try {
        return await fetch(input, init);
      } finally {
        active.set(orderId, (active.get(orderId) ?? 1) - 1);
      }
    };
    const engine = engineFor(db, 8, watch);
    await engine.pull();
    for (const id of orders) {
      enqueue(db, id, 'process');
      enqueue(db, id, 'process');
      enqueue(db, id, 'dispatchDelivery');
    }
    engine.start();
    await waitFor('outbox drained', drained(db), 30_000);

    expect(problems).toEqual([]);
    for (const id of orders) {
      expect(
        sim
          .transitions()
          .filter((t) => t.orderId === id)
          .map((t) => t.action),
      ).toEqual(['process', 'process', 'dispatchDelivery']);
    }
  }, 60_000);
  test('the pool starts 4 wide and widens to its maximum while entries apply', async ({ db, dbFile }) => {
    const orders = ordersIn(sim, 'new', 24, shippable);
    const reader = openStationDb(dbFile);
    onTestFinished(() => {
      reader.close();
    });
    // How many entries are claimed (committed as sending) when each attempt looks first.
    const claimedAtLook: number[] = [];
    const watch: typeof globalThis.fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if ((init?.method ?? 'GET') === 'GET' && orders.includes(orderOf(url))) {
        claimedAtLook.push(outboxCounts(reader).sending);
      }
      return fetch(input, init);
    };
    const engine = engineFor(db, 6, watch);
    await engine.pull();
    for (const id of orders) enqueue(db, id, 'process');
    engine.start();
    await waitFor('outbox drained', drained(db), 30_000);

    expect(claimedAtLook[0]).toBe(4);
    expect(Math.max(...claimedAtLook)).toBe(6);
    expect(sim.transitions()).toHaveLength(orders.length);
  }, 60_000);
});
