// Path 6: the queue's search at warehouse scale, one figure per kind of term, with the broad terms
// an operator meets while typing (a short order-number prefix, "Müller", "bv", the commonest
// part-number prefix). The query is the queue's own first window: created ascending, 100 rows.
import { queryOrders } from '../../electron/main/db/index.ts';
import type { WireFulfillmentOrder } from '../../shared/api/equipme.ts';
import { median, percentile } from './measure.ts';
import { below, type PathFigure } from './path-figure.ts';
import type { Warehouse } from './warehouse.ts';

const GOAL_MS = 16;

export function searchTerms(sample: readonly WireFulfillmentOrder[]): Record<string, string[]> {
  const orderNumbers = sample.map((o) => o.order.orderNumber);
  const parts = sample.flatMap((o) => (o.bomItems ?? []).map((b) => b.product?.partNumber ?? ''));
  const first = orderNumbers[0] ?? '';
  return {
    orderNumber: [...orderNumbers, first.slice(0, 10), first.slice(0, 12)],
    customer: [
      'Müller',
      'soci',
      'Nordlicht',
      'bv',
      ...sample.slice(0, 12).flatMap((o) => [o.customer?.name ?? '', o.deliveryAddress?.line1 ?? '']),
    ].filter((term) => term !== ''),
    partNumber: [...parts.filter((p) => p !== '').slice(0, 40), commonestPrefix(parts, 3)],
  };
}

/** The prefix of `length` characters that most of the terms share: the broadest a typist passes. */
export function commonestPrefix(terms: readonly string[], length: number): string {
  const counts = new Map<string, number>();
  for (const term of terms) {
    if (term.length < length) continue;
    const prefix = term.slice(0, length);
    counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  let best = '';
  let most = 0;
  for (const [prefix, count] of counts) {
    if (count > most) [best, most] = [prefix, count];
  }
  return best;
}

export function searchBench(w: Warehouse, passes: number): PathFigure[] {
  const sort = { by: 'created' as const, direction: 'asc' as const };
  const search = (text: string) => queryOrders(w.db, { text, sort, limit: 100, offset: 0 });
  const figures: PathFigure[] = [];
  for (const [kind, terms] of Object.entries(searchTerms(w.sample))) {
    for (const text of terms.slice(0, 3)) search(text);
    const samples: number[] = [];
    let slowest = { text: '', ms: 0, total: 0 };
    for (let pass = 0; pass < passes; pass++) {
      for (const text of terms) {
        const started = performance.now();
        const page = search(text);
        const ms = performance.now() - started;
        samples.push(ms);
        if (ms > slowest.ms) slowest = { text, ms, total: page.total };
      }
    }
    figures.push(
      below(`search.${kind}.p95`, 'ms', percentile(samples, 0.95), GOAL_MS, null, {
        samples: samples.length,
        terms: terms.length,
        cachedOrders: w.cached,
        p50Ms: Math.round(median(samples) * 1000) / 1000,
        slowestTerm: slowest.text,
        slowestTermHits: slowest.total,
      }),
    );
  }
  return figures;
}
