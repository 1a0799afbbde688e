// The operator's shift, end to end: browser mode + station core + simulator, in Debian Chromium.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FulfillmentOrder } from '../../shared/api/equipme.ts';
import { labelBarcode } from '../../shared/domain/scan-codes.ts';
import {
  type RunningStation,
  SCREENSHOTS,
  scan,
  startStationInBrowser,
  waitForOrderScreen,
} from './station-fixture.ts';
import { printLabel, scanEveryItem, shippingOrder } from './station-helpers.ts';

let s: RunningStation;

beforeAll(async () => {
  s = await startStationInBrowser({ orders: 300, seed: 3 });
}, 60_000);
afterAll(() => s?.close());

const shot = (name: string) => s.page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });

/** A new in-house order that ships, not a preorder, with 2–4 pick lines of small quantities. */
function packableOrder(exclude: number[] = []): FulfillmentOrder {
  return shippingOrder(s.sim, { status: 'new', lines: { min: 2, max: 4 }, maxQuantity: 3, except: exclude });
}

async function waitForServer(orderId: number, count: number): Promise<void> {
  await expect
    .poll(() => s.sim.transitions().filter((t) => t.orderId === orderId).length, { timeout: 15_000 })
    .toBe(count);
}

describe('packing station in the browser', () => {
  it('opens on the queue with the pulled orders', async () => {
    await s.page.goto(s.url);
    await s.page.locator('.queue-row, [role="option"]').first().waitFor({ timeout: 15_000 });
    await expect.poll(() => s.page.getByText('Online', { exact: true }).count()).toBeGreaterThan(0);
    await shot('queue');
  });

  it('scans an order open, picks it with a wrong item and an over-scan, and moves it on', async () => {
    const order = packableOrder();
    const lines = order.bomItems ?? [];
    await scan(s.page, labelBarcode(order.id));
    await waitForOrderScreen(s.page, order.order.orderNumber, order.id);

    // Start picking: new → inprocess, on screen at once.
    await s.page.locator('.order-action-buttons').getByRole('button', { name: 'Start picking' }).click();
    await s.page.getByText('In process').first().waitFor();
    await waitForServer(order.id, 1);

    // Packing is refused until every line is verified.
    await expect
      .poll(() =>
        s.page.locator('.order-action-buttons').getByRole('button', { name: 'Mark packed' }).isDisabled(),
      )
      .toBe(true);

    const first = lines[0]?.product?.partNumber ?? '';
    await scan(s.page, first);
    await scan(s.page, 'NOT-ON-THIS-ORDER-42');
    await s.page.locator('.scan-error').getByText('Wrong item').waitFor();
    await shot('wrong-item');
    await s.page.keyboard.press('Escape');
    await s.page.locator('.scan-error').waitFor({ state: 'detached' });

    await scanEveryItem(
      (code) => scan(s.page, code),
      lines,
      (index) => (index === 0 ? 1 : 0),
    );
    await scan(s.page, first);
    await s.page.locator('.scan-error').getByText('Too many').waitFor();
    await s.page.keyboard.press('Escape');
    await s.page.getByText('All items verified').waitFor();
    await shot('order-verified');

    // The label prints on the out-of-the-box file printer, once; the ledger says so.
    await printLabel(s.page);
    const pdfs = readdirSync(join(s.dataDir, 'labels')).filter((f) => f.endsWith(`-${order.id}-label.pdf`));
    expect(pdfs).toHaveLength(1);
    await shot('label-printed');

    await s.page.locator('.order-action-buttons').getByRole('button', { name: 'Mark packed' }).click();
    await s.page.getByText('Ready for delivery').first().waitFor();
    await s.page.locator('.order-action-buttons').getByRole('button', { name: 'Dispatch' }).click();
    await s.page.getByText('In delivery').first().waitFor();
    await waitForServer(order.id, 3);
    expect(
      s.sim
        .transitions()
        .filter((t) => t.orderId === order.id)
        .map((t) => t.to),
    ).toEqual(['inprocess', 'ready-for-delivery', 'in-delivery-outbound']);

    const feedback = await s.page.evaluate(() =>
      performance.getEntriesByName('scan-feedback').map((e) => e.duration),
    );
    expect(feedback.length).toBeGreaterThanOrEqual(lines.reduce((n, l) => n + l.quantity, 0));
    writeFileSync('test-results/e2e-scan-feedback.json', JSON.stringify(feedback));
  });

  it('keeps packing offline, shows what waits, and drains when the network returns', async () => {
    await s.page.keyboard.press('Escape');
    const order = packableOrder(s.sim.transitions().map((t) => t.orderId));
    s.sim.setFaults({ offline: true });
    await scan(s.page, labelBarcode(order.id));
    await waitForOrderScreen(s.page, order.order.orderNumber, order.id);
    await s.page.locator('.order-action-buttons').getByRole('button', { name: 'Start picking' }).click();
    await s.page.getByText('In process').first().waitFor();
    await s.page.getByText('1 change waiting to be sent').waitFor();
    await s.page.getByText(/^Offline: working from the saved orders/).waitFor({ timeout: 15_000 });
    await shot('offline');
    expect(s.sim.transitions().filter((t) => t.orderId === order.id)).toHaveLength(0);

    s.sim.setFaults({ offline: false });
    await waitForServer(order.id, 1);
    await s.page.getByText('1 change waiting to be sent').waitFor({ state: 'detached', timeout: 15_000 });
  });

  it('raises a station alert when the API key is rejected', async () => {
    s.sim.setFaults({ unauthorized: true });
    await s.page.locator('.order-action-buttons').getByRole('button', { name: 'Cancel order' }).click();
    await s.page
      .getByRole('dialog')
      .getByRole('button', { name: /Cancel order|Confirm|Yes/ })
      .last()
      .click();
    await s.page.getByText('Station stopped sending').waitFor({ timeout: 15_000 });
    await shot('key-rejected');
    s.sim.setFaults({ unauthorized: false });
    await s.page.getByText('Station stopped sending').waitFor({ state: 'detached', timeout: 15_000 });
  });
});
