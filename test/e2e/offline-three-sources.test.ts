// Offline cold start, as the operator sees it: a station pulled Equipme and both shops once, closed,
// and opens again in Chromium with every server gone. The queue shows the cached orders of all three
// sources, each row with its source, each source filter with its orders, and the header says which
// connection is down.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBrowserHost } from '../../electron/main/host/index.ts';
import { startEmporixSimulator } from '../../electron/main/simulator/emporix/index.ts';
import { startSimulator } from '../../electron/main/simulator/index.ts';
import { startMarketplaceSimulator } from '../../electron/main/simulator/marketplace/index.ts';
import { createSessionSecretBox, openStation, type Station } from '../../electron/main/station/index.ts';
import { launchChromium, SCREENSHOTS } from './station-fixture.ts';

const PIN = '8642';
const dir = mkdtempSync(join(tmpdir(), 'station-e2e-offline-'));
const dbFile = join(dir, 'station.db');
// One key store for both launches, as the desktop app's safeStorage: the saved secrets open again.
const secretBox = createSessionSecretBox();
let station: Station | undefined;
let host: Awaited<ReturnType<typeof startBrowserHost>> | undefined;
let browser: Browser | undefined;
let page: Page;

async function value<T>(answer: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) {
  const result = await answer;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The first launch: live servers, all three sources pulled into the cache, then closed. */
async function pullAllThreeOnce(): Promise<void> {
  const equipme = await startSimulator({ seed: 4, orders: 30, apiKey: 'live-key-4' });
  const marketplace = await startMarketplaceSimulator({ seed: 4, orders: 15 });
  const emporix = await startEmporixSimulator({ seed: 4, orders: 15 });
  const first = await openStation({ dbFile, secretBox, shell: 'browser', version: 'e2e' });
  try {
    const h = first.handlers;
    await value(
      h['settings:update']({ apiUrl: equipme.url, apiKey: equipme.apiKey, supervisorPin: { next: PIN } }),
    );
    await value(
      h['settings:update-source']({
        source: 'marketplace',
        enabled: true,
        url: marketplace.url,
        account: marketplace.username,
        credential: marketplace.password,
        pin: PIN,
      }),
    );
    await value(
      h['settings:update-source']({
        source: 'emporix',
        enabled: true,
        url: emporix.url,
        account: emporix.tenant,
        credential: emporix.token,
        pin: PIN,
      }),
    );
    await vi.waitFor(
      async () => {
        const status = await value(h['sync:status'](undefined));
        const pulled = status.lastPull !== null && (status.shops ?? []).every((s) => s.lastPull !== null);
        if (!pulled || (status.shops ?? []).length !== 2) throw new Error('not all three pulled yet');
      },
      { timeout: 30_000, interval: 250 },
    );
  } finally {
    await first.close();
    await Promise.all([equipme.close(), marketplace.close(), emporix.close()]);
  }
}

beforeAll(async () => {
  await pullAllThreeOnce();
  station = await openStation({ dbFile, secretBox, shell: 'browser', version: 'e2e' });
  await value(station.handlers['operator:sign-in']({ name: 'Packer Anna' }));
  host = await startBrowserHost({ station, rendererDir: 'out/renderer' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await station?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('offline cold start with three sources', () => {
  it('shows the cached orders of Equipme and both shops, and which connections are down', async () => {
    await page.goto(host?.url ?? '');
    const rows = page.locator('.queue-row, [role="option"]');
    await rows.first().waitFor({ timeout: 15_000 });
    for (const name of ['Equipme', 'Marketplace', 'Emporix']) {
      await page
        .getByRole('group', { name: 'Source' })
        .getByRole('button', { name: new RegExp(`^${name}`) })
        .click();
      // Every row of this filter names its source, and there is at least one.
      await expect
        .poll(async () => [...new Set(await page.locator('.queue-source').allTextContents())], {
          timeout: 10_000,
        })
        .toEqual([name]);
    }
    await page.getByRole('group', { name: 'Source' }).getByRole('button', { name: /^All/ }).click();
    // No server answers: both shops' pills turn red with their own words, Equipme is offline.
    for (const shop of ['Marketplace', 'Emporix']) {
      await page
        .locator('.shop-pull-pill.tone-danger', { hasText: `${shop}: pull failing` })
        .waitFor({ timeout: 30_000 });
    }
    await page.getByText('Offline', { exact: true }).first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${SCREENSHOTS}/offline-three-sources.png` });
  });
});
