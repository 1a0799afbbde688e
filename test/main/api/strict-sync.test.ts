// The sync engine, through the station's client, against the strict server: what reaches Equipme
// when answers are lost, and what one order Equipme no longer has does to the station.
import { afterEach, beforeEach, describe, expect, onTestFinished } from 'vitest';
import { getStationId, type StationDb } from '../../../electron/main/db/index.ts';
import { enqueueTransition, listOutbox, outboxCounts } from '../../../electron/main/outbox/index.ts';
import { createSyncEngine, type SyncEngine } from '../../../electron/main/sync/sync-engine.ts';
import type { FulfillmentAction } from '../../../shared/api/equipme.ts';
import {
  type LoggedRequest,
  type StrictEquipme,
  startStrictEquipme,
} from '../../fixtures/strict-equipme/index.ts';
import { stationClient } from '../../fixtures/strict-equipme/station-client.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

let server: StrictEquipme;
beforeEach(async () => {
  server = await startStrictEquipme({ seed: 13, orders: 200 });
});
afterEach(() => server.close());

function engineFor(db: StationDb, timeoutMs: number): SyncEngine {
  const engine = createSyncEngine({
    db,
    client: stationClient(server, { timeoutMs, maxRateLimitWaits: 0 }),
    backoff: { baseMs: 20, capMs: 200 },
    probeIntervalMs: 50,
    idleMs: 20,
    pullIntervalMs: 0,
  });
  // A failing test must not leave the loop running against a closed database.
  onTestFinished(() => engine.stop());
  return engine;
}

function enqueue(db: StationDb, orderId: number, action: FulfillmentAction): void {
  const queued = enqueueTransition(db, {
    orderId,
    action,
    operator: 'packer-1',
    stationId: getStationId(db),
    now: new Date(),
  });
  if (!queued.ok) throw new Error(queued.error.message);
}

async function until(what: string, check: () => boolean, timeout = 10_000): Promise<void> {
  await expect.poll(check, { timeout, message: what }).toBe(true);
}

/** New, shipping, with items, not preordered: `process` twice takes them to ready-for-delivery. */
function newOrders(n: number): number[] {
  return server
    .orderIds()
    .filter((id) => {
      const o = server.order(id);
      const items = Array.isArray(o?.bomItems) && o.bomItems.length > 0;
      return o?.status === 'new' && o.transactionType === 'order' && o.isPreorder !== true && items;
    })
    .slice(0, n);
}

const drained = (db: StationDb) => () => {
  const c = outboxCounts(db);
  return c.pending + c.sending === 0;
};

describe('the sync engine against the strict server', () => {
  test('every answer to a transition comes after the client gave up: each is applied once, in order, none twice', async ({
    db,
  }) => {
    const engine = engineFor(db, 800);
    expect((await engine.pull()).ok).toBe(true);
    const ids = newOrders(3);
    for (const id of ids) {
      enqueue(db, id, 'process');
      enqueue(db, id, 'process');
    }
    // The server acts at once, but every answer to a transition comes after the client gave up.
    server.setLatency((r: LoggedRequest) => (r.method === 'POST' ? 1600 : 0));
    engine.start();
    await until('outbox drained', drained(db));
    await engine.stop();
    for (const id of ids) {
      expect(
        server
          .transitions()
          .filter((t) => t.id === id)
          .map((t) => `${t.from}>${t.to}`),
      ).toEqual(['new>inprocess', 'inprocess>ready-for-delivery']);
    }
    expect(outboxCounts(db).applied).toBe(6);
  });

  // A 403 on one order's write route ("resource does not exist anymore") must not read as the
  // station's key being refused: that paused the whole engine with 'api-key-rejected' forever (fixed on
  // main by probing the key after a 403).
  test('an order Equipme removed fails its own entry; the key alert does not come back', async ({ db }) => {
    const engine = engineFor(db, 2_000);
    expect((await engine.pull()).ok).toBe(true);
    const [gone, other] = newOrders(2) as [number, number];
    server.remove(gone);
    enqueue(db, gone, 'process');
    enqueue(db, other, 'process');
    const alerts: string[] = [];
    engine.onStatus((s) => {
      if (s.alert) alerts.push(s.alert.code);
    });
    engine.start();
    await until('the other order applied', () => server.order(other)?.status === 'inprocess');
    await until(
      'the removed order settled',
      () => listOutbox(db, { states: ['failed'] }).length === 1,
      5_000,
    );
    await engine.stop();
    expect(alerts).toEqual([]);
  });
});
