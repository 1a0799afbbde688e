// Scan-to-verify through the station core: pick counts, verification before packing, supervisor
// overrides and learned barcodes (PIN checked, audited).
import { describe, expect } from 'vitest';
import { listAudit } from '../../../electron/main/db/audit-log.ts';
import { openStationDb } from '../../../electron/main/db/connection.ts';
import type { OrderDetail } from '../../../shared/ipc/orders.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { cacheOrders, type TestStation, stationTest as test, until } from './station-fixture.ts';

const QUERY = { sort: { by: 'created', direction: 'asc' }, offset: 0, limit: 500 } as const;

/** Open in-house orders at `inprocess` that ship and have pick lines with part numbers. */
async function packableOrders(st: TestStation): Promise<OrderDetail[]> {
  const { rows } = await st.value('orders:query', {
    ...QUERY,
    statuses: ['inprocess'],
    transactionTypes: ['order', 'change', 'swap'],
  });
  const details = await Promise.all(rows.map((row) => st.value('orders:get', { orderId: row.id })));
  return details.filter(
    (d) =>
      d.order.fulfillmentType === 'in-house' &&
      (d.order.bomItems ?? []).length > 0 &&
      (d.order.bomItems ?? []).every((item) => item.product?.partNumber && item.quantity > 0),
  );
}

function auditKinds(dbFile: string, orderId: number): string[] {
  const db = openStationDb(dbFile);
  try {
    return listAudit(db, { orderId, limit: 100 }).map((record) => record.kind);
  } finally {
    db.close();
  }
}

describe('station core: picking and verification', () => {
  test('transitions need an operator name', async ({ st }) => {
    const [order] = await packableOrders(st);
    if (!order) throw new Error('no packable order in the demo data');
    const response = await st.call('transitions:enqueue', {
      orderId: order.order.id,
      action: 'cancel',
      seenStatus: 'inprocess',
      confirmed: true,
    });
    expect(response).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(!response.ok && response.error.message).toMatch(/^Sign in first/);
  });

  test('pick counts are saved per line and clamped to 0..quantity', async ({ st }) => {
    await st.value('settings:update', { operator: 'Ana' });
    const [order] = await packableOrders(st);
    if (!order) throw new Error('no packable order in the demo data');
    const orderId = order.order.id;
    const quantity = order.order.bomItems?.[0]?.quantity ?? 0;
    await expect(
      st.value('picks:record', { orderId, line: 0, delta: -1, source: 'manual' }),
    ).resolves.toEqual({
      picked: order.picked,
      manual: order.picked.map(() => 0),
    });
    let picked: number[] = [];
    for (let i = 0; i < quantity + 2; i++) {
      ({ picked } = await st.value('picks:record', { orderId, line: 0, delta: 1, source: 'scan' }));
    }
    expect(picked[0]).toBe(quantity);
    expect((await st.value('orders:get', { orderId })).picked[0]).toBe(quantity);

    const lines = order.order.bomItems?.length ?? 0;
    const beyond = await st.call('picks:record', { orderId, line: lines, delta: 1, source: 'scan' });
    expect(beyond).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(!beyond.ok && beyond.error.message).toContain(`line ${lines + 1} does not exist`);
  });

  test('packing is refused until every line is picked; then the transition is queued', async ({ st }) => {
    await st.value('settings:update', { operator: 'Ana' });
    const [order] = await packableOrders(st);
    if (!order) throw new Error('no packable order in the demo data');
    const orderId = order.order.id;

    const refused = await st.call('transitions:enqueue', {
      orderId,
      action: 'process',
      seenStatus: 'inprocess',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(!refused.ok && refused.error.message).toMatch(/not completely picked.*supervisor/);
    // The shipping label closes the parcel too; the packing slip may go in the box at any time.
    const noLabel = await st.call('print:order', { orderId, kind: 'label' });
    expect(!noLabel.ok && noLabel.error).toMatchObject({ code: 'rejected' });
    expect(!noLabel.ok && noLabel.error.message).toMatch(/not completely picked.*before printing its label/);
    await expect(st.value('print:order', { orderId, kind: 'slip' })).resolves.toMatchObject({ kind: 'slip' });

    for (const [line, item] of (order.order.bomItems ?? []).entries()) {
      for (let i = 0; i < item.quantity; i++) {
        await st.value('picks:record', { orderId, line, delta: 1, source: 'scan' });
      }
    }
    const entry = await st.value('transitions:enqueue', {
      orderId,
      action: 'process',
      seenStatus: 'inprocess',
    });
    expect(entry).toMatchObject({ orderId, action: 'process', statusBefore: 'inprocess', operator: 'Ana' });
    expect(entry.expectedAfter).toBe('ready-for-delivery');
  });

  test('the scan that completes an order, and the one that takes it back, tell every screen showing it', async ({
    st,
  }) => {
    await st.value('settings:update', { operator: 'Ana' });
    const [order] = (await packableOrders(st)).filter((d) =>
      (d.order.bomItems ?? []).some((item) => item.quantity > 1),
    );
    if (!order) throw new Error('no packable order with a line of two or more in the demo data');
    const orderId = order.order.id;
    const told = () =>
      st.events.filter(
        (e) =>
          e.event === 'orders:changed' &&
          e.payload.orderIds !== 'all' &&
          e.payload.orderIds.includes(orderId),
      ).length;
    const lines = [...(order.order.bomItems ?? []).entries()];
    const scans = lines.flatMap(([line, item]) => Array.from({ length: item.quantity }, () => line));
    const last = scans.pop() ?? 0;
    const before = told();
    for (const line of scans) await st.value('picks:record', { orderId, line, delta: 1, source: 'scan' });
    // Counts on the way carry their own answer to the screen that scans: no event for them.
    expect(told()).toBe(before);
    await st.value('picks:record', { orderId, line: last, delta: 1, source: 'scan' });
    expect(told()).toBe(before + 1);
    // An over-scan is clamped: still complete, nothing to tell.
    await st.value('picks:record', { orderId, line: last, delta: 1, source: 'scan' });
    expect(told()).toBe(before + 1);
    await st.value('picks:record', { orderId, line: last, delta: -1, source: 'manual' });
    expect(told()).toBe(before + 2);
  });

  test('a supervisor override lets an unpicked order through; a wrong PIN is refused and audited', async ({
    st,
    dbFile,
  }) => {
    await st.value('settings:update', { operator: 'Ana', supervisorPin: { next: '2468' } });
    const [order] = await packableOrders(st);
    if (!order) throw new Error('no packable order in the demo data');
    const orderId = order.order.id;

    const wrong = await st.call('picks:override', { orderId, pin: '1357', reason: 'Scanner broken' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    expect((await st.value('orders:get', { orderId })).verificationOverride).toBeNull();

    const detail = await st.value('picks:override', { orderId, pin: '2468', reason: 'Scanner broken' });
    expect(detail.verificationOverride).toMatchObject({ by: 'Ana', reason: 'Scanner broken' });
    await expect(
      st.value('transitions:enqueue', { orderId, action: 'process', seenStatus: 'inprocess' }),
    ).resolves.toMatchObject({
      expectedAfter: 'ready-for-delivery',
    });
    expect(auditKinds(dbFile, orderId)).toEqual(
      expect.arrayContaining(['supervisor-pin-refused', 'verification-overridden', 'transition-enqueued']),
    );
  });

  test('overrides need a PIN to be set first', async ({ st }) => {
    const [order] = await packableOrders(st);
    if (!order) throw new Error('no packable order in the demo data');
    const response = await st.call('picks:override', {
      orderId: order.order.id,
      pin: '2468',
      reason: 'Why not',
    });
    expect(response).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(!response.ok && response.error.message).toMatch(/No supervisor PIN/);
  });

  test('orders that do not ship from here, and steps before packing, need no verification', async ({
    st,
    dbFile,
  }) => {
    await st.value('settings:update', { operator: 'Ana' });
    cacheOrders(dbFile, [
      makeOrder({ id: 900_010, status: 'inprocess', fulfillmentType: 'dropshipping' }),
      makeOrder({ id: 900_011, status: 'new' }),
    ]);
    await expect(
      st.value('transitions:enqueue', { orderId: 900_010, action: 'process', seenStatus: 'inprocess' }),
    ).resolves.toMatchObject({
      expectedAfter: 'ready-for-delivery',
    });
    await expect(
      st.value('transitions:enqueue', { orderId: 900_011, action: 'process', seenStatus: 'new' }),
    ).resolves.toMatchObject({
      expectedAfter: 'inprocess',
    });
  });

  test('a barcode is learned for a line with the supervisor PIN', async ({ st, dbFile }) => {
    await st.value('settings:update', { operator: 'Ana', supervisorPin: { next: '2468' } });
    const [order] = await packableOrders(st);
    if (!order) throw new Error('no packable order in the demo data');
    const orderId = order.order.id;
    const partNumber = order.order.bomItems?.[0]?.product?.partNumber;

    const wrong = await st.call('picks:learn-barcode', {
      orderId,
      line: 0,
      code: '4006381333931',
      pin: '0000',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    await expect(st.value('picks:barcodes')).resolves.toEqual([]);

    await expect(
      st.value('picks:learn-barcode', { orderId, line: 0, code: '4006381333931', pin: '2468' }),
    ).resolves.toEqual({ code: '4006381333931', partNumber });
    await expect(st.value('picks:barcodes')).resolves.toEqual([{ code: '4006381333931', partNumber }]);
    await until('the audit row', () => auditKinds(dbFile, orderId).includes('barcode-learned'));
  });
});
