// A station process for the crash test: pulls, enqueues its share of a plan, drains until settled.
// The test kills it with SIGKILL at random points and starts it again on the same database.
import { readFileSync } from 'node:fs';
import { createEquipmeClient } from '../../../electron/main/api/index.ts';
import { getStationId, openStationDb, queryOrders } from '../../../electron/main/db/index.ts';
import { enqueueTransition, listOutbox, outboxCounts } from '../../../electron/main/outbox/index.ts';
import { createSyncEngine } from '../../../electron/main/sync/sync-engine.ts';
import type { FulfillmentAction } from '../../../shared/api/equipme.ts';
import { unsettled } from '../../../shared/domain/sync-status.ts';

const [dbFile, url, apiKey, planFile] = process.argv.slice(2) as [string, string, string, string];
const plan = JSON.parse(readFileSync(planFile, 'utf8')) as {
  orderId: number;
  actions: FulfillmentAction[];
}[];

const db = openStationDb(dbFile);
const engine = createSyncEngine({
  db,
  client: createEquipmeClient({ baseUrl: url, apiKey, timeoutMs: 1_000, maxRateLimitWaits: 0 }),
  backoff: { baseMs: 10, capMs: 100 },
  probeIntervalMs: 30,
  idleMs: 10,
  pullIntervalMs: 0,
});

while (queryOrders(db, { sort: { by: 'created', direction: 'asc' }, limit: 1, offset: 0 }).total === 0) {
  const pulled = await engine.pull();
  if (!pulled.ok) await new Promise((r) => setTimeout(r, 20));
}
engine.start();
process.stdout.write('started\n');

for (const { orderId, actions } of plan) {
  // Enqueue is one transaction: what the outbox holds for the order is exactly what was planned so far.
  for (const action of actions.slice(listOutbox(db, { orderId }).length)) {
    const queued = enqueueTransition(db, {
      orderId,
      action,
      operator: 'crash-test',
      stationId: getStationId(db),
      now: new Date(),
    });
    if (!queued.ok) throw new Error(queued.error.message);
    engine.wake();
    await new Promise((r) => setTimeout(r, 2));
  }
}

while (unsettled(outboxCounts(db)) > 0) {
  if (outboxCounts(db).failed > 0) {
    process.stdout.write(`failed ${JSON.stringify(listOutbox(db, { states: ['failed'] }))}\n`);
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 20));
}
await engine.stop();
db.close();
process.stdout.write('done\n');
