// Path 1: a durable enqueue with 50k orders cached. The station's side is the real
// enqueueTransition on the station's open database; the raw side is one better-sqlite3 INSERT and
// COMMIT of the same outbox row into a table of the same shape in the same file, on the same
// connection (WAL, synchronous=FULL): the least a durable enqueue can cost on this disk.
import { enqueueCost, rawInsert } from './enqueue-cost.ts';
import { median, percentile } from './measure.ts';
import { type PathFigure, ratioAtMost } from './path-figure.ts';
import type { Warehouse } from './warehouse.ts';

const WARM_UP = 10;
/** Presses and raw commits whose log pages are counted after the timed ones. */
const COUNTED = 20;

export function enqueueBench(w: Warehouse, samples: number): PathFigure {
  const ids = w.takeNew(samples + WARM_UP);
  const insertRaw = rawInsert(w, w.enqueueProcess(ids[0] as number));

  const station: number[] = [];
  const raw: number[] = [];
  ids.slice(1).forEach((orderId, i) => {
    const stationFirst = i % 2 === 0;
    if (!stationFirst) raw.push(insertRaw());
    const started = performance.now();
    w.enqueueProcess(orderId);
    station.push(performance.now() - started);
    if (stationFirst) raw.push(insertRaw());
  });
  const measured = { station: station.slice(WARM_UP - 1), raw: raw.slice(WARM_UP - 1) };
  const pages = enqueueCost(w, COUNTED, false);
  return ratioAtMost(
    'outbox.enqueue.p99',
    'ms',
    percentile(measured.station, 0.99),
    percentile(measured.raw, 0.99),
    1.5,
    {
      samples: measured.station.length,
      cachedOrders: w.cached,
      stationP50Ms: round(median(measured.station)),
      baselineP50Ms: round(median(measured.raw)),
      stationWalPagesPerEnqueue: pages.station.pagesPerPress,
      baselineWalPagesPerCommit: pages.baseline.pagesPerCommit,
      baseline:
        'INSERT + COMMIT of the same outbox row into a table of the same shape, same file and connection',
    },
  );
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;
