// One press, one step, end to end (issue 9): two clicks 400 ms apart and Enter held down move an
// order one step only; a dispatch without a printed label asks first (going back sends nothing);
// confirming a delivery asks every time. Browser mode + station core + simulator, in Chromium.
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
  settled as buttonsSettled,
  pressTwice,
  printLabel as printOrderLabel,
  scanEveryItem,
  scanInPage,
  shippingOrder,
  queuedSteps as stepsOf,
} from './station-helpers.ts';

let s: RunningStation;

beforeAll(async () => {
  s = await startStationInBrowser({ orders: 300, seed: 11 });
  await s.page.goto(s.url);
  await s.page.locator('[role="option"]').first().waitFor({ timeout: 15_000 });
}, 60_000);
afterAll(() => s?.close());

const taken: number[] = [];
const primary = () => s.page.locator('.order-action-primary');
const actionButton = (name: string) => s.page.locator('.order-action-buttons').getByRole('button', { name });
const badge = () => s.page.locator('.order-title-row .status-badge');
const scan = (code: string) => scanInPage(s.page, code);
const queuedSteps = (orderId: number) => stepsOf(s, orderId);
const settled = () => buttonsSettled(s.page);

/** A new in-house order that ships, with a few small pick lines, not used by an earlier test. */
function nextOrder(): FulfillmentOrder {
  const order = shippingOrder(s.sim, { status: 'new', maxQuantity: 3, except: taken });
  taken.push(order.id);
  return order;
}

/** Opens the order by its label, starts picking and scans every item: ready to be marked packed. */
async function pickedOrder(): Promise<FulfillmentOrder> {
  if (await s.page.locator('.order-screen').count()) await s.page.keyboard.press('Escape');
  const order = nextOrder();
  await scan(labelBarcode(order.id));
  await waitForOrderScreen(s.page, order.order.orderNumber, order.id);
  await actionButton('Start picking').click();
  await badge().getByText('In process').waitFor();
  await scanEveryItem(scan, order.bomItems ?? []);
  await s.page.getByText('All items verified').waitFor();
  await actionButton('Mark packed').waitFor();
  return order;
}

async function printLabel(): Promise<void> {
  await printOrderLabel(s.page);
}

describe('one press, one step', () => {
  it('two clicks 400 ms apart on “Mark packed” move the order one step, not on to In delivery', async () => {
    const order = await pickedOrder();
    // With a label printed a dispatch would not even ask: only the press guard stands in the way.
    await printLabel();
    await settled();
    await pressTwice(s.page, primary());

    await badge().getByText('Ready for delivery').waitFor();
    await settled();
    expect(await primary().textContent()).toBe('Dispatch');
    expect(await s.page.getByRole('dialog').count()).toBe(0);
    expect(await queuedSteps(order.id)).toEqual(['new→inprocess', 'inprocess→ready-for-delivery']);
    await expect.poll(() => s.sim.order(order.id)?.status, { timeout: 15_000 }).toBe('ready-for-delivery');
  });

  it('Enter held down on “Mark packed” moves the order one step', async () => {
    const order = await pickedOrder();
    await printLabel();
    await settled();
    await primary().focus();
    await s.page.keyboard.down('Enter');
    await badge().getByText('Ready for delivery').waitFor();
    // The key is still down: the keyboard repeats it, past the settle time.
    await primary().focus();
    for (let i = 0; i < 30; i++) await s.page.keyboard.down('Enter');
    await settled();
    for (let i = 0; i < 5; i++) await s.page.keyboard.down('Enter');
    await s.page.keyboard.up('Enter');

    expect(await badge().textContent()).toBe('Ready for delivery');
    expect(await queuedSteps(order.id)).toEqual(['new→inprocess', 'inprocess→ready-for-delivery']);
    // A fresh press after that is the next step (it has a label: no question).
    await primary().press('Enter');
    await badge().getByText('In delivery').waitFor();
  });

  it('asks before a dispatch without a printed label, and going back sends nothing', async () => {
    const order = await pickedOrder();
    await actionButton('Mark packed').click();
    await badge().getByText('Ready for delivery').waitFor();

    await actionButton('Dispatch').click();
    const dialog = s.page.getByRole('dialog', { name: `Dispatch: order ${order.order.orderNumber}?` });
    await dialog
      .getByText(
        'No shipping label has been printed for this order. Print the label first, or dispatch the parcel without one.',
      )
      .waitFor();
    await s.page.mouse.move(0, 0);
    await s.page.screenshot({ path: `${SCREENSHOTS}/dispatch-without-label.png` });
    await dialog.getByRole('button', { name: 'Go back' }).click();
    await dialog.waitFor({ state: 'detached' });
    await actionButton('Dispatch').click();
    // The question comes after main looked at the print ledger: an Escape before it would be lost.
    await dialog.waitFor();
    await s.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await queuedSteps(order.id)).toEqual(['new→inprocess', 'inprocess→ready-for-delivery']);
    expect(await badge().textContent()).toBe('Ready for delivery');

    await actionButton('Dispatch').click();
    await dialog.getByRole('button', { name: 'Dispatch without label' }).click();
    await badge().getByText('In delivery').waitFor();
    expect(await queuedSteps(order.id)).toEqual([
      'new→inprocess',
      'inprocess→ready-for-delivery',
      'ready-for-delivery→in-delivery-outbound',
    ]);
  });

  it('asks before confirming a delivery, every time', async () => {
    const order = s.sim.order(taken[taken.length - 1] ?? 0);
    if (!order) throw new Error('no order from the previous test');
    await expect.poll(() => s.sim.order(order.id)?.status, { timeout: 15_000 }).toBe('in-delivery-outbound');
    const dialog = s.page.getByRole('dialog', {
      name: `Confirm delivery: order ${order.order.orderNumber}?`,
    });
    for (let round = 0; round < 2; round++) {
      await actionButton('Confirm delivery').click();
      await dialog.getByText(/^The customer has the parcel/).waitFor();
      if (round === 0) {
        await s.page.mouse.move(0, 0);
        await s.page.screenshot({ path: `${SCREENSHOTS}/confirm-delivery.png` });
      }
      await dialog.getByRole('button', { name: 'Go back' }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    expect(await queuedSteps(order.id)).toHaveLength(3);
    await actionButton('Confirm delivery').click();
    await dialog.getByRole('button', { name: 'Confirm delivery' }).click();
    await badge().getByText('Delivered').waitFor();
    expect((await queuedSteps(order.id)).at(-1)).toBe('in-delivery-outbound→delivered-outbound');
  });
});
