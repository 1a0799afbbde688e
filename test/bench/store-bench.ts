// The station store at warehouse scale: 50,000 cached orders.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStationDb, queryOrders, upsertPulledOrders } from '../../electron/main/db/index.ts';
import { enqueueTransition } from '../../electron/main/outbox/index.ts';
import { generateOrders } from '../../electron/main/simulator/index.ts';
import { type Figure, summarize, time } from './measure.ts';

export async function storeBench(): Promise<Record<string, Figure | number>> {
  const dir = mkdtempSync(join(tmpdir(), 'station-bench-'));
  try {
    const db = openStationDb(join(dir, 'station.db'));
    const orders = generateOrders(1, 50_000);
    const pullMs = time(() => upsertPulledOrders(db, orders, new Date()));
    db.pragma('optimize');

    const sort = { by: 'created' as const, direction: 'desc' as const };
    const sample = orders.filter((_, i) => i % 997 === 0);
    const searches: Record<string, string[]> = {
      orderNumber: sample.map((o) => o.order.orderNumber),
      orderId: sample.map((o) => String(o.id)),
      customer: ['Müller', 'soci', 'Nordlicht', 'bv'],
      postalCode: sample.flatMap((o) =>
        o.deliveryAddress?.postalCode ? [o.deliveryAddress.postalCode] : [],
      ),
      partNumber: sample.flatMap(
        (o) => o.bomItems?.slice(0, 1).map((b) => b.product?.partNumber ?? '') ?? [],
      ),
    };
    const figures: Record<string, Figure | number> = { 'store.pull50kMs': Math.round(pullMs) };
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
    // A new return order starts with checking in its device, not with `process`.
    const open = orders.filter((o) => o.status === 'new' && o.transactionType !== 'return').slice(0, 300);
    figures['outbox.enqueueDurable'] = summarize(
      open.map((o) =>
        time(() =>
          enqueueTransition(db, {
            orderId: o.id,
            action: 'process',
            operator: 'bench',
            stationId: 'bench',
            now: new Date(),
          }),
        ),
      ),
    );
    db.close();
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
