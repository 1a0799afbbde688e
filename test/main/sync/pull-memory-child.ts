// Run with --expose-gc by pull-memory.test.ts: a pull of many small pages, with the live heap after a
// full collection taken as each page request starts, and the heap one page of orders takes.
// Prints one JSON line {"heapAtRequest": number[], "pageHeap": number}.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEquipmeClient } from '../../../electron/main/api/index.ts';
import { openStationDb } from '../../../electron/main/db/index.ts';
import { startSimulator } from '../../../electron/main/simulator/index.ts';
import { pullOpenOrders } from '../../../electron/main/sync/pull-orders.ts';

const PAGE = Number(process.argv[2]);
const gc = globalThis.gc as () => void;
const live = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

const sim = await startSimulator({ seed: 3, orders: Number(process.argv[3]) });
const dir = mkdtempSync(join(tmpdir(), 'pull-memory-'));
const db = openStationDb(join(dir, 'station.db'));
const heapAtRequest: number[] = [];
const fetch: typeof globalThis.fetch = (input, init) => {
  if (new URL(String(input)).searchParams.get('limit') === String(PAGE)) heapAtRequest.push(live());
  return globalThis.fetch(input, init);
};
const client = createEquipmeClient({ baseUrl: sim.url, apiKey: sim.apiKey, fetch });
const pulled = await pullOpenOrders(
  db,
  client,
  () => new Date(),
  new AbortController().signal,
  () => {},
  {
    pageSize: PAGE,
  },
);
if (!pulled.ok) throw new Error(pulled.error.message);

const before = live();
const held = await client.listOrders({ limit: PAGE });
const pageHeap = live() - before;
process.stdout.write(
  `${JSON.stringify({ heapAtRequest, pageHeap, orders: held.ok ? held.value.orders.length : 0 })}\n`,
);
db.close();
rmSync(dir, { recursive: true, force: true });
await sim.close();
