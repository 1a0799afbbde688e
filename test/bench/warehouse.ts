// A station at warehouse scale: its database holds every order of the simulator's data set (the
// same seed and count the simulator process serves), so the cache and Equipme agree order by order
// and the drain, the enqueue, the searches and the CLI all work on one realistic file.
import { join } from 'node:path';
import {
  getStationId,
  openStationDb,
  type StationDb,
  upsertPulledOrders,
} from '../../electron/main/db/index.ts';
import { enqueueTransition } from '../../electron/main/outbox/index.ts';
import { seedData } from '../../electron/main/simulator/seed/dataset.ts';
import type { WireFulfillmentOrder } from '../../shared/api/equipme.ts';

export const SEED = 1;

export interface Warehouse {
  readonly db: StationDb;
  readonly file: string;
  readonly stationId: string;
  /** Orders in the cache. */
  readonly cached: number;
  /** Milliseconds the cache took to fill (one upsert of every order, as a first pull stores them). */
  readonly buildMs: number;
  /** A sample of the cached orders, for search terms. */
  readonly sample: readonly WireFulfillmentOrder[];
  /**
   * Ids of orders waiting in `new` that `process` moves on (not returns), never handed out twice:
   * every transition the bench makes, station or baseline, is the first step of a fresh order.
   */
  takeNew(count: number): number[];
  /** The station's own enqueue of `process` for one of those orders; the new entry's id. */
  enqueueProcess(orderId: number): string;
}

export function buildWarehouse(dir: string, orders: number): Warehouse {
  const data = seedData(SEED, orders);
  const own = data.orders.filter((order) => !data.foreignIds.has(order.id));
  const file = join(dir, 'station.db');
  const db = openStationDb(file);
  const started = performance.now();
  upsertPulledOrders(db, own, new Date());
  const buildMs = performance.now() - started;
  db.pragma('optimize');
  const fresh = own.filter((order) => order.status === 'new' && order.transactionType !== 'return');
  const ids = fresh.map((order) => order.id);
  let next = 0;
  const stationId = getStationId(db);
  return {
    db,
    file,
    stationId,
    cached: own.length,
    buildMs,
    sample: own.filter((_, i) => i % Math.max(1, Math.floor(own.length / 50)) === 0),
    takeNew(count) {
      if (next + count > ids.length) {
        throw new Error(
          `the bench ran out of new orders (${ids.length} in the data set): lower its sample counts`,
        );
      }
      const taken = ids.slice(next, next + count);
      next += count;
      return taken;
    },
    enqueueProcess(orderId) {
      const queued = enqueueTransition(db, {
        orderId,
        action: 'process',
        operator: 'bench',
        stationId,
        now: new Date(),
      });
      if (!queued.ok) throw new Error(`enqueue of order ${orderId} refused: ${queued.error.message}`);
      return queued.value.id;
    },
  };
}
