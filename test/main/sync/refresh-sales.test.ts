// The sales picture refresh: missing copies first, then stale ones, a bounded number per round with a
// bounded number of requests in flight, each copy stored as it comes; a record Equipme does not have
// (404, or 403 while the list still works) stored as gone; anything else ends the round, keeping what
// was stored. Driven with scripted Equipme answers; the round trip through the real client and the
// simulator is in refresh-sales-simulator.test.ts.
import { expect, vi } from 'vitest';
import type { ApiError } from '../../../electron/main/api/api-error.ts';
import { upsertPulledOrders } from '../../../electron/main/db/index.ts';
import {
  openOrdersOfSalesOrder,
  readCustomerCopy,
  readSalesOrderCopy,
} from '../../../electron/main/db/sales-cache.ts';
import { refreshSalesPicture, type SalesReads } from '../../../electron/main/sync/refresh-sales.ts';
import { err, ok } from '../../../shared/domain/result.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

const T0 = new Date('2026-12-01T08:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const signal = new AbortController().signal;

const failure = (kind: ApiError['kind'], status?: number): ApiError => ({
  kind,
  status,
  retryable: kind !== 'not-found' && kind !== 'forbidden',
  delivery: 'answered',
  message: `scripted ${kind}`,
});

interface Script {
  salesOrder?: (id: number) => ApiError | null;
  customer?: (id: number) => ApiError | null;
  metadata?: (id: number) => ApiError | null;
}

/** Scripted Equipme reads that count requests and how many are in flight at once. */
function scriptedReads(script: Script = {}) {
  const calls: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const read =
    (kind: string, fail: ((id: number) => ApiError | null) | undefined, value: (id: number) => unknown) =>
    async (id: number) => {
      calls.push(`${kind} ${id}`);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      const error = fail?.(id) ?? null;
      return error ? err(error) : ok(value(id));
    };
  const reads: SalesReads = {
    getSalesOrder: read('sales-order', script.salesOrder, (id) => ({ id, note: `<p>note ${id}</p>` })),
    getCustomer: read('customer', script.customer, (id) => ({ id, name: `Customer ${id}`, language: 'de' })),
    getCustomerMetadata: read('metadata', script.metadata, (id) => [
      { key: 'packing.instructions', value: `c${id}` },
    ]),
  };
  return { reads, calls, maxInFlight: () => maxInFlight };
}

/** Orders 1..n; order i belongs to sales order 500000 + ceil(i / 2) and customer 40 + (i % 3). */
function cacheOrders(db: Parameters<typeof upsertPulledOrders>[0], n: number): void {
  const orders = Array.from({ length: n }, (_, k) => {
    const id = k + 1;
    const order = makeOrder({ id, customerId: 40 + (id % 3) });
    return { ...order, order: { ...order.order, id: 500_000 + Math.ceil(id / 2) } };
  });
  upsertPulledOrders(db, orders, T0);
}

test('a first round fetches each distinct sales order and customer once, and stores them', async ({ db }) => {
  cacheOrders(db, 6);
  const { reads, calls } = scriptedReads();
  const result = await refreshSalesPicture(db, reads, () => T0, signal);
  expect(result).toEqual({
    ok: true,
    value: { salesOrders: 3, customers: 3, gone: 0, unreadable: [], more: false, gaveWay: false },
  });
  expect(calls.filter((c) => c.startsWith('sales-order')).sort()).toEqual([
    'sales-order 500001',
    'sales-order 500002',
    'sales-order 500003',
  ]);
  expect(calls.filter((c) => c.startsWith('customer')).sort()).toEqual([
    'customer 40',
    'customer 41',
    'customer 42',
  ]);
  expect(calls.filter((c) => c.startsWith('metadata'))).toHaveLength(3);
  expect(readSalesOrderCopy(db, 500_002)).toEqual({
    id: 500_002,
    json: JSON.stringify({ id: 500_002, note: '<p>note 500002</p>' }),
    fetchedAt: T0.toISOString(),
  });
  expect(JSON.parse(readCustomerCopy(db, 41)?.metadataJson ?? 'null')).toEqual([
    { key: 'packing.instructions', value: 'c41' },
  ]);
  expect(openOrdersOfSalesOrder(db, 500_002)).toEqual([3, 4]);

  // Nothing is due a minute later: no request at all.
  const again = scriptedReads();
  expect(await refreshSalesPicture(db, again.reads, () => minutes(1), signal)).toEqual({
    ok: true,
    value: { salesOrders: 0, customers: 0, gone: 0, unreadable: [], more: false, gaveWay: false },
  });
  expect(again.calls).toEqual([]);
});

test('stale copies are fetched again after their time to live; fresh ones are not', async ({ db }) => {
  cacheOrders(db, 4);
  await refreshSalesPicture(db, scriptedReads().reads, () => T0, signal);
  const later = scriptedReads();
  const result = await refreshSalesPicture(db, later.reads, () => minutes(16), signal);
  // Sales orders live 15 minutes, customers 6 hours.
  expect(result.ok && result.value).toEqual({
    salesOrders: 2,
    customers: 0,
    gone: 0,
    unreadable: [],
    more: false,
    gaveWay: false,
  });
  expect(readSalesOrderCopy(db, 500_001)?.fetchedAt).toBe(minutes(16).toISOString());
  const muchLater = scriptedReads();
  await refreshSalesPicture(db, muchLater.reads, () => minutes(6 * 60 + 1), signal);
  expect(muchLater.calls.filter((c) => c.startsWith('customer')).sort()).toEqual([
    'customer 40',
    'customer 41',
    'customer 42',
  ]);
});

test('a round fetches at most its budget, missing copies before stale ones, with a bounded pool', async ({
  db,
}) => {
  cacheOrders(db, 40); // 20 sales orders, 3 customers
  const first = scriptedReads();
  const result = await refreshSalesPicture(db, first.reads, () => T0, signal, { budget: 8, concurrency: 3 });
  expect(result.ok && result.value).toEqual({
    salesOrders: 8,
    customers: 0,
    gone: 0,
    unreadable: [],
    more: true,
    gaveWay: false,
  });
  expect(first.maxInFlight()).toBe(3);

  // The next round, later than the time to live of the first eight: the twelve missing come first.
  const second = scriptedReads();
  await refreshSalesPicture(db, second.reads, () => minutes(20), signal, { budget: 12 });
  const fetched = second.calls.map((c) => Number(c.split(' ')[1]));
  expect(fetched.every((id) => id > 500_008)).toBe(true);
  expect(fetched).toHaveLength(12);
});

test('a record Equipme does not have is stored as gone: 404, or a 403 about that record alone', async ({
  db,
}) => {
  cacheOrders(db, 6);
  const { reads } = scriptedReads({
    salesOrder: (id) =>
      id === 500_001 ? failure('not-found', 404) : id === 500_002 ? failure('forbidden', 403) : null,
    metadata: (id) => (id === 41 ? failure('not-found', 404) : null),
  });
  const result = await refreshSalesPicture(db, reads, () => T0, signal);
  expect(result.ok && result.value).toEqual({
    salesOrders: 3,
    customers: 3,
    gone: 2,
    unreadable: [],
    more: false,
    gaveWay: false,
  });
  expect(readSalesOrderCopy(db, 500_001)).toEqual({ id: 500_001, json: null, fetchedAt: T0.toISOString() });
  expect(readSalesOrderCopy(db, 500_002)?.json).toBeNull();
  // A customer without metadata has none.
  expect(readCustomerCopy(db, 41)?.metadataJson).toBe('[]');
});

test('a 403 while the list fails too (a revoked key) ends the round; what was stored stays', async ({
  db,
}) => {
  cacheOrders(db, 6);
  await refreshSalesPicture(db, scriptedReads().reads, () => T0, signal);
  const { reads } = scriptedReads({ salesOrder: () => failure('unauthorized', 403) });
  const result = await refreshSalesPicture(db, reads, () => minutes(16), signal);
  expect(result).toEqual({ ok: false, error: failure('unauthorized', 403) });
  // The last copies are kept for offline use, with their age.
  expect(readSalesOrderCopy(db, 500_001)?.json).not.toBeNull();
  expect(readSalesOrderCopy(db, 500_001)?.fetchedAt).toBe(T0.toISOString());
});

test('the network gone ends the round at the first failure, keeping every copy stored before it', async ({
  db,
}) => {
  cacheOrders(db, 20);
  let answered = 0;
  const { reads, calls } = scriptedReads({
    salesOrder: () => (++answered > 4 ? failure('offline') : null),
  });
  const result = await refreshSalesPicture(db, reads, () => T0, signal, { concurrency: 1 });
  expect(result.ok).toBe(false);
  expect(!result.ok && result.error.kind).toBe('offline');
  expect(calls).toHaveLength(5);
  const stored = Array.from({ length: 10 }, (_, k) => readSalesOrderCopy(db, 500_001 + k)).filter(Boolean);
  expect(stored).toHaveLength(4);
});

test('closed orders need no copies', async ({ db }) => {
  cacheOrders(db, 2);
  db.prepare('UPDATE orders SET closed = 1').run();
  const { reads, calls } = scriptedReads();
  expect((await refreshSalesPicture(db, reads, () => T0, signal)).ok).toBe(true);
  expect(calls).toEqual([]);
});

test('a garbage answer about one record keeps its last copy and does not stop the round', async ({ db }) => {
  cacheOrders(db, 6);
  const garbage = failure('invalid-response', 200);
  const { reads, calls } = scriptedReads({ salesOrder: (id) => (id === 500_001 ? garbage : null) });
  const result = await refreshSalesPicture(db, reads, () => T0, signal);
  expect(result).toEqual({
    ok: true,
    value: { salesOrders: 2, customers: 3, gone: 0, unreadable: [garbage], more: false, gaveWay: false },
  });
  expect(calls.filter((c) => c.startsWith('sales-order'))).toHaveLength(3);
  expect(readSalesOrderCopy(db, 500_001)).toBeNull();
  expect(readSalesOrderCopy(db, 500_002)?.json).not.toBeNull();
});

test('gives way to the operator: a busy operator ends the round, and the next one goes on', async ({
  db,
}) => {
  cacheOrders(db, 6);
  const { reads, calls } = scriptedReads();
  let busy = false;
  const giveWay = () => busy;
  // The operator starts typing once two copies have been fetched.
  const first = await refreshSalesPicture(db, reads, () => T0, signal, {
    concurrency: 1,
    giveWay: () => calls.length >= 2,
  });
  expect(first).toMatchObject({
    ok: true,
    value: { salesOrders: 2, customers: 0, more: true, gaveWay: true },
  });
  busy = false;
  const second = await refreshSalesPicture(db, reads, () => T0, signal, { giveWay });
  expect(second).toMatchObject({
    ok: true,
    value: { salesOrders: 1, customers: 3, more: false, gaveWay: false },
  });
  expect(calls.filter((c) => c.startsWith('sales-order'))).toHaveLength(3);
});

test('a round that starts while the operator is busy reads nothing, not even what is due', async ({ db }) => {
  cacheOrders(db, 3);
  const { reads, calls } = scriptedReads();
  const prepare = vi.spyOn(db, 'prepare');
  const busy = await refreshSalesPicture(db, reads, () => T0, signal, { giveWay: () => true });
  expect(busy).toEqual({
    ok: true,
    value: { salesOrders: 0, customers: 0, gone: 0, unreadable: [], more: true, gaveWay: true },
  });
  expect(prepare).not.toHaveBeenCalled();
  expect(calls).toEqual([]);
  // Quiet again: the same round looks for what is due and fetches it.
  const quiet = await refreshSalesPicture(db, reads, () => T0, signal, { giveWay: () => false });
  expect(quiet).toMatchObject({ ok: true, value: { salesOrders: 2, customers: 3, gaveWay: false } });
  expect(prepare).toHaveBeenCalled();
});
