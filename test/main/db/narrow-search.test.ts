// A long term (an order or part number) finds its candidates by its last characters and checks each
// one's folded text: the same hits as the whole phrase in the trigram index, without matching the
// first trigrams every order shares (`SO-2026-0`). Proven by the answers and by the statements run.
import { beforeAll, describe, expect, test } from 'vitest';
import type { StationDb } from '../../../electron/main/db/index.ts';
import { openStationDb, queryOrders, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { NARROW_CANDIDATES, orderQuerySql } from '../../../electron/main/db/order-queries.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { explain } from './explain.ts';

const sort = { by: 'created', direction: 'asc' } as const;
const ORDERS = Array.from({ length: 1400 }, (_, index) =>
  makeOrder({
    id: 1 + index,
    orderNumber: `SO-2026-0${String(12_000 + index).padStart(5, '0')}`,
    // Many orders end a part number in "B12345"; two carry the rare "QQ-AB12345".
    partNumbers: [
      index % 4 === 0 ? 'ZZ-AB12345' : `LT-${index % 50}`,
      ...(index % 700 === 1 ? ['QQ-AB12345'] : []),
    ],
    customerName: index % 3 === 0 ? 'Müller Logistik GmbH' : 'Nordlicht AG',
    status: index % 5 === 0 ? 'processed' : 'new',
  }),
);

describe('a long search term', () => {
  let db: StationDb;
  const prepared: string[] = [];
  beforeAll(() => {
    db = openStationDb(':memory:');
    upsertPulledOrders(db, ORDERS, new Date('2026-12-01T08:00:00.000Z'));
    const prepare = db.prepare.bind(db);
    db.prepare = ((source: string) => {
      prepared.push(source);
      return prepare(source);
    }) as typeof db.prepare;
    return () => db.close();
  });

  /** What the whole phrase in the trigram index finds, counted as before. */
  function wholePhrase(text: string): number[] {
    const sql = orderQuerySql({ text, sort, limit: 100, offset: 0 });
    if (sql.kind !== 'search') throw new Error('a search was expected');
    return db
      .prepare(sql.hits)
      .pluck()
      .all(...sql.hitsParams) as number[];
  }

  function search(text: string) {
    prepared.length = 0;
    const page = queryOrders(db, { text, sort, limit: 100, offset: 0 });
    const sql = orderQuerySql({ text, sort, limit: 100, offset: 0 });
    if (sql.kind !== 'search') throw new Error('a search was expected');
    return { page, ranWholePhrase: prepared.includes(sql.hits), sql };
  }

  test('an order number: checked in the candidates of its tail, never matched as a whole phrase', () => {
    for (const text of ['SO-2026-012345', 'so-2026-01300', 'SO-2026-0120', '2026-012999 lt-1']) {
      const { page, ranWholePhrase, sql } = search(text);
      expect(ranWholePhrase).toBe(false);
      const expected = wholePhrase(text);
      expect(page.total).toBe(expected.length);
      expect(page.rows.map((row) => row.id)).toEqual([...expected].sort((a, b) => a - b).slice(0, 100));
      const plan = explain(db, sql.narrowHits ?? '', sql.narrowHitsParams);
      expect(plan).toMatch(/SCAN t VIRTUAL TABLE INDEX \d+:M/);
      expect(plan).toMatch(/SEARCH f USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    }
  });

  test('a rare term whose tail is common, and a broad one, are left to the whole phrase', () => {
    const rare = search('QQ-AB12345');
    expect(ORDERS.filter((o) => o.status !== 'processed').length / 4).toBeGreaterThan(NARROW_CANDIDATES);
    expect(rare.ranWholePhrase).toBe(true);
    expect(rare.page.rows.map((row) => row.id)).toEqual(wholePhrase('QQ-AB12345').sort((a, b) => a - b));
    expect(rare.page.total).toBe(2);

    const broad = search('Nordlicht');
    expect(broad.ranWholePhrase).toBe(true);
    expect(broad.page.totalCapped).toBe(false);
    expect(broad.page.total).toBe(wholePhrase('Nordlicht').length);
    // A term no longer than its tail has nothing to narrow.
    expect(orderQuerySql({ text: 'müller', sort, limit: 100, offset: 0 })).toMatchObject({
      narrowHits: null,
    });
  });
});
