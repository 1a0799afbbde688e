// An operator at the queue sees when a shop cannot be pulled: a live station with the marketplace on
// its built-in simulator and Emporix on a simulator the test faults (offline), in Debian Chromium at
// 1920×1080. The Emporix pill turns red and says so, its problem in words on a press; the
// marketplace's stays a name and a green dot; Equipme's pill is untouched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmporixSimulator, startEmporixSimulator } from '../../electron/main/simulator/emporix/index.ts';
import type { ShopPullStatus } from '../../shared/domain/shop-pull-status.ts';
import { type RunningStation, SCREENSHOTS, startStationInBrowser } from './station-fixture.ts';

const PIN = '2468';
let s: RunningStation;
let emporix: EmporixSimulator;

beforeAll(async () => {
  s = await startStationInBrowser({ orders: 120, seed: 7 });
  emporix = await startEmporixSimulator({ seed: 2, orders: 20 });
  const switches = [
    { source: 'marketplace' as const, enabled: true, url: null, pin: PIN },
    {
      source: 'emporix' as const,
      enabled: true,
      url: emporix.url,
      account: emporix.tenant,
      credential: emporix.token,
      pin: PIN,
    },
  ];
  for (const change of switches) {
    const on = await s.station.handlers['settings:update-source'](change);
    if (!on.ok) throw new Error(on.error.message);
  }
}, 90_000);
afterAll(async () => {
  await s?.close();
  await emporix?.close();
});

/** The station header, where the shops' pills sit (the queue's source filter has buttons of their names). */
const header = () => s.page.locator('.station-header');

async function shop(source: ShopPullStatus['source']): Promise<ShopPullStatus | undefined> {
  const status = await s.station.handlers['sync:status'](undefined);
  if (!status.ok) throw new Error(status.error.message);
  return status.value.shops?.find((one) => one.source === source);
}

describe('a shop that cannot be pulled, at the queue', () => {
  it('shows red with its problem in words; the other shop and Equipme stay as they are', async () => {
    await expect.poll(async () => (await shop('emporix'))?.lastPull !== null, { timeout: 30_000 }).toBe(true);
    await expect
      .poll(async () => (await shop('marketplace'))?.lastPull !== null, { timeout: 30_000 })
      .toBe(true);

    emporix.setFaults({ offline: true });
    await s.station.handlers['sync:now'](undefined);
    await expect.poll(async () => (await shop('emporix'))?.state, { timeout: 30_000 }).toBe('failing');
    const problem = (await shop('emporix'))?.problem ?? '';
    expect(problem).not.toBe('');

    await s.page.goto(s.url);
    await s.page.locator('[role="option"]').first().waitFor({ timeout: 15_000 });
    const failing = header().getByRole('button', { name: 'Emporix: pull failing' });
    await failing.waitFor({ timeout: 15_000 });
    expect(await failing.getAttribute('class')).toContain('tone-danger');
    expect(await failing.getAttribute('title')).toContain(`Emporix: ${problem}`);
    const marketplace = header().getByRole('button', { name: 'Marketplace', exact: true });
    expect(await marketplace.getAttribute('class')).toContain('tone-ok');
    expect(await s.page.locator('.station-state .connectivity').textContent()).toBe('Online');

    await failing.click();
    const panel = s.page.locator('.shop-pull-panel');
    await panel.waitFor();
    expect(await panel.textContent()).toContain(problem);
    await s.page.screenshot({ path: `${SCREENSHOTS}/shop-pull-failing-queue.png` });

    // Back online: the next pass clears the problem and the pill is a name and a green dot again.
    emporix.setFaults({ offline: false });
    await s.station.handlers['sync:now'](undefined);
    const back = header().getByRole('button', { name: 'Emporix', exact: true });
    await back.waitFor({ timeout: 60_000 });
    expect(await back.getAttribute('class')).toContain('tone-ok');
  }, 150_000);
});
