// The order upsert a pull and the drain write every order through: an order pulled as it is cached
// touches only its pull time, and a warm connection compiles no statement for it.
import { describe, expect, vi } from 'vitest';
import type { StationDb } from '../../../electron/main/db/index.ts';
import { getOrder, queryOrders, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { markClosed } from '../../../electron/main/db/orders.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

const FIRST = new Date('2025-03-01T08:00:00.000Z');
const LATER = new Date('2025-03-01T09:00:00.000Z');
const ORDERS = Array.from({ length: 40 }, (_, index) =>
  makeOrder({ id: index + 1, customerName: `Müller K${index + 1}` }),
);

/** Counts rewrites of any column an index or the search reads (every column but pulled_at). */
function countRewrites(db: StationDb): () => number {
  db.exec(`
    CREATE TEMP TABLE rewrites (n INTEGER NOT NULL);
    INSERT INTO rewrites VALUES (0);
    CREATE TEMP TRIGGER count_rewrites AFTER UPDATE OF order_number, sales_order_id, external_id,
      server_status, effective_status, transaction_type, fulfillment_type, customer_id, customer_name,
      location_id, location_name, is_preorder, created_at, postal_code, country_code, part_numbers,
      search_text, json, closed, lock ON main.orders
    BEGIN UPDATE rewrites SET n = n + 1; END;
  `);
  return () => db.prepare('SELECT n FROM rewrites').pluck().get() as number;
}

const ids = (db: StationDb, text: string) =>
  queryOrders(db, { text, sort: { by: 'created', direction: 'asc' }, limit: 100, offset: 0 }).rows.map(
    (row) => row.id,
  );

describe('upsertPulledOrders, pulled again', () => {
  test('an order as cached rewrites none of its indexed columns, only its pull time', ({ db }) => {
    upsertPulledOrders(db, ORDERS, FIRST);
    const rewrites = countRewrites(db);
    const outcomes = upsertPulledOrders(
      db,
      ORDERS.map((order) => structuredClone(order)),
      LATER,
    );
    expect(rewrites()).toBe(0);
    expect(outcomes.every((o) => !o.isNew && !o.serverStatusChanged && o.conflict === null)).toBe(true);
    expect(getOrder(db, 7)?.pulledAt).toBe(LATER.toISOString());
    expect(ids(db, 'müller k7')).toEqual([7]);
  });

  test('a changed order is rewritten and searched by its new text', ({ db }) => {
    upsertPulledOrders(db, ORDERS, FIRST);
    const rewrites = countRewrites(db);
    const renamed = makeOrder({ id: 7, customerName: 'Neumann KG' });
    const moved = makeOrder({ id: 8, customerName: 'Müller K8', status: 'inprocess' });
    upsertPulledOrders(db, [...ORDERS.slice(0, 6), renamed, moved, ...ORDERS.slice(8)], LATER);
    expect(rewrites()).toBe(2);
    expect(ids(db, 'neumann')).toEqual([7]);
    expect(getOrder(db, 8)).toMatchObject({ serverStatus: 'inprocess', effectiveStatus: 'inprocess' });
  });

  test('the same JSON is rewritten when the station state changes: a closed order seen open', ({ db }) => {
    upsertPulledOrders(db, ORDERS, FIRST);
    markClosed(db, [3]);
    const rewrites = countRewrites(db);
    upsertPulledOrders(db, ORDERS, LATER);
    expect(rewrites()).toBe(1);
    expect(getOrder(db, 3)?.closed).toBe(false);
  });

  test('a warm connection compiles no statement for a looked-at order', ({ db }) => {
    upsertPulledOrders(db, ORDERS, FIRST);
    upsertPulledOrders(db, [makeOrder({ id: 1, status: 'inprocess' })], LATER);
    const prepare = vi.spyOn(db, 'prepare');
    upsertPulledOrders(db, [makeOrder({ id: 2, status: 'inprocess' })], LATER);
    upsertPulledOrders(db, [makeOrder({ id: 41 })], LATER);
    expect(prepare).not.toHaveBeenCalled();
    prepare.mockRestore();
    expect(ids(db, 'so-41')).toEqual([41]);
  });

  test('a fresh order asks the outbox nothing: it cannot have steps before it is cached', ({ db }) => {
    const outboxReads: string[] = [];
    const prepare = db.prepare.bind(db);
    const spy = vi.spyOn(db, 'prepare').mockImplementation(((source: string) => {
      const prepared = prepare(source);
      if (!/FROM outbox/.test(source)) return prepared;
      const get = prepared.get.bind(prepared);
      prepared.get = ((...args: unknown[]) => {
        outboxReads.push(source);
        return get(...args);
      }) as typeof prepared.get;
      return prepared;
    }) as typeof db.prepare);
    try {
      upsertPulledOrders(db, ORDERS, FIRST);
      expect(outboxReads).toEqual([]);
      upsertPulledOrders(db, ORDERS.slice(0, 5), LATER);
      expect(outboxReads).toHaveLength(5);
    } finally {
      spy.mockRestore();
    }
  });
});
