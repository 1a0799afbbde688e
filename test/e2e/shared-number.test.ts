// Fulfillment orders of one sales order share its number. In the queue each row shows its
// fulfillment id and first product; scanning the number opens them as one shipment instead of silently
// opening one of them. Browser mode + station core + simulator, in Debian Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type RunningStation,
  SCREENSHOTS,
  scan,
  startStationInBrowser,
  waitForOrderScreen,
} from './station-fixture.ts';
import { sharedNumber } from './station-helpers.ts';

let s: RunningStation;

beforeAll(async () => {
  s = await startStationInBrowser({ orders: 300, seed: 7 });
}, 60_000);
afterAll(() => s?.close());

const firstProduct = (id: number) =>
  s.sim.order(id)?.bomItems?.find((item) => item.product)?.product?.name ?? '';

describe('orders that share a number', () => {
  it('the queue tells them apart, and a scan of the number opens them as one shipment', async () => {
    await s.page.goto(s.url);
    await s.page.locator('[role="option"]').first().waitFor({ timeout: 15_000 });
    const { number, ids } = await sharedNumber(s);

    // The queue: number, fulfillment id and first product on each row.
    await s.page.getByRole('searchbox', { name: 'Search orders' }).fill(number);
    const rows = s.page.locator('.queue-row');
    await expect.poll(() => rows.count()).toBe(ids.length);
    for (const id of ids) {
      const row = rows.filter({ hasText: `#${id}` });
      await row.waitFor();
      expect(await row.locator('.queue-first-product').textContent()).toContain(firstProduct(id));
    }
    await s.page.mouse.move(0, 0);
    await s.page.screenshot({ path: `${SCREENSHOTS}/shared-number-queue.png` });

    // A scan of the number opens their shipment: every order of it, nothing opened yet. (A code that
    // names orders of two sales orders still asks which one: test/renderer/shell/order-chooser.test.tsx.)
    await s.page.locator('.queue-scroll').focus();
    await scan(s.page, number);
    const lookup = await s.station.handlers['orders:lookup']({ code: number });
    if (!lookup.ok || !lookup.value?.salesOrderId) throw new Error('the number names no shipment');
    const shipment = s.page.locator('.shipment-screen');
    await shipment.locator('h1', { hasText: number }).waitFor();
    expect(await s.page.locator('.order-screen').count()).toBe(0);
    const view = await s.station.handlers['shipment:get']({ salesOrderId: lookup.value.salesOrderId });
    if (!view.ok) throw new Error(view.error.message);
    const boxed = view.value.boxes.flatMap((box) => box.orders.map((o) => o.orderId));
    expect([...boxed, ...view.value.outside.map((o) => o.orderId)]).toEqual(expect.arrayContaining(ids));
    const lines = shipment.locator('.shipment-order-open');
    expect(await lines.count()).toBe(boxed.length);
    for (const id of boxed) {
      const line = lines.filter({ hasText: `#${id}` });
      await line.getByText(firstProduct(id), { exact: true }).waitFor();
    }
    await s.page.mouse.move(0, 0);
    await s.page.screenshot({ path: `${SCREENSHOTS}/shared-number-shipment.png` });

    // One of them opened from the shipment; its header names its fulfillment id; Escape goes back.
    const chosen = boxed[boxed.length - 1] as number;
    await lines.filter({ hasText: `#${chosen}` }).click();
    await waitForOrderScreen(s.page, number, chosen);
    await s.page.locator('.order-screen h1').getByText(`#${chosen}`).waitFor();
    await s.page.locator('.order-screen').getByText(firstProduct(chosen)).first().waitFor();
    await s.page.mouse.move(0, 0);
    await s.page.screenshot({ path: `${SCREENSHOTS}/shared-number-order.png` });
    await s.page.keyboard.press('Escape');
    await shipment.waitFor();
    await s.page.keyboard.press('Escape');
    await s.page.locator('[data-queue-list]').waitFor();
  }, 120_000);
});
