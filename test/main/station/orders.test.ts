// station:info and the order channels against the demo simulator's orders in the cache.
import { describe, expect } from 'vitest';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { cacheOrders, stationTest as test } from './station-fixture.ts';

const NEWEST_FIRST = { sort: { by: 'created', direction: 'desc' }, offset: 0, limit: 500 } as const;

describe('station core: orders', () => {
  test('station:info names the demo backend, the station and the shell', async ({ st }) => {
    const info = await st.value('station:info');
    expect(info).toMatchObject({ version: '0.1.0-test', mode: 'demo', shell: 'browser' });
    expect(info.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(info.stationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('orders:query serves the pulled open orders with counts and locations', async ({ st }) => {
    const result = await st.value('orders:query', NEWEST_FIRST);
    expect(result.total).toBeGreaterThan(0);
    expect(result.rows.length).toBe(Math.min(result.total, 500));
    const created = result.rows.map((row) => row.created);
    expect(created).toEqual([...created].sort().reverse());
    const counted = Object.values(result.countsByStatus).reduce((sum: number, n) => sum + (n ?? 0), 0);
    expect(counted).toBe(result.total);
    expect(result.locations.length).toBeGreaterThan(0);
    for (const row of result.rows) {
      expect(row).toMatchObject({ pending: 0, lock: null, effectiveStatus: row.serverStatus });
    }

    const onlyNew = await st.value('orders:query', { ...NEWEST_FIRST, statuses: ['new'] });
    expect(onlyNew.total).toBe(result.countsByStatus.new);
    expect(onlyNew.rows.every((row) => row.effectiveStatus === 'new')).toBe(true);
    // The chips count every status whatever the status filter.
    expect(onlyNew.countsByStatus).toEqual(result.countsByStatus);
  });

  test('the status counts follow every change of the cache, by this station or another connection', async ({
    st,
    dbFile,
  }) => {
    const before = await st.value('orders:query', NEWEST_FIRST);
    const searched = await st.value('orders:query', { ...NEWEST_FIRST, text: 'a' });
    expect(searched.countsByStatus).toEqual(before.countsByStatus);
    // Another connection (a pull by the CLI) caches two orders more.
    cacheOrders(dbFile, [
      makeOrder({ id: 900_001, status: 'new' }),
      makeOrder({ id: 900_002, status: 'new', location: { id: 77, name: 'Zwolle' } }),
    ]);
    const pulled = await st.value('orders:query', NEWEST_FIRST);
    expect(pulled.countsByStatus.new).toBe((before.countsByStatus.new ?? 0) + 2);
    expect(pulled.locations).toContainEqual({ id: 77, name: 'Zwolle' });
    // This station's own step moves one of them on.
    await st.value('operator:sign-in', { name: 'Anna' });
    await st.value('transitions:enqueue', { orderId: 900_001, action: 'process', seenStatus: 'new' });
    const moved = await st.value('orders:query', NEWEST_FIRST);
    expect(moved.countsByStatus.new).toBe((before.countsByStatus.new ?? 0) + 1);
    expect(moved.countsByStatus.inprocess).toBe((before.countsByStatus.inprocess ?? 0) + 1);
  });

  test('the station location filter applies when the query names no locations', async ({ st }) => {
    const all = await st.value('orders:query', NEWEST_FIRST);
    const [first, second] = all.locations;
    if (!first || !second) throw new Error('the demo data should have two locations');
    await st.value('settings:update', { locationIds: [first.id] });
    const filtered = await st.value('orders:query', NEWEST_FIRST);
    expect(filtered.total).toBeGreaterThan(0);
    expect(filtered.total).toBeLessThan(all.total);
    expect(filtered.rows.every((row) => row.locationName === first.name)).toBe(true);
    // The query's own locations win over the station's.
    const other = await st.value('orders:query', { ...NEWEST_FIRST, locationIds: [second.id] });
    expect(other.rows.every((row) => row.locationName === second.name)).toBe(true);
    expect(st.events).toContainEqual({ event: 'orders:changed', payload: { orderIds: 'all' } });
  });

  test('orders:query says when a broad search counted only up to its cap', async ({ st, dbFile }) => {
    const muller = Array.from({ length: 1010 }, (_, i) =>
      makeOrder({ id: 800_000 + i, customerName: 'Zwölfmüller Handel GmbH' }),
    );
    cacheOrders(dbFile, muller);
    const broad = await st.value('orders:query', { ...NEWEST_FIRST, text: 'zwölfmüller', limit: 20 });
    expect(broad).toMatchObject({ total: 1000, totalCapped: true });
    expect(broad.rows.map((row) => row.id)).toEqual(
      muller
        .slice(-20)
        .reverse()
        .map((order) => order.id),
    );
    const narrow = await st.value('orders:query', { ...NEWEST_FIRST, text: String(800_007) });
    expect(narrow).toMatchObject({ total: 1, totalCapped: false });
    expect((await st.value('orders:query', NEWEST_FIRST)).totalCapped).toBe(false);
  });

  test('orders:get answers the cached order with actions, picks and no entries yet', async ({ st }) => {
    // An Equipme order: a shop order's steps are shop:step, it has no actions (shop-orders.test.ts).
    const { rows } = await st.value('orders:query', {
      ...NEWEST_FIRST,
      statuses: ['new'],
      source: 'equipme',
      limit: 1,
    });
    const row = rows[0];
    if (!row) throw new Error('no new order in the demo data');
    const detail = await st.value('orders:get', { orderId: row.id });
    expect(detail.order.id).toBe(row.id);
    expect(detail).toMatchObject({
      serverStatus: 'new',
      effectiveStatus: 'new',
      entries: [],
      lock: null,
      unknownValues: [],
      unknownReason: null,
    });
    expect(detail.allowedActions).toEqual(['process', 'cancel']);
    expect(detail.picked).toEqual((detail.order.bomItems ?? []).map(() => 0));
    expect(detail.verificationOverride).toBeNull();

    await expect(st.call('orders:get', { orderId: 999_999_999 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  test('orders:get returns the partner note as plain text', async ({ st, dbFile }) => {
    const order = makeOrder({ id: 900_001 });
    order.partnerNote =
      '<p>Fragile &amp; <b>x</b></p><script>alert(1)</script><img src=x onerror=alert(2)>2 &lt; 3';
    cacheOrders(dbFile, [order]);
    const detail = await st.value('orders:get', { orderId: 900_001 });
    expect(detail.order.partnerNote).toBe('Fragile & x\n2 < 3');
    expect(detail.order.partnerNote).not.toMatch(/script|alert|<b>|onerror/);
  });

  test('orders:lookup finds an order by id, order number, external id and label code', async ({
    st,
    dbFile,
  }) => {
    cacheOrders(dbFile, [makeOrder({ id: 900_002, orderNumber: 'SO-2026-0042', externalId: 'ERP-77-ab' })]);
    for (const code of [
      '900002',
      'SO-2026-0042',
      'so-2026-0042',
      'ERP-77-AB',
      'PSO900002',
      'pso900002',
      ' 900002 ',
    ]) {
      await expect(st.value('orders:lookup', { code }), code).resolves.toEqual({
        orderId: 900_002,
        matches: [
          {
            orderId: 900_002,
            orderNumber: 'SO-2026-0042',
            firstProduct: 'Product LT-14-G5',
            effectiveStatus: 'new',
            customerName: 'Acme Logistics GmbH',
            closed: false,
          },
        ],
      });
    }
    for (const code of ['SO-2026-004', 'PSO1', '900003', 'PSO-900002']) {
      await expect(st.value('orders:lookup', { code }), code).resolves.toBeNull();
    }
  });

  test('orders:lookup returns every fulfillment order of a shared number, open ones first, bounded', async ({
    st,
    dbFile,
  }) => {
    const shared = 'SO-2026-7700';
    cacheOrders(dbFile, [
      makeOrder({ id: 910_001, orderNumber: shared, status: 'processed', partNumbers: ['OLD-1'] }),
      makeOrder({ id: 910_002, orderNumber: shared, created: '2026-11-02T09:00:00Z', partNumbers: ['LT-1'] }),
      makeOrder({ id: 910_003, orderNumber: shared, created: '2026-11-03T09:00:00Z', partNumbers: [] }),
      makeOrder({ id: 910_004, orderNumber: 'so-2026-7700', created: '2026-11-01T09:00:00Z' }),
    ]);
    const found = await st.value('orders:lookup', { code: shared.toLowerCase() });
    expect(found?.orderId).toBe(910_003);
    expect(found?.matches.map((m) => [m.orderId, m.firstProduct, m.closed])).toEqual([
      [910_003, null, false],
      [910_002, 'Product LT-1', false],
      [910_004, 'Product LT-14-G5', false],
      [910_001, 'Product OLD-1', true],
    ]);
    // Its label or id still names exactly one.
    const byLabel = await st.value('orders:lookup', { code: 'PSO910002' });
    expect(byLabel?.matches.map((m) => m.orderId)).toEqual([910_002]);
    // The queue row tells them apart too.
    const queue = await st.value('orders:query', { ...NEWEST_FIRST, text: shared });
    expect(queue.rows.map((row) => [row.id, row.firstProduct])).toEqual([
      [910_003, null],
      [910_002, 'Product LT-1'],
      [910_004, 'Product LT-14-G5'],
    ]);

    // A number shared by many more: the chooser gets at most 20.
    const many = Array.from({ length: 30 }, (_, i) => makeOrder({ id: 920_000 + i, orderNumber: 'SO-MANY' }));
    cacheOrders(dbFile, many);
    const bounded = await st.value('orders:lookup', { code: 'SO-MANY' });
    expect(bounded?.matches).toHaveLength(20);
  });

  test('a malformed request never reaches the core', async ({ st }) => {
    const response = await st.callRaw('orders:get', { orderId: '1 OR 1=1' });
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
