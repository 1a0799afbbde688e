// Crash recovery, the page's side, in browser mode: a page that reloads (as the desktop window does
// after its renderer crashed) reopens the order it showed, with the picks counted before; back on
// the queue a reload stays there. The static error page is served under the same CSP, without script.
// Browser mode + station core + simulator, in Debian Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelBarcode } from '../../shared/domain/scan-codes.ts';
import {
  type RunningStation,
  SCREENSHOTS,
  scan,
  startStationInBrowser,
  waitForOrderScreen,
} from './station-fixture.ts';
import { shippingOrder } from './station-helpers.ts';

let s: RunningStation;

beforeAll(async () => {
  s = await startStationInBrowser({ orders: 200, seed: 5 });
}, 60_000);
afterAll(() => s?.close());

describe('a reloaded page', () => {
  it('reopens the order it showed, with its picks, and stays on the queue once back there', async () => {
    await s.page.goto(s.url);
    await s.page.locator('[role="option"]').first().waitFor({ timeout: 15_000 });
    const order = shippingOrder(s.sim, { status: 'inprocess', lines: { min: 2 }, maxQuantity: 3 });
    const lines = order.bomItems ?? [];
    const total = lines.reduce((n, line) => n + line.quantity, 0);
    await scan(s.page, labelBarcode(order.id));
    await waitForOrderScreen(s.page, order.order.orderNumber, order.id);
    await scan(s.page, lines[0]?.product?.partNumber ?? '');
    await s.page.locator('.pick-summary-count', { hasText: `1 of ${total} verified` }).waitFor();
    // The pick is in the database before the page goes.
    await expect
      .poll(async () => {
        const detail = await s.station.handlers['orders:get']({ orderId: order.id });
        return detail.ok ? detail.value.picked[0] : undefined;
      })
      .toBe(1);

    await s.page.reload();
    await waitForOrderScreen(s.page, order.order.orderNumber, order.id);
    await s.page.locator('.pick-summary-count', { hasText: `1 of ${total} verified` }).waitFor();
    await s.page.screenshot({ path: `${SCREENSHOTS}/reload-resume-order.png` });

    await s.page.keyboard.press('Escape');
    await s.page.locator('.order-screen').waitFor({ state: 'detached' });
    await expect
      .poll(async () => {
        const resume = await s.station.handlers['station:resume'](undefined);
        return resume.ok ? resume.value : 'failed';
      })
      .toBeNull();
    await s.page.reload();
    await s.page.locator('[role="option"]').first().waitFor({ timeout: 15_000 });
    expect(await s.page.locator('.order-screen').count()).toBe(0);
  }, 60_000);

  it('the error page is static: the same CSP, no script, one Restart station button', async () => {
    const response = await s.page.goto(new URL('/crashed.html', s.url).href);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await s.page.getByRole('heading', { name: 'The station screen stopped' }).waitFor();
    expect(await s.page.evaluate(() => document.scripts.length)).toBe(0);
    await s.page.getByRole('button', { name: /^Restart station/ }).waitFor();
    await s.page.screenshot({ path: `${SCREENSHOTS}/reload-resume-error-page.png` });
  });
});
