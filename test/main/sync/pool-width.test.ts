// The pool's width follows what the network and the server allow: it widens one place per applied
// entry at first (doubling per round of answers), then one place per round once the server
// struggled, and halves on a 429. Counted, never timed.
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { createEquipmeClient } from '../../../electron/main/api/index.ts';
import { openStationDb, type StationDb } from '../../../electron/main/db/index.ts';
import { outboxCounts } from '../../../electron/main/outbox/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { DEFAULT_MAX_WIDTH, poolWidth, START_WIDTH } from '../../../electron/main/sync/pool-width.ts';
import type { AttemptOutcome } from '../../../electron/main/sync/send-entry.ts';
import { createSyncEngine } from '../../../electron/main/sync/sync-engine.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { enqueue, ordersIn, waitFor } from './engine-fixtures.ts';

const applied: AttemptOutcome = { result: 'applied' };

describe('poolWidth', () => {
  it('doubles per round of applied entries up to its maximum', () => {
    const width = poolWidth(32);
    const rounds: number[] = [width.current()];
    while (width.current() < 32) {
      // One round: every place in flight comes back applied.
      for (let i = rounds.at(-1) ?? 0; i > 0; i--) width.after(applied);
      rounds.push(width.current());
    }
    expect(rounds).toEqual([START_WIDTH, 8, 16, 32]);
    for (let i = 0; i < 100; i++) width.after(applied);
    expect(width.current()).toBe(32);
  });

  it('after an answer to retry it grows one place per round; a 429 halves it', () => {
    const width = poolWidth(64);
    for (let i = 0; i < 12; i++) width.after(applied);
    expect(width.current()).toBe(16);
    width.after({ result: 'retry' });
    for (let i = 0; i < 15; i++) width.after(applied);
    expect(width.current()).toBe(16);
    width.after(applied);
    expect(width.current()).toBe(17);
    width.after({ result: 'rate-limited', retryAfterMs: 1000 });
    expect(width.current()).toBe(8);
    for (let i = 0; i < 8; i++) width.after(applied);
    expect(width.current()).toBe(9);
    // A failed entry is the order's business, not the network's: it only restarts the count.
    width.after({ result: 'failed' });
    for (let i = 0; i < 8; i++) width.after(applied);
    expect(width.current()).toBe(9);
    for (let i = 0; i < 30; i++) width.after({ result: 'rate-limited', retryAfterMs: 1000 });
    expect(width.current()).toBe(1);
  });
});

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 34, orders: 900 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const shippable = (id: number) => sim.order(id)?.transactionType === 'order' && !sim.order(id)?.isPreorder;

/** Drains `count` fresh `process` steps; how many entries were claimed each time an attempt looked. */
async function claimedAtEachLook(db: StationDb, dbFile: string, count: number, concurrency?: number) {
  const orders = ordersIn(sim, 'new', count, shippable);
  if (orders.length < count) throw new Error(`seed has ${orders.length} new orders, not ${count}`);
  const reader = openStationDb(dbFile);
  onTestFinished(() => {
    reader.close();
  });
  const claimed: number[] = [];
  const orderOf = (url: URL) => Number(/\/orders\/(\d+)$/.exec(url.pathname)?.[1] ?? Number.NaN);
  const watch: typeof globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if ((init?.method ?? 'GET') === 'GET' && orders.includes(orderOf(url))) {
      claimed.push(outboxCounts(reader).sending);
    }
    return fetch(input, init);
  };
  const engine = createSyncEngine({
    db,
    client: createEquipmeClient({ baseUrl: sim.url, apiKey: sim.apiKey, timeoutMs: 10_000, fetch: watch }),
    ...(concurrency === undefined ? {} : { concurrency }),
    backoff: { baseMs: 20, capMs: 200 },
    idleMs: 20,
    pullIntervalMs: 0,
  });
  onTestFinished(() => engine.stop());
  await engine.pull();
  for (const id of orders) enqueue(db, id, 'process');
  engine.start();
  await waitFor('outbox drained', () => outboxCounts(db).applied === count, 60_000);
  expect(sim.transitions()).toHaveLength(count);
  return claimed;
}

describe('the engine', () => {
  test('widens one place per applied entry at first: 12 wide within 24 entries', async ({ db, dbFile }) => {
    const claimed = await claimedAtEachLook(db, dbFile, 24, 12);
    expect(claimed[0]).toBe(START_WIDTH);
    expect(Math.max(...claimed)).toBe(12);
  }, 60_000);

  test(`keeps up to ${DEFAULT_MAX_WIDTH} in flight by default`, async ({ db, dbFile }) => {
    // Three widths of entries: outcomes that share a commit widen the pool only after that commit's
    // claims, so on a loaded machine (many outcomes per commit) the pool is full late in the drain.
    const claimed = await claimedAtEachLook(db, dbFile, DEFAULT_MAX_WIDTH * 3);
    expect(Math.max(...claimed)).toBe(DEFAULT_MAX_WIDTH);
  }, 60_000);
});
