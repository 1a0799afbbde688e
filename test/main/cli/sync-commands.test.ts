// pull and sync against the real simulator: the outbox reaches Equipme exactly once, or says why not.
import { afterAll, beforeAll, beforeEach, describe, expect } from 'vitest';
import type { StationDb } from '../../../electron/main/db/index.ts';
import type { OutboxEntry } from '../../../electron/main/outbox/index.ts';
import { listOutbox } from '../../../electron/main/outbox/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import type { FulfillmentAction } from '../../../shared/api/equipme.ts';
import { OPEN_STATUSES } from '../../../shared/domain/lifecycle.ts';
import { station } from '../../fixtures/cli.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 5, orders: 300 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const envFor = (dbFile: string): NodeJS.ProcessEnv => ({
  STATION_DB: dbFile,
  STATION_OPERATOR: 'ana',
  STATION_API_URL: sim.url,
  STATION_API_KEY: sim.apiKey,
});

/** New shipping orders (process twice leads to ready-for-delivery). */
function newOrders(count: number): number[] {
  const ids = sim.orderIds().filter((id) => {
    const order = sim.order(id);
    return order?.status === 'new' && order.transactionType === 'order' && !order.isPreorder;
  });
  expect(ids.length).toBeGreaterThanOrEqual(count);
  return ids.slice(0, count);
}

async function pullAndQueue(dbFile: string, steps: [number, FulfillmentAction][]): Promise<void> {
  expect((await station(['pull'], envFor(dbFile))).code).toBe(0);
  for (const [orderId, action] of steps) {
    expect((await station(['transition', String(orderId), action], envFor(dbFile))).code).toBe(0);
  }
}

/** What the simulator applied, per order, in order. */
function appliedPerOrder(): Map<number, string[]> {
  const applied = new Map<number, string[]>();
  for (const t of sim.transitions()) applied.set(t.orderId, [...(applied.get(t.orderId) ?? []), t.action]);
  return applied;
}

const states = (db: StationDb) => listOutbox(db).map((entry) => entry.state);

describe('station pull', () => {
  test('fills the cache with every open order', async ({ db, dbFile }) => {
    const open = sim.orderIds().filter((id) => {
      const status = sim.order(id)?.status;
      return status !== undefined && OPEN_STATUSES.includes(status);
    });
    const run = await station(['pull'], envFor(dbFile));
    expect(run).toMatchObject({
      code: 0,
      stdout: `pulled ${open.length} open orders, 0 closed, 0 conflicts\n`,
    });
    expect(db.prepare('SELECT count(*) FROM orders').pluck().get()).toBe(open.length);

    const json = await station(['pull', '--json'], envFor(dbFile));
    expect(JSON.parse(json.stdout)).toEqual({ orders: open.length, rejected: [], closed: 0, conflicts: [] });
  });

  test('fails with the API error when the key is rejected', async ({ dbFile }) => {
    const run = await station(['pull'], { ...envFor(dbFile), STATION_API_KEY: 'wrong' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('rejected the API key: pass the right one with --api-key');
  });
});

describe('station sync --until-empty', () => {
  test('drains the outbox: the simulator applies exactly the queued transitions, in order', async ({
    db,
    dbFile,
  }) => {
    const [a = 0, b = 0] = newOrders(2);
    await pullAndQueue(dbFile, [
      [a, 'process'],
      [b, 'process'],
      [a, 'process'],
    ]);
    const run = await station(['sync', '--until-empty', '--timeout', '20'], envFor(dbFile));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('the outbox is empty: every change reached Equipme or was discarded\n');
    expect(appliedPerOrder()).toEqual(
      new Map([
        [a, ['process', 'process']],
        [b, ['process']],
      ]),
    );
    expect(sim.transitions()).toHaveLength(3);
    expect(states(db)).toEqual(['applied', 'applied', 'applied']);
    expect(sim.order(a)?.status).toBe('ready-for-delivery');
  });

  test('applies each transition exactly once through 5xx answers and dropped connections', async ({
    db,
    dbFile,
  }) => {
    const ids = newOrders(3);
    await pullAndQueue(
      dbFile,
      ids.flatMap((id): [number, FulfillmentAction][] => [
        [id, 'process'],
        [id, 'process'],
      ]),
    );
    sim.setFaults({ error5xx: 0.3, dropAfterApply: 0.4 });
    const run = await station(['sync', '--until-empty', '--timeout', '50'], envFor(dbFile));
    sim.setFaults({ error5xx: 0, dropAfterApply: 0 });
    expect(run.code, run.stderr).toBe(0);
    expect(appliedPerOrder()).toEqual(new Map(ids.map((id) => [id, ['process', 'process']])));
    expect(states(db).every((state) => state === 'applied')).toBe(true);
    expect(listOutbox(db).some((entry) => entry.attempts > 1)).toBe(true);
  }, 60_000);

  test('gives up with exit 3 on timeout or interrupt while the API is unreachable; entries stay pending', async ({
    db,
    dbFile,
  }) => {
    const [a = 0] = newOrders(1);
    await pullAndQueue(dbFile, [[a, 'process']]);
    sim.setFaults({ offline: true });
    const run = await station(['sync', '--until-empty', '--timeout', '1'], envFor(dbFile));
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('timed out with 1 entry unsettled');
    expect(run.stderr).toContain('sync: offline');
    const interrupted = await station(['sync', '--until-empty'], envFor(dbFile), AbortSignal.timeout(300));
    expect(interrupted.code).toBe(3);
    expect(interrupted.stderr).toContain('interrupted with 1 entry unsettled');
    sim.setFaults({ offline: false });
    expect(states(db)).toEqual(['pending']);
    expect(sim.transitions()).toEqual([]);
  });

  test('stops with exit 1 naming the conflict when the order was moved elsewhere; discard clears it', async ({
    db,
    dbFile,
  }) => {
    const [a = 0] = newOrders(1);
    await pullAndQueue(dbFile, [[a, 'process']]);
    const elsewhere = await fetch(`${sim.url}/v1/fulfillment/orders/${a}/transitions`, {
      method: 'POST',
      headers: { 'X-API-KEY': sim.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'cancel' }),
    });
    expect(elsewhere.status).toBe(204);

    const run = await station(['sync', '--until-empty', '--timeout', '20'], envFor(dbFile));
    expect(run.code).toBe(1);
    const [entry] = listOutbox(db) as [OutboxEntry];
    expect(entry.state).toBe('failed');
    expect(run.stderr).toContain('1 change cannot be sent until someone acts');
    expect(run.stderr).toContain(`${entry.id}: order ${a} process new → inprocess: `);
    expect(run.stderr).toMatch(/moved this order to cancelled/);
    expect(sim.transitions().map((t) => t.action)).toEqual(['cancel']);

    const discard = await station(
      ['discard', entry.id, '--reason', 'cancelled by the customer'],
      envFor(dbFile),
    );
    expect(discard.code).toBe(0);
    const again = await station(['sync', '--until-empty', '--timeout', '20'], envFor(dbFile));
    expect(again.code).toBe(0);
  });

  test('stops with exit 1 and the alert when the API key is rejected', async ({ db, dbFile }) => {
    const [a = 0] = newOrders(1);
    await pullAndQueue(dbFile, [[a, 'process']]);
    const run = await station(['sync', '--until-empty', '--timeout', '20'], {
      ...envFor(dbFile),
      STATION_API_KEY: 'revoked',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`sync is paused: Equipme at ${sim.url}/ rejected the API key`);
    expect(states(db)).toEqual(['pending']);
  });

  test('refuses --timeout without --until-empty; help documents exit code 3', async ({ dbFile }) => {
    const run = await station(['sync', '--timeout', '5'], envFor(dbFile));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--timeout only applies with --until-empty');
    expect((await station(['help'])).stdout).toContain('3 sync --until-empty stopped');
  });
});

describe('station sync', () => {
  test('runs until interrupted, sending what is queued, and exits 0', async ({ db, dbFile }) => {
    const [a = 0] = newOrders(1);
    await pullAndQueue(dbFile, [[a, 'process']]);
    const controller = new AbortController();
    const running = station(['sync'], envFor(dbFile), controller.signal);
    await expect.poll(() => sim.transitions().length, { timeout: 10_000 }).toBe(1);
    controller.abort();
    const run = await running;
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/sync: online, draining; 0 pending, 0 sending, 0 held, 0 failed, 1 applied/);
    expect(states(db)).toEqual(['applied']);
  });
});
