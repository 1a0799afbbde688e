// What a key typed into the queue's search asks most: a one- or two-character word (`S`, `SO`) and an
// order number's start (`SO-2026-0`). Both are broad and now take shortcuts: a dense short word is
// checked order by order as the queue is walked, and an order number's start proves the search broad
// from the order-number index. Every answer is the one the whole match in the search indexes gives
// (every hit, sorted), term by term, including non-ASCII, `%`, `_` and quotes.
import { beforeAll, describe, expect, test } from 'vitest';
import type { OrderQuery, StationDb } from '../../../electron/main/db/index.ts';
import { openStationDb, queryOrders, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { orderQuerySql, SEARCH_COUNT_CAP, type SearchSql } from '../../../electron/main/db/order-queries.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { explain } from './explain.ts';

const CUSTOMERS = [
  'Müller & Söhne GmbH',
  'Société "Générale"',
  "O'Brien 100% BV",
  'Nord_licht AG',
  'Ægir ÅB',
];
const ORDERS = Array.from({ length: 3000 }, (_, index) =>
  makeOrder({
    id: 5000 + ((index * 7919) % 3000),
    orderNumber: `SO-2026-0${String(10_000 + index).padStart(5, '0')}`,
    customerName: CUSTOMERS[index % CUSTOMERS.length],
    partNumbers: [index % 3 === 0 ? 'CAB-100_%' : `LT-${index % 40}`],
    status: index % 7 === 0 ? 'processed' : index % 2 === 0 ? 'new' : 'inprocess',
    created: new Date(Date.UTC(2026, 0, 1) + (index % 900) * 60_000).toISOString(),
    location: { id: 1 + (index % 2), name: `Hall ${1 + (index % 2)}` },
  }),
);

/** Every term the search tests type, and hostile ones. */
const TERMS = [
  'S',
  's',
  'SO',
  'so',
  '2',
  '20',
  'M',
  'Mü',
  'ü',
  'B',
  'bv',
  'gm',
  'x',
  '%',
  '_',
  '"',
  "'",
  'O',
  'Æ',
  'SO-',
  'SO-2',
  'SO-2026',
  'so-2026-0',
  'SO-2026-01',
  'SO-2026-012',
  'SO-2026-0123',
  'SO-2026-012345',
  'Müller',
  'müller gm',
  'MÜLLER',
  'Mu\u0308ller',
  'soci',
  'Société "Gé',
  '"Générale"',
  "O'Brien",
  '100%',
  '100% bv',
  'Nord_licht',
  'd_l',
  'CAB',
  'CAB-100_%',
  'cab-100_% s',
  'LT-1',
  'SO-2026 ca',
  '2026-012999 lt-1',
  // Control characters never reach the query: the channel's schema refuses them.
  '%%%',
  '___',
  '<b>SO</b>',
  'a\u0301\u0301 müller',
  'Z'.repeat(200),
];

describe('a key typed into the queue search', () => {
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

  function searchSql(query: OrderQuery): SearchSql {
    const sql = orderQuerySql(query);
    if (sql.kind !== 'search') throw new Error('a search was expected');
    return sql;
  }

  /** The answer of the whole match in the search indexes: every hit counted and sorted. */
  function wholeMatch(query: OrderQuery) {
    const sql = searchSql(query);
    const hits = (
      db
        .prepare(sql.hits)
        .pluck()
        .all(...sql.hitsParams) as number[]
    ).length;
    const rows = db.prepare(sql.allHitsPage).all(...sql.allHitsPageParams) as { id: number }[];
    return {
      ids: rows.map((row) => row.id),
      total: Math.min(hits, SEARCH_COUNT_CAP),
      totalCapped: hits > SEARCH_COUNT_CAP,
    };
  }

  test('every term gives the page and count of the whole match, in every sort and with filters', () => {
    let broad = 0;
    for (const text of TERMS) {
      if (
        orderQuerySql({ text, sort: { by: 'created', direction: 'asc' }, limit: 50, offset: 0 }).kind !==
        'search'
      )
        continue;
      for (const query of [
        { text, sort: { by: 'created', direction: 'asc' }, limit: 50, offset: 0 },
        { text, sort: { by: 'customer', direction: 'desc' }, limit: 50, offset: 50 },
        { text, sort: { by: 'order-number', direction: 'asc' }, limit: 100, offset: 100 },
        { text, sort: { by: 'created', direction: 'desc' }, limit: 50, offset: 900 },
        {
          text,
          statuses: ['new'],
          locationIds: [2],
          sort: { by: 'created', direction: 'asc' },
          limit: 50,
          offset: 0,
        },
      ] satisfies OrderQuery[]) {
        const page = queryOrders(db, query);
        const expected = wholeMatch(query);
        expect({
          text,
          ids: page.rows.map((row) => row.id),
          total: page.total,
          capped: page.totalCapped,
        }).toEqual({ text, ids: expected.ids, total: expected.total, capped: expected.totalCapped });
        if (page.totalCapped) broad++;
      }
    }
    // The broad paths were really walked, not only the narrow ones.
    expect(broad).toBeGreaterThan(40);
  });

  test('a dense short word is checked order by order as the queue is walked', () => {
    for (const text of ['S', 'so', '2', 'SO-2026 s']) {
      const query: OrderQuery = { text, sort: { by: 'created', direction: 'asc' }, limit: 50, offset: 0 };
      prepared.length = 0;
      const page = queryOrders(db, query);
      const sql = searchSql(query);
      expect(page.totalCapped).toBe(true);
      expect(prepared).toContain(sql.perOrderBroadPage);
      expect(prepared).not.toContain(sql.broadPage);
      // The word index is asked for one order at a time, never for its every hit.
      const plan = explain(db, sql.perOrderBroadPage ?? '', [...sql.perOrderBroadPageParams, 200, 50, 0]);
      expect(plan).toMatch(/CORRELATED SCALAR SUBQUERY/);
      expect(plan).not.toMatch(/LIST SUBQUERY/);
    }
  });

  test('a sparse short word, or a page far down, reads the word’s hits first as before', () => {
    for (const query of [
      { text: 'bv', sort: { by: 'created', direction: 'asc' }, limit: 50, offset: 0 },
      { text: 'S', sort: { by: 'created', direction: 'asc' }, limit: 50, offset: 400 },
    ] satisfies OrderQuery[]) {
      prepared.length = 0;
      const page = queryOrders(db, query);
      const sql = searchSql(query);
      if (!page.totalCapped) continue;
      expect(prepared).toContain(sql.broadPage);
      expect(prepared).not.toContain(sql.perOrderBroadPage);
    }
    // "bv" is in one order of five: broad, and sparse.
    expect(
      queryOrders(db, { text: 'bv', sort: { by: 'created', direction: 'asc' }, limit: 50, offset: 0 })
        .totalCapped,
    ).toBe(false);
  });

  test('an order number’s start is proven broad by the order-number index, not the trigram index', () => {
    for (const text of ['SO-', 'SO-2026', 'so-2026-0', 'SO-2026-01']) {
      const query: OrderQuery = { text, sort: { by: 'created', direction: 'asc' }, limit: 50, offset: 0 };
      prepared.length = 0;
      const page = queryOrders(db, query);
      const sql = searchSql(query);
      expect(page.totalCapped).toBe(true);
      expect(prepared).toContain(sql.orderNumberHits);
      expect(prepared.filter((source) => /orders_trigram|orders_words/.test(source))).toEqual([]);
      expect(explain(db, sql.orderNumberHits ?? '', sql.orderNumberHitsParams)).toMatch(
        /SEARCH o USING (COVERING )?INDEX orders_open_by_order_number \(order_number>\? AND order_number<\?\)/,
      );
    }
    // Fewer order numbers than the cap: the search goes on as before (the narrow candidates).
    prepared.length = 0;
    const few = queryOrders(db, {
      text: 'SO-2026-0123',
      sort: { by: 'created', direction: 'asc' },
      limit: 50,
      offset: 0,
    });
    expect(few.totalCapped).toBe(false);
    expect(prepared.some((source) => source.includes('json_group_array'))).toBe(true);
  });
});
