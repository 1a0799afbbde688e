// A box of a sales order moved on as one, against the embedded simulator: each fulfillment order gets
// its own outbox entry, and the simulator applies each order's transition exactly once (counted in
// its transitions log). A second press on the old status queues nothing; one order refused queues
// none for the others; once the box label is sent, dispatching the box needs no confirmation.
import { describe, expect } from 'vitest';
import { openStationDb } from '../../../electron/main/db/connection.ts';
import type { AppliedTransition } from '../../../electron/main/simulator/order-book.ts';
import type { ShipmentBox } from '../../../shared/ipc/shipment.ts';
import { startTestStation, stationTest, type TestStation, until } from './station-fixture.ts';

const test = stationTest.extend<{ demo: TestStation }>({
  demo: async ({ dbFile }, use) => {
    // The default demo data set: it has sales orders of three new orders to one address.
    const st = await startTestStation(dbFile, { demoOrders: 500 });
    await use(st);
    await st.station.close();
  },
});

/** A sales order of the demo whose box holds three orders, all new; found, not assumed. */
async function boxOfThreeNew(
  st: TestStation,
  dbFile: string,
): Promise<{ salesOrderId: number; box: ShipmentBox }> {
  const db = openStationDb(dbFile);
  let salesOrderIds: number[];
  try {
    salesOrderIds = db
      .prepare(
        'SELECT sales_order_id FROM orders WHERE closed = 0 GROUP BY sales_order_id HAVING count(*) >= 3 ORDER BY 1',
      )
      .pluck()
      .all() as number[];
  } finally {
    db.close();
  }
  for (const salesOrderId of salesOrderIds) {
    const view = await st.value('shipment:get', { salesOrderId });
    const box = view.boxes.find(
      (b) => b.orderIds.length === 3 && b.orders.every((o) => o.effectiveStatus === 'new' && o.lock === null),
    );
    if (box) return { salesOrderId, box };
  }
  throw new Error('the demo data has no sales order with a box of three new orders');
}

async function pickAll(st: TestStation, orderId: number): Promise<void> {
  const { order } = await st.value('orders:get', { orderId });
  for (const [line, item] of (order.bomItems ?? []).entries()) {
    for (let i = 0; i < item.quantity; i++)
      await st.value('picks:record', { orderId, line, delta: 1, source: 'scan' });
  }
}

async function appliedLog(st: TestStation): Promise<AppliedTransition[]> {
  const { apiUrl } = await st.value('station:info');
  const answer = await fetch(`${apiUrl}/_sim/transitions`, { headers: { 'X-API-KEY': 'demo-key' } });
  return (await answer.json()) as AppliedTransition[];
}

async function entriesOf(st: TestStation, orderIds: readonly number[]) {
  return (await st.value('outbox:list', {})).filter((entry) => orderIds.includes(entry.orderId));
}

async function allApplied(st: TestStation, orderIds: readonly number[], count: number): Promise<void> {
  await until(`${count} entries applied`, async () => {
    const entries = await entriesOf(st, orderIds);
    return entries.length === count && entries.every((entry) => entry.state === 'applied');
  });
}

describe('station core: a box of a shipment moved on as one', () => {
  test('each order gets its own transition, applied exactly once by Equipme', async ({
    demo: st,
    dbFile,
  }) => {
    await st.value('settings:update', { operator: 'Ana' });
    const { salesOrderId, box } = await boxOfThreeNew(st, dbFile);
    const orderIds = box.orderIds;
    expect(box.nextStep).toEqual({ action: 'process', from: 'new' });
    const step = (
      action: 'process' | 'dispatchDelivery',
      seenStatus: 'new' | 'inprocess' | 'ready-for-delivery',
      confirmed?: boolean,
    ) =>
      st.call('shipment:step', {
        salesOrderId,
        orderIds,
        action,
        seenStatus,
        ...(confirmed === undefined ? {} : { confirmed }),
      });

    const started = await step('process', 'new');
    if (!started.ok) expect.fail(started.error.message);
    expect(
      started.value.map((e) => [e.orderId, e.action, e.statusBefore, e.expectedAfter, e.operator]),
    ).toEqual(orderIds.map((id) => [id, 'process', 'new', 'inprocess', 'Ana']));
    // The second press of the same button: the screen showed new, the box is in process now.
    const twice = await step('process', 'new');
    expect(twice).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(!twice.ok && twice.error.message).toBe(
      `Fulfillment order ${orderIds[0]} of this box: This order is already in process (the button was pressed while the screen showed new): the screen has been updated; press again if you meant the next step.`,
    );
    expect(await entriesOf(st, orderIds)).toHaveLength(3);
    await allApplied(st, orderIds, 3);

    // Packing: one order not completely picked refuses the box, and nothing is queued for the others.
    const [first, second, third] = orderIds as [number, number, number];
    await pickAll(st, first);
    await pickAll(st, second);
    const short = await step('process', 'inprocess');
    expect(!short.ok && short.error.message).toMatch(
      new RegExp(
        `^Fulfillment order ${third} of this box: Order .+ is not completely picked \\(.+\\): scan the missing items before 'process', or ask a supervisor to override\\.$`,
      ),
    );
    expect(await entriesOf(st, orderIds)).toHaveLength(3);
    expect(
      (await st.value('shipment:get', { salesOrderId })).boxes[0]?.orders.map((o) => o.effectiveStatus),
    ).toEqual(['inprocess', 'inprocess', 'inprocess']);
    await pickAll(st, third);
    const packed = await step('process', 'inprocess');
    expect(packed.ok && packed.value.map((e) => e.expectedAfter)).toEqual([
      'ready-for-delivery',
      'ready-for-delivery',
      'ready-for-delivery',
    ]);
    await allApplied(st, orderIds, 6);

    // No label yet: dispatching the box needs the packer's confirmation, for each of its orders.
    const unlabelled = await step('dispatchDelivery', 'ready-for-delivery');
    expect(!unlabelled.ok && unlabelled.error.message).toMatch(
      new RegExp(`^Fulfillment order ${first} of this box: No shipping label has been printed for order `),
    );
    const label = await st.value('shipment:print-label', { salesOrderId, orderIds });
    await until('the box label to be printed', async () => {
      const job = (await st.value('print:jobs', { orderId: third })).find((j) => j.id === label.id);
      return job?.state === 'printed';
    });
    const dispatched = await step('dispatchDelivery', 'ready-for-delivery');
    if (!dispatched.ok) expect.fail(dispatched.error.message);
    expect(dispatched.value.map((e) => e.orderId)).toEqual(orderIds);
    await allApplied(st, orderIds, 9);

    // Equipme applied every order's three steps, each exactly once, in order.
    const log = await appliedLog(st);
    for (const orderId of orderIds) {
      expect(log.filter((t) => t.orderId === orderId).map((t) => [t.action, t.from, t.to])).toEqual([
        ['process', 'new', 'inprocess'],
        ['process', 'inprocess', 'ready-for-delivery'],
        ['dispatchDelivery', 'ready-for-delivery', 'in-delivery-outbound'],
      ]);
    }
  });
});
