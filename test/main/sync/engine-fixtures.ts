import { expect, onTestFinished } from 'vitest';
import { createEquipmeClient } from '../../../electron/main/api/index.ts';
import { getStationId, type StationDb } from '../../../electron/main/db/index.ts';
import { enqueueTransition, type OutboxEntry } from '../../../electron/main/outbox/index.ts';
import type { Simulator } from '../../../electron/main/simulator/index.ts';
import { createSyncEngine, type SyncEngine } from '../../../electron/main/sync/sync-engine.ts';
import type { FulfillmentAction } from '../../../shared/api/equipme.ts';

/** An engine tuned for tests: short backoff, quick probes, no periodic pull after the first. */
export function testEngine(db: StationDb, sim: Simulator, timeoutMs = 2_000): SyncEngine {
  const engine = createSyncEngine({
    db,
    client: createEquipmeClient({ baseUrl: sim.url, apiKey: sim.apiKey, timeoutMs, maxRateLimitWaits: 0 }),
    backoff: { baseMs: 20, capMs: 200 },
    probeIntervalMs: 50,
    idleMs: 20,
    pullIntervalMs: 0,
  });
  // A failing test must not leave the loop running against a closed database.
  onTestFinished(() => engine.stop());
  return engine;
}

export function enqueue(db: StationDb, orderId: number, action: FulfillmentAction): OutboxEntry {
  const result = enqueueTransition(db, {
    orderId,
    action,
    operator: 'test-packer',
    stationId: getStationId(db),
    now: new Date(),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export async function waitFor(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) expect.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Open orders of a status the simulator serves, first n. Without a filter, return orders are left
 * out: they start with checking in the device, not with `process`.
 */
export function ordersIn(
  sim: Simulator,
  status: string,
  n: number,
  filter = (id: number) => sim.order(id)?.transactionType !== 'return',
): number[] {
  return sim
    .orderIds()
    .filter((id) => sim.order(id)?.status === status && filter(id))
    .slice(0, n);
}
