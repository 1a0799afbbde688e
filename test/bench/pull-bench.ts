// Path 4: `station pull` into an empty station database. The station's side is what the command
// runs (a sync engine's pull: every page validated and stored, the count, the bookkeeping); the
// raw side fetches the very pages the station asked for, with the same headers on the same
// keep-alive agent, and JSON.parses each: what reading the open set costs before anything is stored.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createEquipmeClient } from '../../electron/main/api/index.ts';
import { openStationDb } from '../../electron/main/db/index.ts';
import { createSyncEngine } from '../../electron/main/sync/sync-engine.ts';
import { interleaved, median } from './measure.ts';
import { type PathFigure, ratioAtMost } from './path-figure.ts';
import { fetchPages } from './raw-pages.ts';
import type { SimProcess } from './sim-process.ts';

export async function pullBench(dir: string, sim: SimProcess, rounds: number): Promise<PathFigure> {
  let pages: string[] = [];
  let orders = 0;
  const failures: string[] = [];
  const times = await interleaved(
    rounds,
    async (round) => {
      // A pull that fails is tried once more on a fresh database, and the failure is reported.
      for (let attempt = 0; ; attempt++) {
        const pulled = await stationPull(join(dir, `pull-${round}-${attempt}.db`), sim);
        if (pulled.ok) {
          orders = pulled.orders;
          pages = pulled.pages;
          return pulled.ms;
        }
        failures.push(pulled.message);
        if (attempt > 0) throw new Error(`the station's pull failed twice: ${pulled.message}`);
      }
    },
    async () => {
      const started = performance.now();
      await fetchPages(pages, sim.apiKey);
      return performance.now() - started;
    },
  );
  return ratioAtMost(
    'sync.pull.openOrders',
    's',
    median(times.station) / 1000,
    median(times.baseline) / 1000,
    1.3,
    {
      rounds,
      openOrders: orders,
      simulatorOrders: sim.orders,
      requests: pages.length,
      baseline: 'fetch + JSON.parse of the same requests, one after the other',
      ...(failures.length > 0
        ? { stationPullFailures: failures.length, failure: failures[0] as string }
        : {}),
    },
  );
}

type StationPull = { ok: true; ms: number; orders: number; pages: string[] } | { ok: false; message: string };

/** What `station pull` runs, into an empty database at `file`; records the requests it made. */
async function stationPull(file: string, sim: SimProcess): Promise<StationPull> {
  const db = openStationDb(file);
  const pages: string[] = [];
  const recording: typeof fetch = (input, init) => {
    pages.push(String(input));
    return fetch(input, init);
  };
  try {
    const engine = createSyncEngine({
      db,
      client: createEquipmeClient({ baseUrl: sim.url, apiKey: sim.apiKey, fetch: recording }),
    });
    const started = performance.now();
    const pulled = await engine.pull();
    const ms = performance.now() - started;
    if (!pulled.ok) {
      const at = `request ${pages.length} (${((performance.now() - started) / 1000).toFixed(1)} s in)`;
      return { ok: false, message: `${pulled.error.message} [at ${at}]` };
    }
    return { ok: true, ms, orders: pulled.value.orders, pages };
  } finally {
    db.close();
    for (const tail of ['', '-wal', '-shm']) rmSync(file + tail, { force: true });
  }
}
