// The store's other figures at warehouse scale, kept beside the paths as extras: filling the cache,
// the queue's first window, a status filter, and the search kinds that have no goal of their own.
import { queryOrders } from '../../electron/main/db/index.ts';
import { type Figure, summarize, time } from './measure.ts';
import type { Warehouse } from './warehouse.ts';

export function storeBench(w: Warehouse): Record<string, Figure | number> {
  const { db } = w;
  const sort = { by: 'created' as const, direction: 'asc' as const };
  const figures: Record<string, Figure | number> = {
    'store.cachedOrders': w.cached,
    'store.fillCacheMs': Math.round(w.buildMs),
  };
  const searches: Record<string, string[]> = {
    orderId: w.sample.map((o) => String(o.id)),
    postalCode: w.sample.flatMap((o) =>
      o.deliveryAddress?.postalCode ? [o.deliveryAddress.postalCode] : [],
    ),
  };
  for (const [kind, terms] of Object.entries(searches)) {
    const samples = terms.map((text) => time(() => queryOrders(db, { text, sort, limit: 100, offset: 0 })));
    figures[`store.search.${kind}`] = summarize(samples);
  }
  figures['store.queueFirstWindow'] = summarize(
    Array.from({ length: 30 }, () => time(() => queryOrders(db, { sort, limit: 100, offset: 0 }))),
  );
  figures['store.filterStatusNew'] = summarize(
    Array.from({ length: 30 }, () =>
      time(() => queryOrders(db, { statuses: ['new'], sort, limit: 100, offset: 0 })),
    ),
  );
  return figures;
}
