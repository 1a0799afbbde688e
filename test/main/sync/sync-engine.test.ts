import { afterAll, beforeAll, beforeEach, describe, expect } from 'vitest';
import { createEquipmeClient } from '../../../electron/main/api/index.ts';
import { getOrder, listAudit } from '../../../electron/main/db/index.ts';
import { listOutbox, markSending, outboxCounts } from '../../../electron/main/outbox/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { createSyncEngine } from '../../../electron/main/sync/sync-engine.ts';
import type { SyncStatus } from '../../../shared/domain/sync-status.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { enqueue, ordersIn, testEngine, waitFor } from './engine-fixtures.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 21, orders: 300 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const settled = (db: Parameters<typeof outboxCounts>[0]) => () => {
  const c = outboxCounts(db);
  return c.pending + c.sending === 0;
};

describe('sync engine', () => {
  test('pulls open orders, then drains per-order FIFO, each transition applied once', async ({ db }) => {
    const engine = testEngine(db, sim);
    const pulled = await engine.pull();
    expect(pulled.ok && pulled.value.orders).toBe(
      sim.orderIds().filter((id) => !['processed', 'cancelled'].includes(sim.order(id)?.status ?? '')).length,
    );
    const [a, b] = ordersIn(
      sim,
      'new',
      2,
      (id) => sim.order(id)?.transactionType === 'order' && !sim.order(id)?.isPreorder,
    );
    if (!a || !b) throw new Error('seed has no new orders');
    enqueue(db, a, 'process');
    enqueue(db, a, 'process');
    enqueue(db, a, 'dispatchDelivery');
    enqueue(db, b, 'cancel');
    expect(getOrder(db, a)?.effectiveStatus).toBe('in-delivery-outbound');

    engine.start();
    await waitFor('outbox drained', settled(db));
    await engine.stop();

    const log = sim.transitions();
    expect(log.filter((t) => t.orderId === a).map((t) => t.action)).toEqual([
      'process',
      'process',
      'dispatchDelivery',
    ]);
    expect(log.filter((t) => t.orderId === b).map((t) => t.to)).toEqual(['cancelled']);
    expect(outboxCounts(db).applied).toBe(4);
    expect(getOrder(db, a)?.serverStatus).toBe('in-delivery-outbound');
  });

  test('keeps working offline and drains when the network returns', async ({ db }) => {
    const engine = testEngine(db, sim, 500);
    await engine.pull();
    const ids = ordersIn(sim, 'new', 3);
    sim.setFaults({ offline: true });
    const seen: SyncStatus[] = [];
    engine.onStatus((s) => seen.push(s));
    engine.start();
    for (const id of ids) enqueue(db, id, 'process');
    engine.wake();
    await waitFor('offline noticed', () => engine.status().connectivity === 'offline');
    expect(sim.transitions()).toEqual([]);
    expect(listOutbox(db, { states: ['failed'] })).toEqual([]);

    sim.setFaults({ offline: false });
    await waitFor('outbox drained', settled(db));
    await engine.stop();
    expect(seen.some((s) => s.connectivity === 'online')).toBe(true);
    expect(
      sim
        .transitions()
        .map((t) => t.orderId)
        .sort(),
    ).toEqual([...ids].sort());
  });

  test('an applied-then-dropped POST is reconciled by GET, never sent twice', async ({ db }) => {
    const engine = testEngine(db, sim);
    await engine.pull();
    const [id] = ordersIn(sim, 'new', 1, (i) => sim.order(i)?.transactionType === 'order');
    if (!id) throw new Error('no order');
    sim.setFaults({ dropAfterApply: 1 });
    enqueue(db, id, 'process');
    engine.start();
    await waitFor('applied', () => outboxCounts(db).applied === 1);
    await engine.stop();
    expect(sim.transitions().filter((t) => t.orderId === id)).toHaveLength(1);
    const [entry] = listOutbox(db, { orderId: id });
    expect(entry?.attempts).toBe(1);
  });

  test('5xx before applying: resent after the GET shows the old status', async ({ db }) => {
    const engine = testEngine(db, sim);
    await engine.pull();
    const [id] = ordersIn(sim, 'new', 1);
    if (!id) throw new Error('no order');
    sim.setFaults({ error5xx: 1 });
    enqueue(db, id, 'process');
    engine.start();
    await waitFor('a failed attempt', () => (listOutbox(db, { orderId: id })[0]?.attempts ?? 0) >= 1);
    sim.setFaults({ error5xx: 0 });
    await waitFor('applied', () => outboxCounts(db).applied === 1);
    await engine.stop();
    expect(sim.transitions().filter((t) => t.orderId === id)).toHaveLength(1);
  });

  test('another station moved the order: a first-hand 409 fails as taken elsewhere', async ({ db }) => {
    const engine = testEngine(db, sim);
    await engine.pull();
    const [id] = ordersIn(sim, 'new', 1);
    if (!id) throw new Error('no order');
    enqueue(db, id, 'process');
    enqueue(db, id, 'process');
    // The other station claims it first.
    const res = await fetch(`${sim.url}/v1/fulfillment/orders/${id}/transitions`, {
      method: 'POST',
      headers: { 'X-API-KEY': sim.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'process' }),
    });
    expect(res.status).toBe(204);
    engine.start();
    await waitFor('failed', () => outboxCounts(db).failed === 1);
    await engine.stop();
    const [first, second] = listOutbox(db, { orderId: id });
    expect(first?.state).toBe('failed');
    expect(first?.lastError?.message).toMatch(/^Taken or changed elsewhere.*inprocess/);
    expect(second?.state).toBe('held');
    expect(sim.transitions()).toHaveLength(1);
  });

  test('two stations claim one order while offline: the later one is told it lost', async ({ db, dbDir }) => {
    const { openStationDb } = await import('../../../electron/main/db/index.ts');
    const other = openStationDb(`${dbDir}/other-station.db`);
    const [first, second] = [testEngine(db, sim), testEngine(other, sim)];
    await Promise.all([first.pull(), second.pull()]);
    const [id] = ordersIn(sim, 'new', 1);
    if (!id) throw new Error('no order');
    // Both packers press Process; the first station's network comes back first.
    enqueue(db, id, 'process');
    enqueue(other, id, 'process');
    first.start();
    await waitFor('first applied', () => outboxCounts(db).applied === 1);
    second.start();
    await waitFor('second settled', settled(other));
    await Promise.all([first.stop(), second.stop()]);
    const [lost] = listOutbox(other);
    expect(lost?.state).toBe('failed');
    expect(lost?.lastError?.message).toMatch(/^Taken or changed elsewhere.*inprocess/);
    // process is valid in inprocess too: a blind resend would have moved the order to ready-for-delivery.
    expect(sim.transitions()).toHaveLength(1);
    expect(sim.order(id)?.status).toBe('inprocess');
    other.close();
  });

  test('a rejected API key pauses all sync with an alert, without burning attempts', async ({ db }) => {
    const engine = testEngine(db, sim);
    await engine.pull();
    const [id] = ordersIn(sim, 'new', 1);
    if (!id) throw new Error('no order');
    sim.setFaults({ unauthorized: true });
    enqueue(db, id, 'process');
    engine.start();
    await waitFor('alert', () => engine.status().alert !== null);
    expect(engine.status().alert?.code).toBe('api-key-rejected');
    const [entry] = listOutbox(db, { orderId: id });
    expect(entry?.state).toBe('pending');
    expect(entry?.attempts).toBe(0);
    expect(listAudit(db, { limit: 50 }).some((a) => a.kind === 'sync-paused')).toBe(true);

    sim.setFaults({ unauthorized: false });
    await waitFor('applied', () => outboxCounts(db).applied === 1);
    expect(engine.status().alert).toBeNull();
    await engine.stop();
  });

  test('429 pauses the pool until Retry-After, then drains', async ({ db }) => {
    const engine = testEngine(db, sim);
    await engine.pull();
    const ids = ordersIn(sim, 'new', 2);
    sim.setFaults({ rate429: 1 });
    for (const id of ids) enqueue(db, id, 'process');
    engine.start();
    await waitFor('rate limited', () => engine.status().rateLimitedUntil !== null);
    sim.setFaults({ rate429: 0 });
    await waitFor('drained', settled(db));
    await engine.stop();
    expect(sim.transitions()).toHaveLength(2);
  });

  test('after a crash mid-send the entry is checked first: applied ones are not resent', async ({ db }) => {
    const engine = testEngine(db, sim);
    await engine.pull();
    const [sent, unsent] = ordersIn(sim, 'new', 2, (i) => sim.order(i)?.transactionType === 'order');
    if (!sent || !unsent) throw new Error('no orders');
    const a = enqueue(db, sent, 'process');
    const b = enqueue(db, unsent, 'process');
    // A previous run claimed both and died; only the first POST had reached the server.
    markSending(db, a.id, new Date());
    markSending(db, b.id, new Date());
    await fetch(`${sim.url}/v1/fulfillment/orders/${sent}/transitions`, {
      method: 'POST',
      headers: { 'X-API-KEY': sim.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'process' }),
    });
    engine.start();
    await waitFor('drained', settled(db));
    await engine.stop();
    expect(outboxCounts(db).applied).toBe(2);
    expect(sim.transitions().filter((t) => t.orderId === sent)).toHaveLength(1);
    expect(sim.transitions().filter((t) => t.orderId === unsent)).toHaveLength(1);
  });

  test('only one process drains a database: the second engine stands by', async ({ db, dbFile }) => {
    const { openStationDb } = await import('../../../electron/main/db/index.ts');
    const second = openStationDb(dbFile);
    const first = testEngine(db, sim);
    const standby = testEngine(second, sim);
    first.start();
    await waitFor('first drains', () => first.status().role === 'draining');
    standby.start();
    await waitFor('second stands by', () => standby.status().role === 'standby');
    await first.stop();
    await waitFor('second takes over', () => standby.status().role === 'draining');
    await standby.stop();
    second.close();
  });
});

describe('sync engine, edge cases', () => {
  test('an order the server sends in an invalid shape fails the entry, never cached', async ({ db }) => {
    const engine0 = testEngine(db, sim);
    await engine0.pull();
    const [id] = ordersIn(sim, 'new', 1);
    if (!id) throw new Error('no order');
    enqueue(db, id, 'process');
    const client = createEquipmeClient({ baseUrl: sim.url, apiKey: sim.apiKey });
    const engine = createSyncEngine({
      db,
      client: {
        ...client,
        getOrder: async () => ({
          ok: false,
          error: {
            kind: 'invalid-response',
            retryable: true,
            delivery: 'answered',
            status: 200,
            issues: ['status: unknown value shipped'],
            message: 'Equipme sent order data that does not match the spec: status: unknown value shipped.',
          },
        }),
      },
      backoff: { baseMs: 20, capMs: 200 },
      idleMs: 20,
      pullIntervalMs: 0,
    });
    engine.start();
    await waitFor('failed', () => outboxCounts(db).failed === 1);
    await engine.stop();
    expect(listOutbox(db, { orderId: id })[0]?.lastError?.message).toContain('status: unknown value shipped');
    expect(getOrder(db, id)?.serverStatus).toBe('new');
    expect(sim.transitions()).toEqual([]);
  });

  test('a cold start offline works from the cache: queue, enqueue, effective status', async ({ db }) => {
    await testEngine(db, sim).pull();
    sim.setFaults({ offline: true });
    const engine = testEngine(db, sim, 300);
    engine.start();
    const [id] = ordersIn(sim, 'new', 1);
    if (!id) throw new Error('no order');
    const entry = enqueue(db, id, 'process');
    expect(entry.state).toBe('pending');
    expect(getOrder(db, id)?.effectiveStatus).toBe('inprocess');
    // The failed attempt's outcome is committed with the others of its turn, just after the
    // connectivity changes: wait for both, the step back in line and nothing lost.
    await waitFor(
      'offline noticed, the step back in line',
      () => engine.status().connectivity === 'offline' && outboxCounts(db).pending === 1,
    );
    expect(outboxCounts(db)).toMatchObject({ pending: 1, sending: 0, applied: 0, failed: 0 });
    await engine.stop();
  });
});
