import { describe, expect } from 'vitest';
import type { OrderQuery, StationDb } from '../../../electron/main/db/index.ts';
import { getOrder, queryOrders, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { openCountsByStatus } from '../../../electron/main/db/order-queue-facts.ts';
import { markClosed } from '../../../electron/main/db/orders.ts';
import { enqueueTransition } from '../../../electron/main/outbox/index.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

const PULLED_AT = new Date('2025-03-01T08:00:00.000Z');
const BY_CREATED: OrderQuery['sort'] = { by: 'created', direction: 'asc' };

function ids(db: StationDb, query: Partial<OrderQuery>): number[] {
  return queryOrders(db, { sort: BY_CREATED, limit: 100, offset: 0, ...query }).rows.map((row) => row.id);
}

function expectSearchIndexConsistent(db: StationDb): void {
  for (const table of ['orders_trigram', 'orders_words']) {
    expect(() =>
      db.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run(),
    ).not.toThrow();
  }
}

const QUEUE = [
  makeOrder({
    id: 101,
    status: 'new',
    customerName: 'Müller Bau AG',
    postalCode: '80331',
    partNumbers: ['LT-14-G5'],
  }),
  makeOrder({ id: 102, status: 'new', transactionType: 'return', location: { id: 2, name: 'Hamburg' } }),
  makeOrder({
    id: 103,
    status: 'inprocess',
    customerName: 'Škoda Fleet s.r.o.',
    partNumbers: ['MON-27', 'DOCK-USB-C'],
  }),
  makeOrder({ id: 104, status: 'ready-for-delivery', isPreorder: true, externalId: 'ERP-99-ab' }),
  makeOrder({
    id: 105,
    status: 'in-delivery-outbound',
    orderNumber: 'AB-7700',
    postalCode: '1010',
    countryCode: 'AT',
  }),
];

describe('upsertPulledOrders and getOrder', () => {
  test('cache the order JSON with its indexed columns', ({ db }) => {
    const outcomes = upsertPulledOrders(db, QUEUE, PULLED_AT);
    expect(outcomes[0]).toEqual({ orderId: 101, isNew: true, serverStatusChanged: false, conflict: null });

    const cached = getOrder(db, 103);
    expect(cached).toMatchObject({
      id: 103,
      orderNumber: 'SO-103',
      salesOrderId: 500_103,
      externalId: 'EXT-103',
      serverStatus: 'inprocess',
      effectiveStatus: 'inprocess',
      transactionType: 'order',
      fulfillmentType: 'in-house',
      customerName: 'Škoda Fleet s.r.o.',
      locationId: 1,
      locationName: 'Main warehouse',
      isPreorder: false,
      postalCode: '10115',
      countryCode: 'DE',
      partNumbers: ['MON-27', 'DOCK-USB-C'],
      pulledAt: PULLED_AT.toISOString(),
      closed: false,
      lock: null,
    });
    expect(cached?.order).toEqual(QUEUE[2]);
    expect(getOrder(db, 999)).toBeUndefined();
  });

  test('report a changed server status and take it over', ({ db }) => {
    upsertPulledOrders(db, QUEUE, PULLED_AT);
    const later = new Date('2025-03-01T09:00:00.000Z');
    const [moved, same] = upsertPulledOrders(
      db,
      [
        makeOrder({ id: 101, status: 'inprocess' }),
        makeOrder({ id: 102, status: 'new', transactionType: 'return' }),
      ],
      later,
    );
    expect(moved).toEqual({ orderId: 101, isNew: false, serverStatusChanged: true, conflict: null });
    expect(same?.serverStatusChanged).toBe(false);
    expect(getOrder(db, 101)).toMatchObject({
      serverStatus: 'inprocess',
      effectiveStatus: 'inprocess',
      pulledAt: later.toISOString(),
    });
  });

  test('write more orders than one batch', ({ db }) => {
    const many = Array.from({ length: 2500 }, (_, index) => makeOrder({ id: index + 1 }));
    expect(upsertPulledOrders(db, many, PULLED_AT)).toHaveLength(2500);
    expect(queryOrders(db, { sort: BY_CREATED, limit: 1, offset: 0 }).total).toBe(2500);
    expectSearchIndexConsistent(db);
  });
});

describe('queryOrders', () => {
  test('filter by effective status, transaction type, location and preorder', ({ db }) => {
    upsertPulledOrders(db, QUEUE, PULLED_AT);
    expect(ids(db, { statuses: ['new', 'inprocess'] })).toEqual([101, 102, 103]);
    expect(ids(db, { transactionTypes: ['return'] })).toEqual([102]);
    expect(ids(db, { locationIds: [2] })).toEqual([102]);
    expect(ids(db, { preorder: true })).toEqual([104]);
    expect(ids(db, { preorder: false, statuses: ['new'], locationIds: [1] })).toEqual([101]);
    expect(ids(db, { statuses: [] })).toEqual([101, 102, 103, 104, 105]);
  });

  test('sort, page and count', ({ db }) => {
    upsertPulledOrders(db, QUEUE, PULLED_AT);
    const page = queryOrders(db, { sort: { by: 'created', direction: 'desc' }, limit: 2, offset: 1 });
    expect(page.rows.map((row) => row.id)).toEqual([104, 103]);
    expect(page.total).toBe(5);
    expect(ids(db, { sort: { by: 'order-number', direction: 'asc' } })).toEqual([105, 101, 102, 103, 104]);
    expect(ids(db, { sort: { by: 'customer', direction: 'asc' } })).toEqual([102, 104, 105, 101, 103]);
  });

  test('search id, order number, external id, customer, postal code and part number', ({ db }) => {
    upsertPulledOrders(db, QUEUE, PULLED_AT);
    expect(ids(db, { text: '103' })).toEqual([103]);
    expect(ids(db, { text: 'ab-770' })).toEqual([105]);
    expect(ids(db, { text: 'erp-99' })).toEqual([104]);
    expect(ids(db, { text: 'bau ag' })).toEqual([101]);
    expect(ids(db, { text: '8033' })).toEqual([101]);
    expect(ids(db, { text: 'usb-c' })).toEqual([103]);
    expect(ids(db, { text: 'dock mon-27' })).toEqual([103]);
    expect(ids(db, { text: 'nothing-like-this' })).toEqual([]);
  });

  test('search ignores case and diacritics', ({ db }) => {
    upsertPulledOrders(db, QUEUE, PULLED_AT);
    expect(ids(db, { text: 'muller' })).toEqual([101]);
    expect(ids(db, { text: 'MÜLL' })).toEqual([101]);
    expect(ids(db, { text: 'skoda' })).toEqual([103]);
  });

  test('search terms shorter than three characters match word prefixes', ({ db }) => {
    upsertPulledOrders(db, QUEUE, PULLED_AT);
    expect(ids(db, { text: 'ab' })).toEqual([104, 105]);
    expect(ids(db, { text: 'sk' })).toEqual([103]);
    expect(ids(db, { text: 'ab 7700' })).toEqual([105]);
  });

  test('search never matches across two fields, and quotes are plain text', ({ db }) => {
    upsertPulledOrders(db, QUEUE, PULLED_AT);
    // "AG" ends the customer name, "80331" is the postal code that follows it.
    expect(ids(db, { text: 'ag8033' })).toEqual([]);
    expect(ids(db, { text: '"müller' })).toEqual([]);
    expect(ids(db, { text: '- * "' })).toEqual([101, 102, 103, 104, 105]);
  });

  test('search follows changes to an order', ({ db }) => {
    upsertPulledOrders(db, QUEUE, PULLED_AT);
    upsertPulledOrders(db, [makeOrder({ id: 101, customerName: 'Neumann KG' })], PULLED_AT);
    expect(ids(db, { text: 'muller' })).toEqual([]);
    expect(ids(db, { text: 'neumann' })).toEqual([101]);
    expectSearchIndexConsistent(db);
  });

  test('filters and search combine', ({ db }) => {
    upsertPulledOrders(db, QUEUE, PULLED_AT);
    expect(ids(db, { text: 'so-10', statuses: ['new'] })).toEqual([101, 102]);
    expect(ids(db, { text: 'so-10', transactionTypes: ['return'] })).toEqual([102]);
  });
});

describe('closed orders', () => {
  test('closed orders leave the queue and stay in the cache', ({ db }) => {
    upsertPulledOrders(db, QUEUE, PULLED_AT);
    markClosed(db, [104, 105]);
    expect(ids(db, {})).toEqual([101, 102, 103]);
    expect(ids(db, { includeClosed: true })).toEqual([101, 102, 103, 104, 105]);
    expect(getOrder(db, 104)?.closed).toBe(true);
  });

  test('an order this station is cancelling leaves the queue, list and counts alike', ({ db }) => {
    upsertPulledOrders(db, QUEUE, PULLED_AT);
    const queued = enqueueTransition(db, {
      orderId: 101,
      action: 'cancel',
      operator: 'ana',
      stationId: 'station-1',
      now: PULLED_AT,
    });
    expect(queued.ok).toBe(true);
    const total = queryOrders(db, { sort: BY_CREATED, limit: 100, offset: 0 }).total;
    const counted = Object.values(openCountsByStatus(db, [])).reduce((sum, n) => sum + n, 0);
    expect(ids(db, {})).not.toContain(101);
    expect(counted).toBe(total);
  });

  test('a closed order seen again is open again; one pulled in a final status is closed', ({ db }) => {
    upsertPulledOrders(db, QUEUE, PULLED_AT);
    markClosed(db, [101, 102, 103, 104, 105]);
    upsertPulledOrders(
      db,
      [QUEUE[0] ?? makeOrder({ id: 101 }), makeOrder({ id: 102, status: 'cancelled' })],
      PULLED_AT,
    );
    expect(getOrder(db, 101)?.closed).toBe(false);
    expect(getOrder(db, 102)?.closed).toBe(true);
  });
});

describe('openCountsByStatus', () => {
  test('counts open orders by effective status', ({ db }) => {
    upsertPulledOrders(db, QUEUE, PULLED_AT);
    enqueueTransition(db, {
      orderId: 101,
      action: 'process',
      operator: 'ana',
      stationId: 's',
      now: PULLED_AT,
    });
    markClosed(db, [105]);
    expect(openCountsByStatus(db, [])).toEqual({ new: 1, inprocess: 2, 'ready-for-delivery': 1 });
  });
});
