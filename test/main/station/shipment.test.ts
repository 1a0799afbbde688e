// One sales order, one shipment, through the station core and its IPC gate: the boxes by address,
// the orders outside them and the ones this station has not got, one label per box (every order
// verified and its packing instructions acknowledged first, two quick clicks one job, a second print a
// reprint), and auto-print of a box packed together. The orders and their sales order and customer
// copies are put into the station's database as the pull and the refresh store them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { openStationDb } from '../../../electron/main/db/connection.ts';
import { writeLock } from '../../../electron/main/db/order-locks.ts';
import { markClosed } from '../../../electron/main/db/orders.ts';
import { listPrintJobs } from '../../../electron/main/db/print-ledger.ts';
import { storeCustomer, storeSalesOrder } from '../../../electron/main/db/sales-cache.ts';
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import type { PrintJobState, PrintJobView } from '../../../shared/ipc/printing.ts';
import { makeOrder, type OrderSpec } from '../../fixtures/fulfillment-order.ts';
import { pdfToText } from '../printing/external-tools.ts';
import {
  cacheOrders,
  startTestStation,
  type TestStation,
  stationTest as test,
  until,
} from './station-fixture.ts';

const CUSTOMER = 7701;

/** A fulfillment order of the sales order `salesOrderId`, as Equipme links it. */
function orderOf(salesOrderId: number, spec: OrderSpec): FulfillmentOrder {
  const order = makeOrder({
    status: 'inprocess',
    customerId: CUSTOMER,
    customerName: 'Nordlicht GmbH',
    ...spec,
  });
  order.order = { ...order.order, id: salesOrderId, orderNumber: `SO-2026-${salesOrderId}` };
  return order;
}

/** The copies the refresh keeps: the sales order (with its number of orders) and the customer. */
function storeCopies(
  dbFile: string,
  salesOrderId: number,
  copies: { total: number; orderNumber?: string; instructions?: string },
): void {
  const db = openStationDb(dbFile);
  try {
    const now = new Date();
    storeSalesOrder(
      db,
      salesOrderId,
      JSON.stringify({
        id: salesOrderId,
        orderNumber: copies.orderNumber ?? `SO-2026-${salesOrderId}`,
        items: { total: copies.total, self: { href: '/i' } },
      }),
      now,
    );
    const metadata = copies.instructions
      ? [{ key: 'packing.instructions', value: copies.instructions, self: { href: '/m' } }]
      : [];
    storeCustomer(
      db,
      CUSTOMER,
      {
        json: JSON.stringify({ id: CUSTOMER, name: 'Nordlicht GmbH' }),
        metadataJson: JSON.stringify(metadata),
      },
      now,
    );
  } finally {
    db.close();
  }
}

async function pickAll(st: TestStation, orderId: number): Promise<void> {
  const { order } = await st.value('orders:get', { orderId });
  for (const [line, item] of (order.bomItems ?? []).entries()) {
    for (let i = 0; i < item.quantity; i++)
      await st.value('picks:record', { orderId, line, delta: 1, source: 'scan' });
  }
}

async function acknowledge(st: TestStation, orderId: number): Promise<void> {
  const { sales } = await st.value('orders:get', { orderId });
  await st.value('orders:acknowledge-instructions', { orderId, digest: sales.instructionsDigest ?? '' });
}

async function printedPdf(st: TestStation, dir: string, job: PrintJobView): Promise<Buffer> {
  let state: PrintJobState | undefined;
  await until(`job ${job.id} printed`, async () => {
    state = (await st.value('print:jobs', { orderId: job.orderId })).find((j) => j.id === job.id)?.state;
    return state === 'printed';
  });
  return readFileSync(join(dir, 'labels', `${job.id}-${job.orderId}-label.pdf`));
}

const refusal = (response: { ok: boolean; error?: { message: string } }) =>
  response.ok ? '' : (response.error?.message ?? '');

describe('station core: one sales order, one shipment', () => {
  test('three orders to one address: one box, one label once all are verified and acknowledged', async ({
    st,
    dbFile,
    dir,
  }) => {
    const SO = 990_001;
    const ids = [900_101, 900_102, 900_103];
    cacheOrders(
      dbFile,
      ids.map((id) => orderOf(SO, { id, partNumbers: ['LT-14', 'DOCK-2'] })),
    );
    storeCopies(dbFile, SO, { total: 3, instructions: 'Fragile: pack upright.' });
    await st.value('settings:update', { operator: 'Ana' });

    const view = await st.value('shipment:get', { salesOrderId: SO });
    expect(view).toMatchObject({
      salesOrderId: SO,
      orderNumber: `SO-2026-${SO}`,
      customerName: 'Nordlicht GmbH',
      total: 3,
      cached: 3,
      missing: 0,
      outside: [],
    });
    expect(view.sales.customer).toMatchObject({ state: 'copy', name: 'Nordlicht GmbH' });
    expect(view.boxes).toHaveLength(1);
    const [box] = view.boxes;
    expect(box?.orderIds).toEqual(ids);
    expect(box?.address).toMatchObject({ street: 'Hauptstraße', postalCode: '10115' });
    expect(box?.nextStep).toEqual({ action: 'process', from: 'inprocess' });
    expect(box?.label).toBeNull();
    expect(box?.orders).toEqual(
      ids.map((orderId) => ({
        orderId,
        effectiveStatus: 'inprocess',
        firstProduct: 'Product LT-14',
        picked: 0,
        units: 2,
        verified: false,
        lock: null,
        instructionsDue: true,
        pending: 0,
      })),
    );
    for (const id of ids) expect(box?.labelRefusal).toContain(`Fulfillment order ${id} of this box:`);

    // Each order of the box is checked, and the refusal names the ones still open.
    const print = () => st.call('shipment:print-label', { salesOrderId: SO, orderIds: ids });
    const unpicked = refusal(await print());
    for (const id of ids)
      expect(unpicked).toContain(`Fulfillment order ${id} of this box: Order SO-2026-${SO}`);
    expect(unpicked).toMatch(
      /is not completely picked \(Product LT-14 0\/1, Product DOCK-2 0\/1\): scan the missing items before printing the box label/,
    );
    await pickAll(st, 900_101);
    await pickAll(st, 900_102);
    const onePicked = refusal(await print());
    expect(onePicked.match(/is not completely picked/g)).toHaveLength(1);
    expect(onePicked).toContain(
      'Fulfillment order 900103 of this box: Order SO-2026-990001 is not completely picked',
    );
    await pickAll(st, 900_103);
    const unread = refusal(await print());
    expect(unread.match(/packing instructions for order/g)).toHaveLength(3);
    await acknowledge(st, 900_101);
    await acknowledge(st, 900_102);
    expect(refusal(await print())).toBe(
      'Fulfillment order 900103 of this box: Nordlicht GmbH has packing instructions for order SO-2026-990001 that have not been acknowledged: read them on the order screen and acknowledge them, then print the label.',
    );
    await acknowledge(st, 900_103);
    const ready = await st.value('shipment:get', { salesOrderId: SO });
    expect(ready.boxes[0]).toMatchObject({ labelRefusal: null, label: null });
    expect(ready.boxes[0]?.orders.map((o) => [o.picked, o.verified, o.instructionsDue])).toEqual([
      [2, true, false],
      [2, true, false],
      [2, true, false],
    ]);

    // Two quick clicks: one job.
    const [a, b] = await Promise.all([print(), print()]);
    const jobs = [a, b].flatMap((r) => (r.ok ? [r.value] : []));
    expect(jobs).toHaveLength(1);
    expect(refusal(a.ok ? b : a)).toMatch(
      /^The label of order 900101 in this box (is already waiting for printer|was already printed)/,
    );
    const [job] = jobs;
    if (!job) throw new Error('unreachable');
    expect(job).toMatchObject({
      orderId: 900_101,
      kind: 'label',
      packages: 1,
      operator: 'Ana',
      reprintOf: null,
    });
    const text = await pdfToText(await printedPdf(st, dir, job));
    expect(text).toContain('Package 1/1');
    // The box line names every order packed in it (pdftotext may break the line where it wraps).
    expect(text.replace(/\s+/g, ' ')).toContain(`3 orders in this box: ${ids.join(', ')}`);
    // Sent by the printer queue as any job, and pushed to the screen as it went.
    expect(
      st.events.flatMap((e) => (e.event === 'print:job' && e.payload.id === job.id ? [e.payload.state] : [])),
    ).toEqual(expect.arrayContaining(['queued', 'printed']));
    // Every order of the box counts as labelled: its job list shows the box's label.
    for (const orderId of ids) {
      expect((await st.value('print:jobs', { orderId })).map((j) => j.id)).toEqual([job.id]);
    }
    const labelled = await st.value('shipment:get', { salesOrderId: SO });
    expect(labelled.boxes[0]?.label).toMatchObject({ id: job.id, state: 'printed' });

    const again = refusal(await print());
    expect(again).toMatch(
      /^The label of order 900101 in this box was already printed at .+ on PDF labels — use Reprint with a reason\.$/,
    );
    // One order of the box printed on its own screen: a repeat of the box label, never a second first print.
    const single = refusal(await st.call('print:order', { orderId: 900_103, kind: 'label' }));
    expect(single).toMatch(
      /^The label of this order was already printed at .+ — use Reprint with a reason\.$/,
    );

    const reprint = await st.value('shipment:print-label', {
      salesOrderId: SO,
      orderIds: ids,
      packages: 2,
      reprintReason: 'Box split in two',
    });
    expect(reprint).toMatchObject({
      orderId: 900_101,
      reprintOf: job.id,
      reason: 'Box split in two',
      packages: 2,
    });
    const reprinted = await pdfToText(await printedPdf(st, dir, reprint));
    expect(reprinted).toContain('Package 1/2');
    expect(reprinted).toContain('Package 2/2');
    expect(reprinted).toContain('REPRINT');
    expect((await st.value('print:jobs', { orderId: 900_102 })).map((j) => j.id)).toEqual([
      reprint.id,
      job.id,
    ]);
  });

  test('a sales order split across two addresses: two boxes, each its own label', async ({ st, dbFile }) => {
    const SO = 990_002;
    cacheOrders(dbFile, [
      orderOf(SO, { id: 900_201 }),
      orderOf(SO, { id: 900_202 }),
      orderOf(SO, { id: 900_203, postalCode: '80331' }),
    ]);
    // Hostile text in the copy is data: it reaches the screen as plain text.
    storeCopies(dbFile, SO, { total: 3, orderNumber: 'SO-2026-990002\u0007\u202e<b>x</b>' });
    await st.value('settings:update', { operator: 'Ana' });
    for (const id of [900_201, 900_202, 900_203]) await pickAll(st, id);

    const view = await st.value('shipment:get', { salesOrderId: SO });
    expect(view.orderNumber).toBe('SO-2026-990002<b>x</b>');
    expect(view.boxes.map((box) => box.orderIds)).toEqual([[900_201, 900_202], [900_203]]);
    expect(view.boxes.map((box) => box.address?.postalCode)).toEqual(['10115', '80331']);
    expect(view.boxes.map((box) => box.labelRefusal)).toEqual([null, null]);

    // The packer's screen showed the three together: never merged silently.
    const merged = await st.call('shipment:print-label', {
      salesOrderId: SO,
      orderIds: [900_201, 900_202, 900_203],
    });
    expect(refusal(merged)).toBe(
      'The shipment changed since the screen showed it: this box now holds orders 900201, 900202 (the screen showed 900201, 900202, 900203). Look at the shipment again, then print its label.',
    );
    const first = await st.value('shipment:print-label', { salesOrderId: SO, orderIds: [900_201, 900_202] });
    const second = await st.value('shipment:print-label', { salesOrderId: SO, orderIds: [900_203] });
    expect([first.orderId, second.orderId]).toEqual([900_201, 900_203]);
    expect((await st.value('print:jobs', { orderId: 900_202 })).map((j) => j.id)).toEqual([first.id]);
    expect((await st.value('print:jobs', { orderId: 900_203 })).map((j) => j.id)).toEqual([second.id]);
    const labelled = await st.value('shipment:get', { salesOrderId: SO });
    expect(labelled.boxes.map((box) => box.label?.id)).toEqual([first.id, second.id]);
  });

  test('orders outside every box are listed with their reason; missing ones come from items.total', async ({
    st,
    dbFile,
  }) => {
    const SO = 990_003;
    cacheOrders(dbFile, [
      orderOf(SO, { id: 900_301, status: 'new' }),
      orderOf(SO, { id: 900_302, transactionType: 'return' }),
      orderOf(SO, { id: 900_303, status: 'in-delivery-outbound' }),
      orderOf(SO, { id: 900_304, fulfillmentType: 'dropshipping' }),
      orderOf(SO, { id: 900_305, status: 'ready-for-delivery' }),
      orderOf(SO, { id: 900_306 }),
    ]);
    const db = openStationDb(dbFile);
    try {
      markClosed(db, [900_306]);
    } finally {
      db.close();
    }
    storeCopies(dbFile, SO, { total: 8 });
    const view = await st.value('shipment:get', { salesOrderId: SO });
    expect(view).toMatchObject({ total: 8, cached: 6, missing: 2 });
    expect(view.outside).toEqual([
      {
        orderId: 900_302,
        effectiveStatus: 'inprocess',
        transactionType: 'return',
        reason: 'not-shipped-here',
      },
      {
        orderId: 900_303,
        effectiveStatus: 'in-delivery-outbound',
        transactionType: 'order',
        reason: 'other-status',
      },
      {
        orderId: 900_304,
        effectiveStatus: 'inprocess',
        transactionType: 'order',
        reason: 'not-shipped-here',
      },
      { orderId: 900_306, effectiveStatus: 'inprocess', transactionType: 'order', reason: 'closed' },
    ]);
    // New and packed in one box: no step for the box as a whole.
    expect(view.boxes.map((box) => [box.orderIds, box.nextStep])).toEqual([[[900_301, 900_305], null]]);

    // A sales order none of whose orders is open is found by its number; one the station never saw is not.
    const gone = await st.call('shipment:get', { salesOrderId: 990_999 });
    expect(gone).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(refusal(gone)).toBe(
      "Sales order 990999 has no fulfillment orders in this station's order list. Refresh the orders (Sync now) and try again.",
    );
    const closedOnly = 990_004;
    cacheOrders(dbFile, [orderOf(closedOnly, { id: 900_401 })]);
    const again = openStationDb(dbFile);
    try {
      markClosed(again, [900_401]);
    } finally {
      again.close();
    }
    // Without a copy of the sales order nothing tells its number: not found, in words.
    expect(await st.call('shipment:get', { salesOrderId: closedOnly })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    storeCopies(dbFile, closedOnly, { total: 2 });
    const closed = await st.value('shipment:get', { salesOrderId: closedOnly });
    expect(closed).toMatchObject({ cached: 1, total: 2, missing: 1, boxes: [] });
    expect(closed.outside.map((o) => [o.orderId, o.reason])).toEqual([[900_401, 'closed']]);
  });

  test('a locked order stops its box: no label, no step, and nothing queued for the others', async ({
    st,
    dbFile,
  }) => {
    const SO = 990_006;
    const ids = [900_601, 900_602];
    cacheOrders(
      dbFile,
      ids.map((id) => orderOf(SO, { id })),
    );
    storeCopies(dbFile, SO, { total: 2 });
    await st.value('settings:update', { operator: 'Ana' });
    for (const id of ids) await pickAll(st, id);
    const db = openStationDb(dbFile);
    try {
      writeLock(db, 900_602, {
        reason: 'conflict',
        serverStatus: 'cancelled',
        expected: 'inprocess',
        entryId: null,
        since: new Date().toISOString(),
      });
    } finally {
      db.close();
    }
    const view = await st.value('shipment:get', { salesOrderId: SO });
    const [box] = view.boxes;
    expect(box?.orders.map((o) => o.lock)).toEqual([null, 'conflict']);
    expect(box?.nextStep).toBeNull();
    expect(box?.labelRefusal).toMatch(
      /^Fulfillment order 900602 of this box: This order is locked, so printing the box label is refused: Equipme says this order is cancelled/,
    );
    const label = await st.call('shipment:print-label', { salesOrderId: SO, orderIds: ids });
    expect(refusal(label)).toBe(box?.labelRefusal);
    const step = await st.call('shipment:step', {
      salesOrderId: SO,
      orderIds: ids,
      action: 'process',
      seenStatus: 'inprocess',
    });
    expect(refusal(step)).toMatch(
      /^Fulfillment order 900602 of this box: This order is locked, so moving it on is refused/,
    );
    expect((await st.value('outbox:list', {})).filter((e) => ids.includes(e.orderId))).toEqual([]);
    expect(await st.value('print:jobs', { orderId: 900_601 })).toEqual([]);

    // What the gate lets through is a box as the screen lists it: ids ascending, each once.
    for (const orderIds of [[900_602, 900_601], [900_601, 900_601], [], ['900601'], Array(51).fill(1)]) {
      expect(await st.callRaw('shipment:print-label', { salesOrderId: SO, orderIds })).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
    expect(await st.call('shipment:print-label', { salesOrderId: SO, orderIds: [900_601] })).toMatchObject({
      ok: false,
      error: { code: 'rejected' },
    });
  });

  test('auto-print of a box packed together gives it one label and each order its slip', async ({
    dbFile,
  }) => {
    const st = await startTestStation(dbFile);
    const SO = 990_005;
    const ids = [900_501, 900_502, 900_503];
    try {
      cacheOrders(
        dbFile,
        ids.map((id) => orderOf(SO, { id })),
      );
      storeCopies(dbFile, SO, { total: 3 });
      await st.value('settings:update', { operator: 'Ana' });
      await st.value('printers:save', { autoPrint: { label: true, slip: true } });
      for (const id of ids) await pickAll(st, id);
      const entries = await st.value('shipment:step', {
        salesOrderId: SO,
        orderIds: ids,
        action: 'process',
        seenStatus: 'inprocess',
      });
      expect(entries.map((e) => [e.orderId, e.statusBefore, e.expectedAfter])).toEqual(
        ids.map((id) => [id, 'inprocess', 'ready-for-delivery']),
      );
    } finally {
      // Closing waits for every auto-print started so far.
      await st.station.close();
    }
    const db = openStationDb(dbFile);
    try {
      const jobs = listPrintJobs(db, { limit: 1000 }).filter((job) => ids.includes(job.orderId));
      expect(jobs.filter((job) => job.kind === 'label').map((job) => job.orderId)).toEqual([900_501]);
      expect(
        jobs
          .filter((job) => job.kind === 'slip')
          .map((job) => job.orderId)
          .sort(),
      ).toEqual(ids);
      for (const orderId of ids) {
        expect(listPrintJobs(db, { orderId }).filter((job) => job.kind === 'label')).toHaveLength(1);
      }
    } finally {
      db.close();
    }
  });
});
