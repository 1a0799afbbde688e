// Mistakes are caught and kept: who counts (sign-in first), counts by hand (supervisor PIN, marked),
// wrong scans and over-scans on record with their acknowledgement, and pick lines that lock once
// the order is packed. Everything through the IPC gate, as the renderer calls it.
import { describe, expect } from 'vitest';
import { type AuditRecord, listAudit } from '../../../electron/main/db/audit-log.ts';
import { openStationDb } from '../../../electron/main/db/connection.ts';
import { readPickRows } from '../../../electron/main/db/picking.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { cacheOrders, type TestStation, stationTest as test } from './station-fixture.ts';

const ORDER_ID = 990_101;
const PIN = '2468';

function withDb<T>(dbFile: string, read: (db: ReturnType<typeof openStationDb>) => T): T {
  const db = openStationDb(dbFile);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

function audit(dbFile: string, kind: AuditRecord['kind']): AuditRecord[] {
  return withDb(dbFile, (db) => listAudit(db, { orderId: ORDER_ID, kind, limit: 50 }));
}

/** An order at inprocess with two lines: LT-14 ×1, DOCK-9 ×1 (the fixture's quantity). */
async function signedInWithOrder(st: TestStation, dbFile: string, status: 'inprocess' | 'new' = 'inprocess') {
  await st.value('settings:update', { operator: 'Packer Anna', supervisorPin: { next: PIN } });
  cacheOrders(dbFile, [makeOrder({ id: ORDER_ID, status, partNumbers: ['LT-14', 'DOCK-9'] })]);
}

describe('who counts a pick', () => {
  test('no pick is counted while nobody is signed in', async ({ st, dbFile }) => {
    cacheOrders(dbFile, [makeOrder({ id: ORDER_ID, status: 'inprocess' })]);
    const refused = await st.call('picks:record', { orderId: ORDER_ID, line: 0, delta: 1, source: 'scan' });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'rejected', message: 'Sign in first: scans are counted for the operator who packs.' },
    });
    expect((await st.value('orders:get', { orderId: ORDER_ID })).picked).toEqual([0]);
  });

  test('every pick carries the operator who counted it', async ({ st, dbFile }) => {
    await signedInWithOrder(st, dbFile);
    await st.value('picks:record', { orderId: ORDER_ID, line: 0, delta: 1, source: 'scan' });
    await st.value('settings:update', { operator: 'Packer Ben' });
    await st.value('picks:record', { orderId: ORDER_ID, line: 1, delta: 1, source: 'scan' });
    const rows = withDb(dbFile, (db) => readPickRows(db, ORDER_ID));
    expect(rows.get(0)).toMatchObject({ picked: 1, manual: 0, operator: 'Packer Anna' });
    expect(rows.get(1)).toMatchObject({ picked: 1, manual: 0, operator: 'Packer Ben' });
  });
});

describe('a count by hand', () => {
  test('needs the supervisor PIN by default, and is marked manual on the line and in the audit log', async ({
    st,
    dbFile,
  }) => {
    await signedInWithOrder(st, dbFile);
    expect((await st.value('settings:get')).manualCountNeedsSupervisor).toBe(true);
    const plus = { orderId: ORDER_ID, line: 0, delta: 1, source: 'manual' } as const;

    const noPin = await st.call('picks:record', plus);
    expect(noPin).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    expect(!noPin.ok && noPin.error.message).toMatch(/needs the supervisor PIN: scan the item/);
    const wrong = await st.call('picks:record', { ...plus, pin: '1357' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    expect((await st.value('orders:get', { orderId: ORDER_ID })).picked).toEqual([0, 0]);

    await expect(st.value('picks:record', { ...plus, pin: PIN })).resolves.toEqual({
      picked: [1, 0],
      manual: [1, 0],
    });
    // A scan is not marked manual.
    await st.value('picks:record', { orderId: ORDER_ID, line: 1, delta: 1, source: 'scan' });
    const detail = await st.value('orders:get', { orderId: ORDER_ID });
    expect(detail.picked).toEqual([1, 1]);
    expect(detail.manual).toEqual([1, 0]);

    const [row] = audit(dbFile, 'pick-counted-by-hand');
    expect(row).toMatchObject({
      operator: 'Packer Anna',
      orderId: ORDER_ID,
      detail: { line: 0, partNumber: 'LT-14', picked: 1 },
    });
    expect(audit(dbFile, 'supervisor-pin-refused')).toHaveLength(1);

    // −1 needs no PIN (it never counts an item that is not there), but it is on record, and the
    // line is no longer marked as counted by hand once the item is out.
    await expect(
      st.value('picks:record', { orderId: ORDER_ID, line: 0, delta: -1, source: 'manual' }),
    ).resolves.toEqual({ picked: [0, 1], manual: [0, 0] });
    expect(audit(dbFile, 'pick-taken-back')).toMatchObject([
      { operator: 'Packer Anna', detail: { line: 0 } },
    ]);
  });

  test('with no PIN set on the station, a count by hand says a supervisor sets one first', async ({
    st,
    dbFile,
  }) => {
    await st.value('settings:update', { operator: 'Packer Anna' });
    cacheOrders(dbFile, [makeOrder({ id: ORDER_ID, status: 'inprocess' })]);
    const refused = await st.call('picks:record', { orderId: ORDER_ID, line: 0, delta: 1, source: 'manual' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(!refused.ok && refused.error.message).toMatch(/No supervisor PIN is set/);
  });

  test('only a supervisor turns the guard off; then +1 by hand needs no PIN and is still marked', async ({
    st,
    dbFile,
  }) => {
    await signedInWithOrder(st, dbFile);
    const refused = await st.call('settings:update', { manualCountNeedsSupervisor: false });
    expect(refused).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    expect(!refused.ok && refused.error.message).toMatch(/count by hand needs a supervisor/);
    const off = await st.value('settings:update', { manualCountNeedsSupervisor: false, pin: PIN });
    expect(off.manualCountNeedsSupervisor).toBe(false);

    await expect(
      st.value('picks:record', { orderId: ORDER_ID, line: 0, delta: 1, source: 'manual' }),
    ).resolves.toEqual({ picked: [1, 0], manual: [1, 0] });
    expect(audit(dbFile, 'pick-counted-by-hand')).toHaveLength(1);
    // Turning it back on is free.
    await expect(st.value('settings:update', { manualCountNeedsSupervisor: true })).resolves.toMatchObject({
      manualCountNeedsSupervisor: true,
    });
  });
});

describe('pick lines of a packed order', () => {
  test('are locked once the order is marked packed: −1 and +1 are refused with what to do', async ({
    st,
    dbFile,
  }) => {
    await signedInWithOrder(st, dbFile);
    for (const line of [0, 1]) {
      await st.value('picks:record', { orderId: ORDER_ID, line, delta: 1, source: 'scan' });
    }
    await st.value('transitions:enqueue', { orderId: ORDER_ID, action: 'process', seenStatus: 'inprocess' });
    const detail = await st.value('orders:get', { orderId: ORDER_ID });
    expect(detail.effectiveStatus).toBe('ready-for-delivery');
    expect(detail.picksLocked).toMatch(/is packed .*pick counts are locked/);

    const minus = await st.call('picks:record', { orderId: ORDER_ID, line: 0, delta: -1, source: 'manual' });
    expect(minus).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(!minus.ok && minus.error.message).toBe(
      'Order SO-990101 is packed (status ready-for-delivery): its pick counts are locked as packed, so nothing was changed. If the box is wrong, ask a supervisor to check it.',
    );
    expect((await st.value('orders:get', { orderId: ORDER_ID })).picked).toEqual([1, 1]);
  });

  test('an order in delivery or closed refuses pick changes too; new and in process take them', async ({
    st,
    dbFile,
  }) => {
    await st.value('settings:update', { operator: 'Packer Anna' });
    cacheOrders(dbFile, [
      makeOrder({ id: 990_201, status: 'in-delivery-outbound' }),
      makeOrder({ id: 990_202, status: 'processed' }),
      makeOrder({ id: 990_203, status: 'new' }),
    ]);
    for (const orderId of [990_201, 990_202]) {
      const answer = await st.call('picks:record', { orderId, line: 0, delta: -1, source: 'manual' });
      expect(answer.ok, String(orderId)).toBe(false);
      expect(!answer.ok && answer.error.message).toMatch(/pick counts are locked.*ask a supervisor/);
      expect((await st.value('orders:get', { orderId })).picksLocked).not.toBeNull();
    }
    await expect(
      st.value('picks:record', { orderId: 990_203, line: 0, delta: 1, source: 'scan' }),
    ).resolves.toMatchObject({ picked: [1] });
    expect((await st.value('orders:get', { orderId: 990_203 })).picksLocked).toBeNull();
  });
});

describe('scan mistakes on record', () => {
  test('a wrong scan and an over-scan each write an audit row and are counted on the order', async ({
    st,
    dbFile,
  }) => {
    await signedInWithOrder(st, dbFile);
    expect((await st.value('orders:get', { orderId: ORDER_ID })).mistakes).toEqual({
      wrongScans: 0,
      overScans: 0,
    });
    const hostile = '<img src=x onerror=alert(1)>';
    await st.value('picks:mistake', { orderId: ORDER_ID, code: 'USB-STICK-1', kind: 'wrong-item' });
    await expect(
      st.value('picks:mistake', { orderId: ORDER_ID, code: hostile, kind: 'wrong-item' }),
    ).resolves.toEqual({ wrongScans: 2, overScans: 0 });
    await expect(
      st.value('picks:mistake', { orderId: ORDER_ID, code: 'LT-14', kind: 'over-scan', line: 0 }),
    ).resolves.toEqual({ wrongScans: 2, overScans: 1 });

    const wrong = audit(dbFile, 'scan-wrong-item');
    expect(wrong.map((row) => row.detail.code)).toEqual([hostile, 'USB-STICK-1']);
    expect(wrong[0]).toMatchObject({ operator: 'Packer Anna', orderId: ORDER_ID });
    expect(Number.isNaN(Date.parse(wrong[0]?.at ?? ''))).toBe(false);
    expect(audit(dbFile, 'scan-over-scan')).toMatchObject([{ detail: { code: 'LT-14', line: 0 } }]);
    expect((await st.value('orders:get', { orderId: ORDER_ID })).mistakes).toEqual({
      wrongScans: 2,
      overScans: 1,
    });
  });

  test('the acknowledgement is logged and leaves the mistakes on record', async ({ st, dbFile }) => {
    await signedInWithOrder(st, dbFile);
    await st.value('picks:mistake', { orderId: ORDER_ID, code: 'USB-STICK-1', kind: 'wrong-item' });
    await expect(
      st.value('picks:acknowledge', { orderId: ORDER_ID, code: 'USB-STICK-1', kind: 'wrong-item' }),
    ).resolves.toEqual({ wrongScans: 1, overScans: 0 });
    expect(audit(dbFile, 'scan-mistake-acknowledged')).toMatchObject([
      { operator: 'Packer Anna', detail: { code: 'USB-STICK-1', mistake: 'wrong-item' } },
    ]);
  });

  test('control characters and unknown orders are refused before anything is written', async ({
    st,
    dbFile,
  }) => {
    await signedInWithOrder(st, dbFile);
    const control = (await st.callRaw('picks:mistake', {
      orderId: ORDER_ID,
      code: 'a\u0007b',
      kind: 'wrong-item',
    })) as { ok: boolean; error?: { code: string } };
    expect(control).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const unknown = await st.call('picks:mistake', { orderId: 4_242_424, code: 'X-1', kind: 'wrong-item' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(audit(dbFile, 'scan-wrong-item')).toEqual([]);
  });
});

describe('order labels are not products', () => {
  test('picks:learn-barcode refuses any code that reads as an order label, PIN or not', async ({
    st,
    dbFile,
  }) => {
    await signedInWithOrder(st, dbFile);
    for (const code of [`PSO${ORDER_ID}`, 'pso42', ' PSO7 ']) {
      const refused = await st.call('picks:learn-barcode', { orderId: ORDER_ID, line: 0, code, pin: PIN });
      expect(refused, code).toMatchObject({ ok: false, error: { code: 'rejected' } });
      expect(!refused.ok && refused.error.message).toMatch(/is an order label .* cannot be learned/);
    }
    expect(await st.value('picks:barcodes')).toEqual([]);
    await expect(
      st.value('picks:learn-barcode', { orderId: ORDER_ID, line: 0, code: '4006381333931', pin: PIN }),
    ).resolves.toEqual({ code: '4006381333931', partNumber: 'LT-14' });
  });
});
