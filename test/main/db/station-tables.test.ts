// Migrations 0070–0090: settings, picking records, learned barcodes and the lookup indexes.
import { describe, expect } from 'vitest';
import { forgetOrdersOfOldApi } from '../../../electron/main/db/backend-switch.ts';
import {
  ORDERS_BY_EXTERNAL_ID_SQL,
  ORDERS_BY_NUMBER_SQL,
  ordersByExternalId,
  ordersByNumber,
} from '../../../electron/main/db/order-lookup.ts';
import {
  openCountsByStatus,
  openLocations,
  pendingCounts,
} from '../../../electron/main/db/order-queue-facts.ts';
import { getOrder, upsertPulledOrders } from '../../../electron/main/db/orders.ts';
import {
  listLearnedBarcodes,
  readOverride,
  readPickCounts,
  readPickRows,
  writeLearnedBarcode,
  writeOverride,
  writePickCount,
} from '../../../electron/main/db/picking.ts';
import { readSettings, writeSettings } from '../../../electron/main/db/settings.ts';
import { enqueueTransition } from '../../../electron/main/outbox/index.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { explain } from './explain.ts';

const NOW = new Date('2026-11-25T08:00:00.000Z');

describe('station tables', () => {
  test('settings keep one JSON value per key; undefined deletes', ({ db }) => {
    writeSettings(db, { operator: 'Ana', locationIds: [1, 2], apiUrl: null }, NOW);
    writeSettings(db, { operator: 'Ben', locationIds: undefined }, NOW);
    expect(Object.fromEntries(readSettings(db))).toEqual({ operator: 'Ben', apiUrl: null });
  });

  test('pick counts per order line, never negative, only for cached orders', ({ db }) => {
    upsertPulledOrders(db, [makeOrder({ id: 1 })], NOW);
    writePickCount(db, 1, { line: 0, picked: 2, manual: 0, operator: 'Ana' }, NOW);
    writePickCount(db, 1, { line: 0, picked: 1, manual: 0, operator: 'Ana' }, NOW);
    writePickCount(db, 1, { line: 3, picked: 4, manual: 0, operator: 'Ana' }, NOW);
    expect(readPickCounts(db, 1)).toEqual(
      new Map([
        [0, 1],
        [3, 4],
      ]),
    );
    expect(readPickRows(db, 1).get(0)).toEqual({ line: 0, picked: 1, manual: 0, operator: 'Ana' });
    expect(() => writePickCount(db, 1, { line: 0, picked: 1, manual: -1, operator: 'Ana' }, NOW)).toThrow(
      /CHECK/,
    );
    expect(() => writePickCount(db, 1, { line: 0, picked: -1, manual: 0, operator: 'Ana' }, NOW)).toThrow(
      /CHECK/,
    );
    expect(() => writePickCount(db, 2, { line: 0, picked: 1, manual: 0, operator: 'Ana' }, NOW)).toThrow(
      /FOREIGN KEY/,
    );
  });

  test('the latest override of an order wins; learned barcodes map a code to one part number', ({ db }) => {
    upsertPulledOrders(db, [makeOrder({ id: 1 })], NOW);
    writeOverride(db, 1, { operator: 'Ana', reason: 'first', at: NOW.toISOString() });
    writeOverride(db, 1, { operator: 'Ben', reason: 'second', at: NOW.toISOString() });
    expect(readOverride(db, 1)).toEqual({ operator: 'Ben', reason: 'second', at: NOW.toISOString() });
    expect(readOverride(db, 2)).toBeUndefined();

    const learned = { learnedBy: 'Ana', learnedAt: NOW.toISOString() };
    writeLearnedBarcode(db, { code: '400', partNumber: 'LT-1', ...learned });
    writeLearnedBarcode(db, { code: '400', partNumber: 'LT-2', ...learned });
    writeLearnedBarcode(db, { code: '123', partNumber: 'LT-1', ...learned });
    expect(listLearnedBarcodes(db)).toEqual([
      { code: '123', partNumber: 'LT-1' },
      { code: '400', partNumber: 'LT-2' },
    ]);
  });

  test('lookup by order number and external id ignores case, prefers open orders, uses the indexes', ({
    db,
  }) => {
    upsertPulledOrders(
      db,
      [
        makeOrder({ id: 1, orderNumber: 'SO-7', externalId: 'Erp-1', status: 'processed' }),
        makeOrder({ id: 2, orderNumber: 'SO-7', externalId: null }),
      ],
      NOW,
    );
    expect(ordersByNumber(db, 'so-7', 20).map((match) => match.orderId)).toEqual([2, 1]);
    expect(ordersByNumber(db, 'so-7', 1).map((match) => match.orderId)).toEqual([2]);
    expect(ordersByExternalId(db, 'ERP-1', 20).map((match) => match.orderId)).toEqual([1]);
    expect(ordersByNumber(db, 'SO-8', 20)).toEqual([]);
    expect(explain(db, ORDERS_BY_NUMBER_SQL, ['x', 20])).toContain(
      'USING INDEX orders_by_order_number_nocase',
    );
    expect(explain(db, ORDERS_BY_EXTERNAL_ID_SQL, ['x', 20])).toContain(
      'USING INDEX orders_by_external_id_nocase',
    );
  });

  test('queue facts: pending per order, locations, counts within locations', ({ db }) => {
    upsertPulledOrders(
      db,
      [
        makeOrder({ id: 1, location: { id: 5, name: 'North' } }),
        makeOrder({ id: 2, location: { id: 6, name: 'East' }, status: 'inprocess' }),
        makeOrder({ id: 3, location: null }),
      ],
      NOW,
    );
    enqueueTransition(db, { orderId: 1, action: 'process', operator: 'ana', stationId: 's', now: NOW });
    enqueueTransition(db, { orderId: 1, action: 'cancel', operator: 'ana', stationId: 's', now: NOW });
    expect(pendingCounts(db, [1, 2])).toEqual(new Map([[1, 2]]));
    expect(openLocations(db)).toEqual([
      { id: 6, name: 'East' },
      { id: 5, name: 'North' },
    ]);
    expect(openCountsByStatus(db, [6])).toEqual({ inprocess: 1 });
    // Order 1 is being cancelled by this station: no longer to do, in the counts as in the list.
    expect(openCountsByStatus(db, [])).toEqual({ new: 1, inprocess: 1 });
  });

  test('switching API closes every cached order and forgets picks and overrides', ({ db }) => {
    upsertPulledOrders(db, [makeOrder({ id: 1 }), makeOrder({ id: 2 })], NOW);
    writePickCount(db, 1, { line: 0, picked: 1, manual: 0, operator: 'Ana' }, NOW);
    writeOverride(db, 2, { operator: 'Ana', reason: 'x', at: NOW.toISOString() });
    forgetOrdersOfOldApi(db);
    expect(getOrder(db, 1)?.closed).toBe(true);
    expect(getOrder(db, 2)?.closed).toBe(true);
    expect(readPickCounts(db, 1).size).toBe(0);
    expect(readOverride(db, 2)).toBeUndefined();
  });
});
