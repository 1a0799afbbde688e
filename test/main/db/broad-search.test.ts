// A broad search (more hits than SEARCH_COUNT_CAP): the count says it is capped, and the page is
// the same one the queue showed before the cap, row for row, in every sort order and with filters.
import { beforeAll, describe, expect, test } from 'vitest';
import type { OrderQuery, StationDb } from '../../../electron/main/db/index.ts';
import { openStationDb, queryOrders, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { orderQuerySql, SEARCH_COUNT_CAP } from '../../../electron/main/db/order-queries.ts';
import { markClosed } from '../../../electron/main/db/orders.ts';
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';

const PULLED_AT = new Date('2025-03-01T08:00:00.000Z');
const STATUSES = ['new', 'inprocess', 'ready-for-delivery', 'processed'] as const;
const CUSTOMERS = ['Müller & Söhne GmbH', 'Mueller BV', 'Nordlicht AG', 'Société Générale'];

/** 1,600 orders, three in four of them "Müller"; created times repeat so the id breaks ties. */
const ORDERS: FulfillmentOrder[] = Array.from({ length: 1600 }, (_, index) => {
  const id = 10_000 + ((index * 7919) % 1600);
  return makeOrder({
    id,
    status: STATUSES[index % STATUSES.length],
    customerName: index % 4 === 3 ? CUSTOMERS[1 + (index % 3)] : `${CUSTOMERS[0]} ${index % 9}`,
    orderNumber: `SO-${(index * 37) % 500}`,
    created: new Date(Date.UTC(2025, 0, 1) + (index % 300) * 60_000).toISOString(),
    location: { id: 1 + (index % 3), name: `Hall ${1 + (index % 3)}` },
  });
});
const CLOSED = ORDERS.filter((_, index) => index % 10 === 0).map((order) => order.id);

/** The queue's rule, written out: open, not finished, the query's filters, its sort with id last. */
function expected(query: OrderQuery, matches: (order: FulfillmentOrder) => boolean): number[] {
  const key = (order: FulfillmentOrder) =>
    ({
      created: order.order.created,
      'order-number': order.order.orderNumber,
      customer: order.customer.name,
    })[query.sort.by];
  const sign = query.sort.direction === 'asc' ? 1 : -1;
  return ORDERS.filter(
    (order) =>
      matches(order) &&
      !CLOSED.includes(order.id) &&
      order.status !== 'processed' &&
      (!query.statuses?.length || query.statuses.includes(order.status as never)) &&
      (!query.locationIds?.length || query.locationIds.includes(order.assignments?.location?.id ?? -1)),
  )
    .sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      if (ka !== kb) return ka < kb ? -sign : sign;
      return (a.id - b.id) * sign;
    })
    .slice(query.offset, query.offset + query.limit)
    .map((order) => order.id);
}

const isMuller = (order: FulfillmentOrder) => order.customer.name.startsWith('Müller');

describe('a broad search', () => {
  let db: StationDb;
  beforeAll(() => {
    db = openStationDb(':memory:');
    upsertPulledOrders(db, ORDERS, PULLED_AT);
    markClosed(db, CLOSED);
    return () => db.close();
  });

  test('says its count is capped, and a narrow one counts exactly', () => {
    const sort = { by: 'created', direction: 'asc' } as const;
    const broad = queryOrders(db, { text: 'müller', sort, limit: 50, offset: 0 });
    expect(ORDERS.filter(isMuller).length).toBeGreaterThan(SEARCH_COUNT_CAP);
    expect(broad).toMatchObject({ total: SEARCH_COUNT_CAP, totalCapped: true });

    const narrow = queryOrders(db, { text: 'nordlicht', sort, limit: 50, offset: 0 });
    const nordlicht = ORDERS.filter((order) => order.customer.name === 'Nordlicht AG');
    expect(narrow.totalCapped).toBe(false);
    expect(narrow.total).toBe(
      expected({ sort, limit: 10_000, offset: 0 }, (o) => nordlicht.includes(o)).length,
    );

    // The queue without a search counts every order it holds, however many.
    const all = queryOrders(db, { sort, limit: 50, offset: 0 });
    expect(all.totalCapped).toBe(false);
    expect(all.total).toBe(expected({ sort, limit: 10_000, offset: 0 }, () => true).length);
    expect(all.total).toBeGreaterThan(SEARCH_COUNT_CAP);
  });

  for (const by of ['created', 'order-number', 'customer'] as const) {
    for (const direction of ['asc', 'desc'] as const) {
      test(`shows the same page as before, sorted by ${by} ${direction}`, () => {
        for (const extra of [{}, { offset: 940 }, { statuses: ['new' as const], locationIds: [2, 3] }]) {
          const query: OrderQuery = {
            text: 'müller',
            sort: { by, direction },
            limit: 100,
            offset: 0,
            ...extra,
          };
          const page = queryOrders(db, query);
          expect(page.rows.map((row) => row.id)).toEqual(expected(query, isMuller));
          // The walk through the queue and the search index's own sorted hits agree.
          const sql = orderQuerySql(query);
          if (sql.kind !== 'search') throw new Error('a search was expected');
          const walked = db.prepare(sql.broadPage ?? '').all(...sql.broadPageParams);
          expect(walked).toEqual(db.prepare(sql.allHitsPage).all(...sql.allHitsPageParams));
        }
      });
    }
  }

  test('checks each walked order as the trigram index would: case, diacritics, combining marks', () => {
    const sort = { by: 'order-number', direction: 'asc' } as const;
    for (const text of ['MÜLLER', 'muller', 'Mu\u0308ller', 'mÜl', 'ller & s', 'Söhne GMBH']) {
      const query: OrderQuery = { text, sort, limit: 100, offset: 0 };
      const sql = orderQuerySql(query);
      if (sql.kind !== 'search') throw new Error('a search was expected');
      expect(sql.broadPage).not.toMatch(/orders_trigram/);
      const walked = db.prepare(sql.broadPage ?? '').all(...sql.broadPageParams);
      expect(walked).toEqual(db.prepare(sql.allHitsPage).all(...sql.allHitsPageParams));
      expect(queryOrders(db, query).rows.map((row) => row.id)).toEqual(expected(query, isMuller));
    }
    // A term the fold leaves shorter than a trigram is left to the trigram index itself.
    const odd = orderQuerySql({ text: 'a\u0301\u0301 müller', sort, limit: 100, offset: 0 });
    if (odd.kind !== 'search') throw new Error('a search was expected');
    expect(odd.broadPage).toMatch(/orders_trigram MATCH \?.*instr\(f\.text, \?\)/s);
  });

  test('with a short term as well, and with closed orders included', () => {
    const sort = { by: 'customer', direction: 'desc' } as const;
    const both = queryOrders(db, { text: 'müller gm', sort, limit: 100, offset: 0 });
    expect(both.totalCapped).toBe(true);
    expect(both.rows.map((row) => row.id)).toEqual(expected({ sort, limit: 100, offset: 0 }, isMuller));

    const history = queryOrders(db, { text: 'müller', includeClosed: true, sort, limit: 100, offset: 0 });
    expect(history).toMatchObject({ total: SEARCH_COUNT_CAP, totalCapped: true });
    expect(history.rows.map((row) => row.id)).toEqual(
      ORDERS.filter(isMuller)
        .sort((a, b) =>
          a.customer.name === b.customer.name ? b.id - a.id : a.customer.name < b.customer.name ? 1 : -1,
        )
        .slice(0, 100)
        .map((order) => order.id),
    );
  });
});
