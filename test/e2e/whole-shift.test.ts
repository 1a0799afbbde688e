// One operator's shift, end to end (Step 6, issue 9): sign in with a badge, open an order whose number
// two fulfillment orders share, a wrong scan kept on record, the order's own label, a double press that
// moves one step, a dispatch without a label that asks, an order Equipme changed behind this station's
// back that locks, and sign out with the badge. Browser mode + station core + simulator, in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FulfillmentOrder } from '../../shared/api/equipme.ts';
import { labelBarcode } from '../../shared/domain/scan-codes.ts';
import {
  type RunningStation,
  SCREENSHOTS,
  startStationInBrowser,
  waitForOrderScreen,
} from './station-fixture.ts';
import {
  auditRows,
  isShippingOrder,
  lockByCancellingWhileOffline,
  pressTwice,
  queuedSteps,
  scanEveryItem,
  scanInPage,
  settled,
  sharedNumber,
} from './station-helpers.ts';

const BADGE = 'OP:Packer Cem';
const OPERATOR = 'Packer Cem';
const WRONG = 'USB-STICK-999';

let s: RunningStation;

beforeAll(async () => {
  s = await startStationInBrowser({ orders: 300, seed: 7, signedIn: false });
}, 60_000);
afterAll(() => s?.close());

const scan = (code: string) => scanInPage(s.page, code);
const header = () => s.page.getByRole('banner');
const signInHeading = () => s.page.getByRole('heading', { name: 'Sign in to pack' });
const badge = () => s.page.locator('.order-title-row .status-badge');
const orderButtons = () => s.page.locator('.order-action-buttons').getByRole('button');
const primary = () => s.page.locator('.order-action-primary');
const simSteps = (orderId: number) =>
  s.sim
    .transitions()
    .filter((t) => t.orderId === orderId)
    .map((t) => t.to);

async function shot(step: number, name: string): Promise<void> {
  await s.page.mouse.move(0, 0);
  await s.page.screenshot({ path: `${SCREENSHOTS}/shift-${step}-${name}.png` });
}

/** A new in-house order that ships, with every line a part number of at most three items. */
const packable = isShippingOrder({ status: 'new', maxQuantity: 3 });

/** The order of the shift, chosen in step 2. */
let order: FulfillmentOrder;

describe("one operator's shift", () => {
  it('1. starts with nobody signed in; a badge signs in', async () => {
    await s.page.goto(s.url);
    await signInHeading().waitFor({ timeout: 15_000 });
    await header().getByText('Nobody signed in').waitFor();
    await scan(BADGE);
    await header().getByText(OPERATOR, { exact: true }).waitFor();
    await s.page.locator('[role="option"]').first().waitFor({ timeout: 15_000 });
    await shot(1, 'signed-in');
  });

  it('2. a number two fulfillment orders share opens their shipment; one is opened from it', async () => {
    const { number, ids } = await sharedNumber(s, packable);
    const chosen = ids.map((id) => s.sim.order(id)).find((o) => o !== undefined && packable(o));
    if (!chosen) throw new Error(`no packable order listed under ${number}`);
    order = chosen;
    const lookup = await s.station.handlers['orders:lookup']({ code: number });
    if (!lookup.ok || !lookup.value) throw new Error('the number names no order');
    expect(lookup.value.salesOrderId).toBe(order.order.id);

    await s.page.locator('.queue-scroll').focus();
    await scan(number);
    const shipment = s.page.locator('.shipment-screen');
    await shipment.locator('h1', { hasText: number }).waitFor();
    expect(await s.page.locator('.order-screen').count()).toBe(0);
    await shot(2, 'shipment');
    await shipment.locator('.shipment-order-open', { hasText: `#${order.id}` }).click();
    await waitForOrderScreen(s.page, number, order.id);
    expect(await shipment.count()).toBe(0);
  });

  it('3. a wrong item turns the screen red, stays on record, and waits for the OK', async () => {
    await orderButtons().filter({ hasText: 'Start picking' }).click();
    await badge().getByText('In process').waitFor();
    const first = order.bomItems?.[0];
    const firstPart = first?.product?.partNumber ?? '';
    const firstLine = s.page.getByRole('listitem', { name: first?.product?.name || firstPart });

    await scan(WRONG);
    const red = s.page.getByRole('alertdialog');
    await red.getByText('Wrong item').waitFor();
    await s.page.locator('.pick-mistakes').getByText('1 wrong scan').waitFor();
    await expect.poll(() => auditRows(s, order.id, 'scan-wrong-item').length).toBe(1);
    expect(auditRows(s, order.id, 'scan-wrong-item')[0]).toMatchObject({
      operator: OPERATOR,
      orderId: order.id,
      detail: { code: WRONG },
    });

    // The right item is not counted while the red screen waits, and does not close it.
    await scan(firstPart);
    await red.getByText(`Not counted: ${firstPart}. Take the wrong item out and press OK first.`).waitFor();
    expect(await red.isVisible()).toBe(true);
    expect(await firstLine.locator('.pick-line-numbers').textContent()).toMatch(/^0 \//);
    expect(auditRows(s, order.id, 'scan-mistake-acknowledged')).toEqual([]);
    await shot(3, 'wrong-item');

    await red.getByRole('button', { name: 'OK, taken out' }).click();
    await red.waitFor({ state: 'detached' });
    await expect.poll(() => auditRows(s, order.id, 'scan-mistake-acknowledged').length).toBe(1);
    await s.page.locator('.pick-mistakes').getByText('1 wrong scan').waitFor();
  });

  it("4. the order's own label says so and offers no learning", async () => {
    await scan(labelBarcode(order.id));
    await s.page
      .getByText(`This is this order's label (${labelBarcode(order.id)})`, { exact: false })
      .waitFor();
    expect(await s.page.getByRole('alertdialog').count()).toBe(0);
    expect(await s.page.getByRole('button', { name: 'Link this barcode to a line…' }).count()).toBe(0);
    const detail = await s.station.handlers['orders:get']({ orderId: order.id });
    expect(detail.ok && detail.value.picked.every((n) => n === 0)).toBe(true);
    await shot(4, 'own-label');
  });

  it('5. picked completely, two presses 400 ms apart move it one step', async () => {
    await scanEveryItem(scan, order.bomItems ?? []);
    await s.page.getByText('All items verified').waitFor();
    await settled(s.page);
    expect(await primary().textContent()).toBe('Mark packed');
    await pressTwice(s.page, primary());

    await badge().getByText('Ready for delivery').waitFor();
    await settled(s.page);
    // A second step would be the dispatch, which asks without a label: no question is open either.
    expect(await s.page.getByRole('dialog').count()).toBe(0);
    expect(await primary().textContent()).toBe('Dispatch');
    expect(await queuedSteps(s, order.id)).toEqual(['new→inprocess', 'inprocess→ready-for-delivery']);
    await expect
      .poll(() => simSteps(order.id), { timeout: 15_000 })
      .toEqual(['inprocess', 'ready-for-delivery']);
    await shot(5, 'one-step');
  });

  it('6. a dispatch without a printed label asks; confirmed, one dispatch step is queued', async () => {
    await primary().click();
    const dialog = s.page.getByRole('dialog', { name: `Dispatch: order ${order.order.orderNumber}?` });
    await dialog
      .getByText(
        'No shipping label has been printed for this order. Print the label first, or dispatch the parcel without one.',
      )
      .waitFor();
    await shot(6, 'dispatch-without-label');
    await dialog.getByRole('button', { name: 'Dispatch without label' }).click();
    await dialog.waitFor({ state: 'detached' });
    await badge().getByText('In delivery').waitFor();
    expect(await queuedSteps(s, order.id)).toEqual([
      'new→inprocess',
      'inprocess→ready-for-delivery',
      'ready-for-delivery→in-delivery-outbound',
    ]);
    await expect
      .poll(() => simSteps(order.id), { timeout: 15_000 })
      .toEqual(['inprocess', 'ready-for-delivery', 'in-delivery-outbound']);
  });

  it('7. an order Equipme changed while this station had a step waiting is locked', async () => {
    // Back from the order to the shipment it was opened from, and from there to the queue.
    await s.page.keyboard.press('Escape');
    await s.page.locator('.shipment-screen').waitFor();
    await s.page.keyboard.press('Escape');
    await s.page.locator('.queue-row').first().waitFor();
    const other = s.sim
      .orderIds()
      .map((id) => s.sim.order(id))
      .find(
        (o) =>
          o !== undefined &&
          packable(o) &&
          o.order.orderNumber !== order.order.orderNumber &&
          simSteps(o.id).length === 0,
      );
    if (!other) throw new Error('the seed has no second packable order');

    // Offline: "Start picking" waits on this station; Equipme cancels the order; it locks.
    await lockByCancellingWhileOffline(s, other, scan);

    // No next step, print or pick on screen; a scan is not counted; main refuses the step too.
    expect(await orderButtons().count()).toBe(0);
    expect(await s.page.getByRole('button', { name: 'Print label' }).isDisabled()).toBe(true);
    const plusOnes = s.page.getByRole('button', { name: /^Add one .* by hand$/ });
    expect(await plusOnes.count()).toBeGreaterThan(0);
    for (const plus of await plusOnes.all()) expect(await plus.isDisabled()).toBe(true);
    await scan(other.bomItems?.[0]?.product?.partNumber ?? 'X');
    await s.page.getByText(/^Not counted: this order is locked/).waitFor();
    const refused = await s.station.handlers['transitions:enqueue']({
      orderId: other.id,
      action: 'process',
      seenStatus: 'inprocess',
    });
    expect(refused.ok).toBe(false);
    const picked = await s.station.handlers['picks:record']({
      orderId: other.id,
      line: 0,
      delta: 1,
      source: 'scan',
    });
    expect(picked.ok).toBe(false);
    expect(simSteps(other.id)).toEqual([]);
    await shot(7, 'locked');
  });

  it('8. the own badge signs out', async () => {
    await scan(BADGE);
    await signInHeading().waitFor();
    await header().getByText('Nobody signed in').waitFor();
    expect(auditRows(s, undefined, 'operator-signed-out')[0]).toMatchObject({ operator: OPERATOR });
    await shot(8, 'signed-out');
  });
});
