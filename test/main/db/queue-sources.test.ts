// The queue's source filter: a key range per source, checked in the index each query walks, and
// every row names its source.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openStationDb, type StationDb, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import type { OrderQuery } from '../../../electron/main/db/order-queries.ts';
import { orderQuerySql } from '../../../electron/main/db/order-queries.ts';
import { queryOrders } from '../../../electron/main/db/order-query-run.ts';
import { sourcesWithOrders } from '../../../electron/main/db/order-queue-facts.ts';
import { shopOrderKeys } from '../../../electron/main/db/shop-orders.ts';
import { queueRows } from '../../../electron/main/station/queue-rows.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { explain } from './explain.ts';

const QUERY: OrderQuery = { sort: { by: 'created', direction: 'asc' }, limit: 500, offset: 0 };

/** 300 Equipme orders, 40 marketplace and 20 Emporix ones, each shop order under its key. */
function fill(db: StationDb): { marketplace: number[]; emporix: number[] } {
  const now = new Date('2026-12-01T08:00:00.000Z');
  upsertPulledOrders(
    db,
    Array.from({ length: 300 }, (_, i) =>
      makeOrder({ id: i + 1, status: i % 2 ? 'new' : 'inprocess', customerName: `Müller ${i}` }),
    ),
    now,
  );
  const keys = (source: 'marketplace' | 'emporix', n: number) => [
    ...shopOrderKeys(
      db,
      source,
      Array.from({ length: n }, (_, i) => `${source}-${i}`),
    ).values(),
  ];
  const marketplace = keys('marketplace', 40);
  const emporix = keys('emporix', 20);
  upsertPulledOrders(
    db,
    [...marketplace, ...emporix].map((id, i) =>
      makeOrder({
        id,
        status: i % 2 ? 'new' : 'inprocess',
        customerName: `Müller shop ${i}`,
        orderNumber: `SHOP-${1000 + i}`,
        created: new Date(Date.UTC(2025, 0, 1) + i * 97_000).toISOString(),
      }),
    ),
    now,
  );
  return { marketplace, emporix };
}

describe('the queue by source', () => {
  let db: StationDb;
  let keys: { marketplace: number[]; emporix: number[] };
  beforeAll(() => {
    db = openStationDb(':memory:');
    keys = fill(db);
  });
  afterAll(() => db.close());

  test('a source filter lists that source only, and counts it', () => {
    const all = queryOrders(db, QUERY);
    expect(all.total).toBe(360);
    const equipme = queryOrders(db, { ...QUERY, source: 'equipme' });
    expect(equipme.total).toBe(300);
    expect(equipme.rows.every((row) => row.id > 0)).toBe(true);
    const marketplace = queryOrders(db, { ...QUERY, source: 'marketplace' });
    expect(marketplace.total).toBe(40);
    expect(marketplace.rows.map((row) => row.id).sort()).toEqual([...keys.marketplace].sort());
    const emporix = queryOrders(db, { ...QUERY, source: 'emporix', statuses: ['new'] });
    expect(emporix.total).toBe(10);
    expect(emporix.rows.every((row) => keys.emporix.includes(row.id) && row.effectiveStatus === 'new')).toBe(
      true,
    );
  });

  test("a shop's page is sorted and paged like the whole queue's", () => {
    for (const by of ['created', 'order-number', 'customer'] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        const sort = { by, direction };
        const inShop = queryOrders(db, { ...QUERY, sort })
          .rows.filter((row) => keys.marketplace.includes(row.id))
          .map((row) => row.id);
        const page = queryOrders(db, { ...QUERY, sort, source: 'marketplace', limit: 7, offset: 5 });
        expect(page.rows.map((row) => row.id)).toEqual(inShop.slice(5, 12));
      }
    }
  });

  test('a search keeps to the source', () => {
    const found = queryOrders(db, { ...QUERY, text: 'müller', source: 'emporix' });
    expect(found.total).toBe(20);
    expect(found.rows.every((row) => keys.emporix.includes(row.id))).toBe(true);
    expect(queryOrders(db, { ...QUERY, text: 'müller shop', source: 'equipme' }).total).toBe(0);
  });

  test('every row names its source, read from its key', () => {
    const rows = queueRows(db, queryOrders(db, QUERY).rows);
    const of = (source: string) => rows.filter((row) => row.source === source).map((row) => row.id);
    expect(of('equipme').length).toBe(300);
    expect(of('marketplace').sort()).toEqual([...keys.marketplace].sort());
    expect(of('emporix').sort()).toEqual([...keys.emporix].sort());
  });

  test('the sources with cached orders', () => {
    expect(sourcesWithOrders(db)).toEqual(['equipme', 'marketplace', 'emporix']);
    const empty = openStationDb(':memory:');
    expect(sourcesWithOrders(empty)).toEqual([]);
    empty.close();
  });

  for (const analyzed of [false, true]) {
    describe(`query plans ${analyzed ? 'with' : 'without'} planner statistics`, () => {
      let filled: StationDb;
      beforeAll(() => {
        filled = openStationDb(':memory:');
        fill(filled);
        if (analyzed) filled.exec('ANALYZE');
      });
      afterAll(() => filled.close());

      test('Equipme walks the open queue as the unfiltered queue does, the key checked in the index', () => {
        for (const extra of [{}, { statuses: ['new' as const] }]) {
          const plain = orderQuerySql({ ...QUERY, ...extra });
          const sql = orderQuerySql({ ...QUERY, ...extra, source: 'equipme' });
          if (sql.kind !== 'queue' || plain.kind !== 'queue') throw new Error('a queue query was expected');
          expect(explain(filled, sql.page, sql.pageParams)).toBe(
            explain(filled, plain.page, plain.pageParams),
          );
          expect(explain(filled, sql.count, sql.countParams)).toBe(
            explain(filled, plain.count, plain.countParams),
          );
          expect(explain(filled, sql.page, sql.pageParams)).not.toMatch(/INTEGER PRIMARY KEY \(rowid>/);
        }
      });

      test("a shop's queue reads its key range of orders_queue_by_id and only the page's rows", () => {
        const sql = orderQuerySql({ ...QUERY, source: 'marketplace', statuses: ['new'] });
        if (sql.kind !== 'queue') throw new Error('a queue query was expected');
        const page = explain(filled, sql.page, sql.pageParams);
        expect(page).toMatch(/SEARCH o USING COVERING INDEX orders_queue_by_id \(id>\? AND id<\?\)/);
        expect(page).toMatch(/SCAN hit\nSEARCH o USING INTEGER PRIMARY KEY \(rowid=\?\)/);
        expect(page).not.toMatch(/^SCAN o/m);
        expect(explain(filled, sql.count, sql.countParams)).toMatch(
          /^SEARCH o USING COVERING INDEX orders_queue_by_id \(id>\? AND id<\?\)$/,
        );
      });

      test('a search by source still starts from the search index', () => {
        const sql = orderQuerySql({ ...QUERY, text: 'müller', source: 'marketplace' });
        if (sql.kind !== 'search') throw new Error('a search was expected');
        const hits = explain(filled, sql.hits, sql.hitsParams);
        expect(hits).toMatch(/SCAN t VIRTUAL TABLE INDEX \d+:M/);
        expect(hits).toMatch(/SEARCH o USING COVERING INDEX orders_queue_by_id \(id=\?/);
        const broad = explain(filled, sql.broadPage ?? '', sql.broadPageParams);
        expect(broad).toMatch(/^SCAN o USING COVERING INDEX orders_open_by_created$/m);
        expect(broad).not.toMatch(/TEMP B-TREE/);
      });
    });
  }
});
