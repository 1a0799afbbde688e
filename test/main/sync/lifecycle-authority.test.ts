// Equipme is the authority, our lifecycle table an assumption. What the station does when they
// disagree, when someone else moves an order, and when Equipme sends a status we do not know.
import { afterAll, beforeAll, beforeEach, describe, expect } from 'vitest';
import { createEquipmeClient } from '../../../electron/main/api/index.ts';
import { getOrder, getStationId, listAudit, type StationDb } from '../../../electron/main/db/index.ts';
import { enqueueTransition, listOutbox, outboxCounts } from '../../../electron/main/outbox/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { orderDetail } from '../../../electron/main/station/order-detail.ts';
import { createSyncEngine } from '../../../electron/main/sync/sync-engine.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { enqueue, ordersIn, waitFor } from './engine-fixtures.ts';
import { errorJson, type Intercept, interceptingFetch } from './intercept.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 17, orders: 300 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const portal = () => createEquipmeClient({ baseUrl: sim.url, apiKey: sim.apiKey });
const shipping = (id: number) => sim.order(id)?.transactionType === 'order' && !sim.order(id)?.isPreorder;

function engineWith(
  db: StationDb,
  intercept: Intercept = () => undefined,
  after?: (url: URL, method: string) => Promise<void>,
) {
  return createSyncEngine({
    db,
    client: createEquipmeClient({
      baseUrl: sim.url,
      apiKey: sim.apiKey,
      fetch: interceptingFetch(intercept, after),
    }),
    backoff: { baseMs: 20, capMs: 200 },
    probeIntervalMs: 50,
    idleMs: 10,
    pullIntervalMs: 0,
  });
}

async function drain(db: StationDb, engine: ReturnType<typeof engineWith>): Promise<void> {
  engine.start();
  await waitFor('the outbox to settle', () => {
    const c = outboxCounts(db);
    return c.pending + c.sending === 0;
  });
  await engine.stop();
}

describe('Equipme and our lifecycle table', () => {
  test('an order cancelled elsewhere before our step is sent: the step fails and the order is locked', async ({
    db,
  }) => {
    const engine = engineWith(db);
    await engine.pull();
    const [id] = ordersIn(sim, 'new', 1, shipping);
    enqueue(db, id as number, 'process');
    enqueue(db, id as number, 'process');
    await portal().postTransition(id as number, { action: 'cancel' });
    await drain(db, engine);
    expect(listOutbox(db).map((e) => e.state)).toEqual(['failed', 'held']);
    expect(getOrder(db, id as number)?.lock).toMatchObject({
      reason: 'conflict',
      serverStatus: 'cancelled',
      expected: 'new',
    });
    expect(
      sim
        .transitions()
        .filter((t) => t.orderId === id)
        .map((t) => t.action),
    ).toEqual(['cancel']);
  });

  test("a 409 on a move the table allows is recorded as a table disagreement, with Equipme's words", async ({
    db,
  }) => {
    const [id] = ordersIn(sim, 'new', 1, shipping);
    const engine = engineWith(db, ({ method, url }) =>
      method === 'POST' && url.pathname.endsWith(`/${id}/transitions`)
        ? errorJson(409, 'OrderOnHold', 'The order is on hold for a credit check.', {
            reason: 'credit-check',
          })
        : undefined,
    );
    await engine.pull();
    enqueue(db, id as number, 'process');
    await drain(db, engine);
    const [entry] = listOutbox(db);
    expect(entry?.state).toBe('failed');
    expect(entry?.lastError?.message).toMatch(/on hold for a credit check/);
    expect(entry?.lastError?.details).toBe('reason: credit-check');
    const [disagreement] = listAudit(db, { kind: 'table-disagreement', limit: 5 });
    expect(disagreement).toMatchObject({
      orderId: id,
      detail: {
        kind: 'refused',
        action: 'process',
        status: 'new',
        serverMessage: 'The order is on hold for a credit check.',
      },
    });
  });

  test('an action a supervisor sends outside the table takes the status Equipme reports, and is recorded', async ({
    db,
  }) => {
    const [id] = ordersIn(sim, 'new', 1, shipping);
    // Equipme accepts a move our table does not know: it answers 204 and the order shows where it went.
    let accepted = false;
    const engine = engineWith(db, async ({ method, url }) => {
      if (method === 'POST' && url.pathname.endsWith(`/${id}/transitions`)) {
        accepted = true;
        await portal().postTransition(id as number, { action: 'cancel' });
        return new Response(null, { status: 204 });
      }
      return undefined;
    });
    await engine.pull();
    const queued = enqueueTransition(db, {
      orderId: id as number,
      action: 'completeReturnDecommission',
      operator: 'Sam',
      stationId: getStationId(db),
      now: new Date(),
      offTable: true,
    });
    expect(queued.ok && queued.value).toMatchObject({
      offTable: true,
      statusBefore: 'new',
      expectedAfter: 'new',
    });
    await drain(db, engine);
    expect(accepted).toBe(true);
    expect(listOutbox(db).map((e) => e.state)).toEqual(['applied']);
    expect(getOrder(db, id as number)).toMatchObject({ serverStatus: 'cancelled', lock: null });
    expect(listAudit(db, { kind: 'table-disagreement', limit: 1 })[0]?.detail).toMatchObject({
      kind: 'accepted',
      action: 'completeReturnDecommission',
      serverStatus: 'cancelled',
    });
  });

  test('another station moves the order at the same moment: after our 204 we look again and lock it', async ({
    db,
  }) => {
    const [id] = ordersIn(sim, 'new', 1, shipping);
    // The other station's `process` lands right after ours: new → inprocess → ready-for-delivery.
    const engine = engineWith(db, undefined, async (url, method) => {
      if (method === 'POST' && url.pathname.endsWith(`/${id}/transitions`)) {
        await portal().postTransition(id as number, { action: 'process' });
      }
    });
    await engine.pull();
    enqueue(db, id as number, 'process');
    await drain(db, engine);
    expect(sim.order(id as number)?.status).toBe('ready-for-delivery');
    expect(listOutbox(db).map((e) => e.state)).toEqual(['applied']);
    expect(getOrder(db, id as number)?.lock).toMatchObject({
      reason: 'race',
      serverStatus: 'ready-for-delivery',
      expected: 'inprocess',
    });
    expect(listAudit(db, { orderId: id as number, kind: 'order-locked', limit: 1 })).toHaveLength(1);
  });
});

describe('a status a newer Equipme added', () => {
  test('keeps the order, shows the value, offers no action, and logs the value once', async ({ db }) => {
    const [id] = ordersIn(sim, 'new', 1, shipping);
    const engine = engineWith(db, async ({ method, url }) => {
      if (method !== 'GET' || url.pathname !== '/v1/fulfillment/orders') return undefined;
      const real = await fetch(url, { headers: { 'X-API-KEY': sim.apiKey } });
      const body = (await real.json()) as { items: { id: number; status: string }[] };
      for (const item of body.items) if (item.id === id) item.status = 'on-hold';
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    });
    const first = await engine.pull();
    expect(first.ok && first.value.rejected).toEqual([]);
    await engine.pull();
    expect(getOrder(db, id as number)).toMatchObject({
      serverStatus: 'on-hold',
      effectiveStatus: 'on-hold',
      closed: false,
    });
    const detail = orderDetail(db, id as number, { online: true, instructionKeys: [] });
    expect(detail?.allowedActions).toEqual([]);
    expect(detail?.supervisorActions).toEqual([]);
    expect(detail?.unknownReason).toMatch(/status 'on-hold'/);
    expect(detail?.unknownValues).toEqual([{ field: 'status', value: 'on-hold' }]);
    const logged = listAudit(db, { kind: 'unknown-value', limit: 10 });
    expect(logged.map((r) => r.detail)).toEqual([{ field: 'status', value: 'on-hold' }]);
    expect(
      enqueueTransition(db, {
        orderId: id as number,
        action: 'process',
        operator: 'Ana',
        stationId: 's',
        now: new Date(),
      }),
    ).toMatchObject({ ok: false, error: { code: 'transition-invalid', message: /does not know/ } });
  });
});
