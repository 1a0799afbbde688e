// Scanning a sales order number opens its shipment (OrderLookupResult.salesOrderId) when its orders
// are one: two or more here, or the sales order's copy says so. Our label barcode and an order id
// still open that one order; a number two sales orders share is left to the chooser.
import { describe, expect } from 'vitest';
import { openStationDb } from '../../../electron/main/db/connection.ts';
import { storeSalesOrder } from '../../../electron/main/db/sales-cache.ts';
import type { QueueRow } from '../../../shared/ipc/orders.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { cacheOrders, type TestStation, stationTest as test } from './station-fixture.ts';

async function queueOf(st: TestStation): Promise<QueueRow[]> {
  const page = await st.value('orders:query', {
    sort: { by: 'created', direction: 'asc' },
    limit: 500,
    offset: 0,
  });
  return page.rows;
}

/** Stores a sales order's copy as the sales picture refresh would (a second connection). */
function storeCopy(dbFile: string, salesOrderId: number, json: string | null): void {
  const db = openStationDb(dbFile);
  try {
    storeSalesOrder(db, salesOrderId, json, new Date());
  } finally {
    db.close();
  }
}

describe('orders:lookup of a sales order number', () => {
  test('the number of a simulator sales order with several orders here opens its shipment', async ({
    st,
  }) => {
    const rows = await queueOf(st);
    const bySales = new Map<number, QueueRow[]>();
    for (const row of rows) bySales.set(row.salesOrderId, [...(bySales.get(row.salesOrderId) ?? []), row]);
    const [salesOrderId, group] = [...bySales].find(([, orders]) => orders.length >= 2) ?? [];
    const [first] = group ?? [];
    if (!salesOrderId || !group || !first) throw new Error('the demo data should have a sales order of two');

    const found = await st.value('orders:lookup', { code: first.orderNumber.toLowerCase() });
    expect(found?.salesOrderId).toBe(salesOrderId);
    expect(found?.matches.map((m) => m.orderId).sort()).toEqual(group.map((row) => row.id).sort());

    // Its orders' label barcodes and ids still open that one order.
    for (const code of [`PSO${first.id}`, String(first.id)]) {
      const one = await st.value('orders:lookup', { code });
      expect(one?.orderId, code).toBe(first.id);
      expect(one?.matches.map((m) => m.orderId)).toEqual([first.id]);
      expect(one?.salesOrderId, code).toBeUndefined();
    }
  });

  test('a sales order of one order, without a copy that says more, opens the order itself', async ({
    st,
    dbFile,
  }) => {
    const single = makeOrder({ id: 930_001, orderNumber: 'SO-2026-9301' });
    single.order.id = 9301;
    cacheOrders(dbFile, [single]);
    const found = await st.value('orders:lookup', { code: 'SO-2026-9301' });
    expect(found?.orderId).toBe(930_001);
    expect(found?.salesOrderId).toBeUndefined();
  });

  test('one order here of a sales order whose copy says three opens the shipment', async ({ st, dbFile }) => {
    // The copy first: the sales picture refresh never takes it for missing.
    storeCopy(dbFile, 9302, JSON.stringify({ id: 9302, orderNumber: 'SO-2026-9302', items: { total: 3 } }));
    const order = makeOrder({ id: 930_002, orderNumber: 'SO-2026-9302' });
    order.order.id = 9302;
    cacheOrders(dbFile, [order]);
    const found = await st.value('orders:lookup', { code: 'SO-2026-9302' });
    expect(found).toMatchObject({ orderId: 930_002, salesOrderId: 9302 });

    // A damaged copy says nothing: the one order opens.
    storeCopy(dbFile, 9302, '{"items":{"total":3');
    expect((await st.value('orders:lookup', { code: 'SO-2026-9302' }))?.salesOrderId).toBeUndefined();
  });

  test('a number two sales orders share (an ERP that reused it) is left to the chooser', async ({
    st,
    dbFile,
  }) => {
    const orders = [930_011, 930_012, 930_013].map((id, i) => {
      const order = makeOrder({ id, orderNumber: 'SO-2026-9310' });
      order.order.id = i < 2 ? 9310 : 9311;
      return order;
    });
    cacheOrders(dbFile, orders);
    const found = await st.value('orders:lookup', { code: 'SO-2026-9310' });
    expect(found?.matches).toHaveLength(3);
    expect(found?.salesOrderId).toBeUndefined();
  });

  test('hostile codes find nothing and open no shipment', async ({ st }) => {
    for (const code of ["SO-2026' OR 1=1 --", '<script>SO</script>', 'x'.repeat(200)]) {
      const found = await st.value('orders:lookup', { code });
      expect(found, code).toBeNull();
    }
    // Control characters never reach the lookup: the IPC gate refuses them.
    const response = await st.callRaw('orders:lookup', { code: 'SO-2026\u001b[2J' });
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
