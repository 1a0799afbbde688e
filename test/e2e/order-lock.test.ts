// The Step 5 issue, end to end: an order cancelled in Equipme while this station still had "Process"
// waiting must lock, not reach "Ready for delivery" in green. Browser mode + station core +
// simulator, in Debian Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FulfillmentOrder } from '../../shared/api/equipme.ts';
import { type RunningStation, SCREENSHOTS, scan, startStationInBrowser } from './station-fixture.ts';
import { lockByCancellingWhileOffline, shippingOrder } from './station-helpers.ts';

let s: RunningStation;

beforeAll(async () => {
  s = await startStationInBrowser({ orders: 300, seed: 5 });
}, 60_000);
afterAll(() => s?.close());

/** A new in-house order that ships, not a preorder, with pick lines. */
function newShippingOrder(): FulfillmentOrder {
  return shippingOrder(s.sim, { status: 'new' });
}

const orderButtons = () => s.page.locator('.order-action-buttons').getByRole('button');

/** The "All open" chip and the list total, as numbers. */
async function queueCounts(): Promise<{ allOpen: number; total: number }> {
  const chip = await s.page.getByRole('group', { name: 'Status' }).getByRole('button').first().textContent();
  const total = await s.page.locator('.queue-count').textContent();
  const number = (text: string | null) => Number((text?.match(/[\d.,]+/)?.[0] ?? '').replace(/[.,]/g, ''));
  return { allOpen: number(chip), total: number(total) };
}

describe('an order cancelled in Equipme while Process waits on this station', () => {
  it('locks the order, refuses every next step, and clears with “Take Equipme’s status”', async () => {
    await s.page.goto(s.url);
    await s.page.locator('[role="option"]').first().waitFor({ timeout: 15_000 });
    const order = newShippingOrder();
    await expect.poll(async () => (await queueCounts()).total).toBeGreaterThan(0);
    const before = await queueCounts();
    expect(before.allOpen).toBe(before.total);

    // Offline: "Start picking" is queued; Equipme cancels the order; sync looks before sending and locks it.
    const banner = await lockByCancellingWhileOffline(s, order, (code) => scan(s.page, code));

    // No next step, no print, no pick: nothing to press a second time.
    expect(await orderButtons().count()).toBe(0);
    await s.page.getByText(/This order is locked: no step is sent/).waitFor();
    expect(await s.page.getByRole('button', { name: 'Print label' }).isDisabled()).toBe(true);
    expect(await s.page.getByRole('button', { name: 'Print packing slip' }).isDisabled()).toBe(true);
    const plusOnes = s.page.getByRole('button', { name: /^Add one .* by hand$/ });
    expect(await plusOnes.count()).toBeGreaterThan(0);
    for (const plus of await plusOnes.all()) expect(await plus.isDisabled()).toBe(true);
    await scan(s.page, order.bomItems?.[0]?.product?.partNumber ?? 'X');
    await s.page.getByText(/^Not counted: this order is locked/).waitFor();
    await s.page.getByText('Ready for delivery').waitFor({ state: 'detached' });
    // Main refuses it too, whatever the screen shows.
    const second = await s.station.handlers['transitions:enqueue']({
      orderId: order.id,
      action: 'process',
      seenStatus: 'inprocess',
    });
    expect(second.ok).toBe(false);
    expect(s.sim.transitions().filter((t) => t.orderId === order.id)).toEqual([]);

    await s.page.mouse.move(0, 0);
    await s.page.screenshot({ path: `${SCREENSHOTS}/order-locked.png` });

    // The way out: take Equipme's status, with a reason.
    await banner.getByRole('button', { name: 'Take Equipme’s status…' }).click();
    const dialog = s.page.getByRole('dialog');
    await dialog.getByLabel('Reason').fill('Customer cancelled by phone');
    await dialog.getByRole('button', { name: 'Take Equipme’s status' }).click();
    await banner.waitFor({ state: 'detached' });
    await s.page.locator('.order-title-row').getByText('Cancelled').waitFor();
    await s.page.getByText('1 order is locked: open it').waitFor({ state: 'detached', timeout: 15_000 });

    // Back in the queue the cancelled order is gone, and the counts agree.
    await s.page.keyboard.press('Escape');
    await s.page.locator('[role="option"]').first().waitFor();
    await expect.poll(queueCounts).toEqual({ allOpen: before.total - 1, total: before.total - 1 });
    // One sales order may have several fulfillment orders: the others with its number stay listed.
    await s.page.getByRole('searchbox', { name: 'Search orders' }).fill(order.order.orderNumber);
    const listed = await s.station.handlers['orders:query']({
      text: order.order.orderNumber,
      sort: { by: 'created', direction: 'asc' },
      offset: 0,
      limit: 50,
    });
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.rows.map((row) => row.id)).not.toContain(order.id);
    await expect.poll(() => s.page.locator('.queue-row').count()).toBe(listed.value.rows.length);
  }, 120_000);
});
