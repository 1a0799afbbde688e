// Fulfillment orders of one sales order share its number. In the queue each row shows its
// fulfillment id and first product; scanning the number opens a chooser instead of silently opening
// one of them. Browser mode + station core + simulator, in Debian Chromium.
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
  it('the queue tells them apart, and a scan of the number asks which one to open', async () => {
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
      expect(await row.locator('.queue-first-product').textContent()).toBe(firstProduct(id));
    }
    await s.page.mouse.move(0, 0);
    await s.page.screenshot({ path: `${SCREENSHOTS}/shared-number-queue.png` });

    // A scan of the number: a chooser with every order of it, nothing opened yet.
    await s.page.locator('.queue-scroll').focus();
    await scan(s.page, number);
    // Main names every order of the number (also those past the queue, e.g. in delivery), open first.
    const lookup = await s.station.handlers['orders:lookup']({ code: number });
    if (!lookup.ok || !lookup.value) throw new Error('the number names no order');
    const named = lookup.value.matches.map((match) => match.orderId);
    expect(named).toEqual(expect.arrayContaining(ids));
    const dialog = s.page.getByRole('dialog', {
      name: `${named.length} orders share number ${number}: which one?`,
    });
    await dialog.waitFor();
    const options = dialog.getByRole('option');
    expect(await s.page.locator('.order-screen').count()).toBe(0);
    const listed = (await options.allTextContents()).map((text) => Number(/#(\d+)/.exec(text)?.[1]));
    expect(listed).toEqual(named);
    for (const [index, match] of lookup.value.matches.entries()) {
      const option = options.nth(index);
      await option.getByText(match.firstProduct ?? '', { exact: true }).waitFor();
      expect(await option.getByText('No longer open').count()).toBe(match.closed ? 1 : 0);
    }
    await s.page.screenshot({ path: `${SCREENSHOTS}/shared-number-chooser.png` });

    // Arrow down and Enter open the second one, and its header names its fulfillment id.
    const second = listed[1] as number;
    await s.page.keyboard.press('ArrowDown');
    await s.page.keyboard.press('Enter');
    await waitForOrderScreen(s.page, number, second);
    await s.page.locator('.order-screen h1').getByText(`#${second}`).waitFor();
    await s.page.locator('.order-screen').getByText(firstProduct(second)).first().waitFor();
    expect(await dialog.count()).toBe(0);
    await s.page.mouse.move(0, 0);
    await s.page.screenshot({ path: `${SCREENSHOTS}/shared-number-order.png` });

    // Back in the queue: Escape closes the chooser without opening any; a click opens that one.
    await s.page.keyboard.press('Escape');
    await s.page.locator('[role="option"]').first().waitFor();
    await s.page.locator('.queue-scroll').focus();
    await scan(s.page, number);
    await dialog.waitFor();
    await s.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await s.page.locator('.order-screen').count()).toBe(0);

    await scan(s.page, number);
    await dialog.waitFor();
    const first = listed[0] as number;
    await options.filter({ hasText: `#${first}` }).click();
    await waitForOrderScreen(s.page, number, first);
  }, 120_000);
});
