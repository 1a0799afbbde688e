// Equipme switched off and on again in Settings, in Debian Chromium: with the supervisor PIN, the
// banner says how many changes wait, the queue keeps its Equipme orders and a step taken meanwhile
// reaches Equipme only once it is switched on again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningStation, SCREENSHOTS, startStationInBrowser } from './station-fixture.ts';
import { shippingOrder } from './station-helpers.ts';

const PIN = '2468';
let s: RunningStation;

beforeAll(async () => {
  s = await startStationInBrowser({ orders: 120, seed: 7 });
}, 60_000);
afterAll(() => s?.close());

async function saveEquipmeSync(): Promise<void> {
  const form = s.page.getByRole('form', { name: 'Fetching and sending' });
  await form.getByRole('button', { name: 'Save fetching and sending' }).click();
  const dialog = s.page.getByRole('dialog', { name: 'Supervisor PIN' });
  await dialog.getByLabel('Supervisor PIN').fill(PIN);
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('Equipme switched off in Settings', () => {
  it('off: the banner says so and the step waits; on again: the step is sent', async () => {
    await s.page.goto(s.url);
    await s.page.locator('.queue-row, [role="option"]').first().waitFor({ timeout: 15_000 });
    await s.page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();

    const card = s.page.getByRole('region', { name: 'Equipme connection' });
    const form = card.getByRole('form', { name: 'Fetching and sending' });
    await form.getByRole('checkbox', { name: 'Fetch orders from Equipme and send changes to it' }).uncheck();
    await form.getByLabel('Fetch open orders every (seconds)').fill('600');
    await saveEquipmeSync();
    await form.getByText(/^Now: off\./).waitFor();
    const banner = s.page.getByRole('status').filter({ hasText: 'Equipme is switched off in Settings' });
    await banner.getByText(/no changes wait/).waitFor();
    await s.page.getByRole('banner').getByText('Equipme off').waitFor();
    // The card down to its switch's Save, under the header and the banner.
    await form.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    await s.page.screenshot({ path: `${SCREENSHOTS}/equipme-switch-card.png` });

    // A step taken while off is kept and waits; nothing reaches Equipme.
    const order = shippingOrder(s.sim, { status: 'new', lines: { min: 1, max: 3 }, maxQuantity: 3 });
    const queued = await s.station.handlers['transitions:enqueue']({
      orderId: order.id,
      action: 'process',
      seenStatus: 'new',
    });
    expect(queued.ok).toBe(true);
    await banner.getByText(/1 change waits/).waitFor();
    await s.page.getByRole('navigation').getByRole('button', { name: 'Queue' }).click();
    await s.page.locator('.queue-row, [role="option"]').first().waitFor();
    await s.page.screenshot({ path: `${SCREENSHOTS}/equipme-switch-queue.png` });
    expect(s.sim.transitions()).toEqual([]);

    await s.page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await form.getByRole('checkbox', { name: 'Fetch orders from Equipme and send changes to it' }).check();
    await saveEquipmeSync();
    await expect
      .poll(() => s.sim.transitions().map((t) => t.orderId), { timeout: 15_000 })
      .toEqual([order.id]);
    await banner.waitFor({ state: 'detached' });
    const settings = await s.station.handlers['settings:get'](undefined);
    expect(settings.ok && settings.value.equipme).toEqual({ enabled: true, pollIntervalSeconds: 600 });
  }, 90_000);
});
