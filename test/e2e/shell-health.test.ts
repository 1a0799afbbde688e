// Header, banner and counts agree: driven through the simulator's fault routes (PUT /_sim/faults)
// against a real station core in browser mode, in Debian Chromium. Paused (the key refused),
// unstable (5xx), offline and one failed step each show the same state in the header pill, the banner and the
// outbox pill; the red problem line in the outbox goes once Equipme answered again.
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Faults } from '../../electron/main/simulator/faults.ts';
import { type RunningStation, SCREENSHOTS, startStationInBrowser } from './station-fixture.ts';
import { moveInEquipme } from './station-helpers.ts';

let s: RunningStation;

beforeAll(async () => {
  s = await startStationInBrowser({ orders: 200, seed: 11 });
}, 60_000);
afterAll(() => s?.close());

/** The simulator's fault route, as a test tool outside the station would use it. */
async function setFaults(patch: { [K in keyof Faults]?: Faults[K] | 0 | 1 }): Promise<void> {
  const response = await fetch(`${s.sim.url}/_sim/faults`, {
    method: 'PUT',
    headers: { 'x-api-key': s.sim.apiKey, 'content-type': 'application/json' },
    body: JSON.stringify(patch),
  });
  expect(response.status).toBe(200);
}

/** New orders that are "order" transactions: `process` is a valid next step for each. */
function newOrders(n: number): number[] {
  const ids = s.sim
    .orderIds()
    .filter((id) => {
      const order = s.sim.order(id);
      return order?.status === 'new' && order.transactionType === 'order' && !order.isPreorder;
    })
    .slice(0, n);
  if (ids.length < n) throw new Error(`the seed has fewer than ${n} new orders`);
  return ids;
}

async function process(orderId: number): Promise<void> {
  const queued = await s.station.handlers['transitions:enqueue']({
    orderId,
    action: 'process',
    seenStatus: 'new',
  });
  if (!queued.ok) throw new Error(queued.error.message);
}

const link = () => s.page.locator('.station-state .connectivity');
const pill = () => s.page.locator('.station-state .pending-button');

/** Waits until the element reads exactly this text, then checks its tone. */
async function shows(locator: Locator, text: string, tone: 'ok' | 'warn' | 'danger'): Promise<void> {
  await expect.poll(() => locator.textContent(), { timeout: 30_000 }).toBe(text);
  expect(await locator.getAttribute('class')).toContain(`tone-${tone}`);
}

describe('header, banner and counts agree', () => {
  it('paused, unstable, offline and one failed step; the red problem line goes after a good sync', async () => {
    const [paused, unstable, offline, taken] = newOrders(4) as [number, number, number, number];
    await s.page.goto(s.url);
    await s.page.locator('[role="option"]').first().waitFor({ timeout: 15_000 });
    await shows(link(), 'Online', 'ok');
    await shows(pill(), 'All changes sent', 'ok');

    // Paused: Equipme refuses the key. Its 401 is an answer, yet the header never says "Online".
    await setFaults({ unauthorized: 1 });
    await process(paused);
    const alert = s.page.locator('.sync-banner-alert', { hasText: 'Station stopped sending' });
    await alert.waitFor({ timeout: 30_000 });
    await shows(link(), 'Not sending', 'danger');
    await shows(pill(), '1 change to send', 'warn');
    await s.page.mouse.move(0, 0);
    await s.page.screenshot({ path: `${SCREENSHOTS}/shell-paused.png` });

    await setFaults({ unauthorized: 0 });
    await alert.waitFor({ state: 'detached', timeout: 30_000 });
    await shows(pill(), 'All changes sent', 'ok');
    await shows(link(), 'Online', 'ok');

    // Unstable: Equipme answers 5xx. The header and the banner both say so, in yellow.
    await setFaults({ error5xx: 1 });
    await process(unstable);
    await shows(link(), 'Connection unstable', 'warn');
    await s.page.locator('.sync-banner-degraded', { hasText: 'unstable' }).waitFor();
    await shows(pill(), '1 change to send', 'warn');
    await setFaults({ error5xx: 0 });
    await shows(pill(), 'All changes sent', 'ok');
    await shows(link(), 'Online', 'ok');

    // Offline: the header, the yellow banner and the pill say the same; two steps wait.
    await setFaults({ offline: 1 });
    await process(offline);
    await shows(link(), 'Offline', 'warn');
    await s.page.locator('.sync-banner-offline').waitFor();
    await process(taken);
    await shows(pill(), '2 changes to send', 'warn');
    await pill().click();
    const problem = s.page.locator('.outbox-problem');
    await problem.waitFor({ timeout: 30_000 });
    await s.page.mouse.move(0, 0);
    await s.page.screenshot({ path: `${SCREENSHOTS}/shell-offline.png` });

    // Meanwhile another packer moved one of them: back online, one step is sent and one fails.
    await moveInEquipme(s, taken, 'inprocess');
    await setFaults({ offline: 0 });
    await shows(pill(), '1 change failed', 'danger');
    await shows(link(), 'Online', 'ok');
    expect(await s.page.locator('.sync-banner-offline, .sync-banner-degraded').count()).toBe(0);
    expect(s.sim.transitions().map((t) => t.orderId)).toEqual([paused, unstable, offline]);

    // A good sync: the stale red "connection broke" line is gone, the failed step stays counted.
    await s.page.getByRole('button', { name: 'Sync now' }).click();
    await s.page.getByRole('button', { name: 'Sync now' }).waitFor();
    await problem.waitFor({ state: 'detached' });
    await shows(pill(), '1 change failed', 'danger');
    await s.page.mouse.move(0, 0);
    await s.page.screenshot({ path: `${SCREENSHOTS}/shell-one-failed.png` });
  }, 180_000);
});
