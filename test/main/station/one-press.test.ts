// One press, one step, enforced in main: a press made on a status the order has already left is
// refused (whatever the UI does), and what needs the operator's word needs `confirmed` — a dispatch
// only while no label has been printed (checked against the print ledger), a delivery every time.
import { describe, expect } from 'vitest';
import type { FulfillmentStatus } from '../../../shared/api/equipme.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { cacheOrders, type TestStation, stationTest as test, until } from './station-fixture.ts';

async function entriesOf(st: TestStation, orderId: number) {
  return (await st.value('orders:get', { orderId })).entries;
}

async function refusal(st: TestStation, args: Parameters<TestStation['call']>[1]) {
  const response = await st.call('transitions:enqueue', args as never);
  if (response.ok) expect.fail(`expected a refusal, got entry ${response.value.id}`);
  return response.error;
}

/** Scans every item, so the parcel may be closed, labelled and dispatched. */
async function pickAll(st: TestStation, orderId: number) {
  const { order } = await st.value('orders:get', { orderId });
  for (const [line, item] of (order.bomItems ?? []).entries())
    for (let i = 0; i < item.quantity; i++)
      await st.value('picks:record', { orderId, line, delta: 1, source: 'scan' });
}

function cacheAt(dbFile: string, id: number, status: FulfillmentStatus) {
  cacheOrders(dbFile, [makeOrder({ id, status, orderNumber: `SO-${id}` })]);
}

describe('station core: one press, one step', () => {
  test('a second press on the status the screen showed never moves the order a second step', async ({
    st,
    dbFile,
  }) => {
    await st.value('settings:update', { operator: 'Ana' });
    cacheAt(dbFile, 900_060, 'inprocess');
    await pickAll(st, 900_060);

    // The reproduction: "Mark packed", and 400 ms later the same spot reads "Dispatch".
    const packed = await st.value('transitions:enqueue', {
      orderId: 900_060,
      action: 'process',
      seenStatus: 'inprocess',
    });
    expect(packed.expectedAfter).toBe('ready-for-delivery');
    for (const action of ['process', 'dispatchDelivery'] as const) {
      const error = await refusal(st, {
        orderId: 900_060,
        action,
        seenStatus: 'inprocess',
        confirmed: true,
      });
      expect(error.code).toBe('rejected');
      expect(error.message).toBe(
        'This order is already ready for delivery (the button was pressed while the screen showed in process): the screen has been updated; press again if you meant the next step.',
      );
    }
    const entries = await entriesOf(st, 900_060);
    expect(entries.map((e) => e.action)).toEqual(['process']);
    expect((await st.value('orders:get', { orderId: 900_060 })).effectiveStatus).toBe('ready-for-delivery');

    // A press made on the new status is a real next step.
    const next = await st.value('transitions:enqueue', {
      orderId: 900_060,
      action: 'dispatchDelivery',
      seenStatus: 'ready-for-delivery',
      confirmed: true,
    });
    expect(next.statusBefore).toBe('ready-for-delivery');
  });

  test('a dispatch without a printed label needs the operator’s confirmation; with a label it does not', async ({
    st,
    dbFile,
  }) => {
    await st.value('settings:update', { operator: 'Ana' });
    // Picked while in process; then packed (pick counts lock from ready-for-delivery on).
    cacheAt(dbFile, 900_061, 'inprocess');
    cacheAt(dbFile, 900_062, 'inprocess');
    await pickAll(st, 900_061);
    await pickAll(st, 900_062);
    cacheAt(dbFile, 900_061, 'ready-for-delivery');
    cacheAt(dbFile, 900_062, 'ready-for-delivery');

    const unconfirmed = await refusal(st, {
      orderId: 900_061,
      action: 'dispatchDelivery',
      seenStatus: 'ready-for-delivery',
    });
    expect(unconfirmed).toEqual({
      code: 'rejected',
      message:
        'No shipping label has been printed for order SO-900061: print the label first, or confirm that the parcel leaves without one.',
    });
    // `confirmed: false` is not a confirmation.
    await refusal(st, {
      orderId: 900_061,
      action: 'dispatchDelivery',
      seenStatus: 'ready-for-delivery',
      confirmed: false,
    });
    // A packing slip is not a label.
    const slip = await st.value('print:order', { orderId: 900_061, kind: 'slip' });
    await until('the slip to print', async () =>
      (await st.value('print:jobs', { orderId: 900_061 })).some(
        (j) => j.id === slip.id && j.state === 'printed',
      ),
    );
    await refusal(st, { orderId: 900_061, action: 'dispatchDelivery', seenStatus: 'ready-for-delivery' });
    expect(await entriesOf(st, 900_061)).toEqual([]);
    await expect(
      st.value('transitions:enqueue', {
        orderId: 900_061,
        action: 'dispatchDelivery',
        seenStatus: 'ready-for-delivery',
        confirmed: true,
      }),
    ).resolves.toMatchObject({ expectedAfter: 'in-delivery-outbound' });

    // Once the printer took the label, the dispatch goes at once.
    const label = await st.value('print:order', { orderId: 900_062, kind: 'label' });
    await until('the label to print', async () =>
      (await st.value('print:jobs', { orderId: 900_062 })).some(
        (j) => j.id === label.id && j.state === 'printed',
      ),
    );
    await expect(
      st.value('transitions:enqueue', {
        orderId: 900_062,
        action: 'dispatchDelivery',
        seenStatus: 'ready-for-delivery',
      }),
    ).resolves.toMatchObject({ expectedAfter: 'in-delivery-outbound' });
  });

  test('confirming or rejecting a delivery needs the confirmation every time, label or not', async ({
    st,
    dbFile,
  }) => {
    await st.value('settings:update', { operator: 'Ana' });
    cacheAt(dbFile, 900_063, 'in-delivery-outbound');
    for (const action of ['confirmDelivery', 'rejectDelivery'] as const) {
      const error = await refusal(st, { orderId: 900_063, action, seenStatus: 'in-delivery-outbound' });
      expect(error.code).toBe('rejected');
      expect(error.message).toMatch(/confirm it in the dialog first\.$/);
    }
    expect(await entriesOf(st, 900_063)).toEqual([]);
    await expect(
      st.value('transitions:enqueue', {
        orderId: 900_063,
        action: 'confirmDelivery',
        seenStatus: 'in-delivery-outbound',
        confirmed: true,
      }),
    ).resolves.toMatchObject({ expectedAfter: 'delivered-outbound' });
  });

  test('the gate refuses a press without the status it was made on, or with one that is not a status', async ({
    st,
    dbFile,
  }) => {
    await st.value('settings:update', { operator: 'Ana' });
    cacheAt(dbFile, 900_064, 'new');
    for (const seenStatus of [
      undefined,
      '',
      'on-hold',
      '<img src=x onerror=alert(1)>',
      'new\u0000',
      'x'.repeat(100_000),
    ]) {
      const response = (await st.callRaw('transitions:enqueue', {
        orderId: 900_064,
        action: 'process',
        ...(seenStatus === undefined ? {} : { seenStatus }),
      })) as { ok: boolean; error?: { code: string } };
      expect(response).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(await entriesOf(st, 900_064)).toEqual([]);
  });
});
