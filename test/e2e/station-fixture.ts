// End-to-end fixture: a real station core (browser mode) against a simulator the test controls,
// driven in Debian's Chromium through playwright-core.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { startBrowserHost } from '../../electron/main/host/index.ts';
import { type Simulator, startSimulator } from '../../electron/main/simulator/index.ts';
import { createSessionSecretBox, openStation, type Station } from '../../electron/main/station/index.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = 'test-results/screenshots';

/** A station core in browser mode, shown in a 1920×1080 Chromium page. */
export interface BrowserStation {
  /** The station's data folder: its database and the demo file printer's labels/. */
  dataDir: string;
  station: Station;
  url: string;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

export interface RunningStation extends BrowserStation {
  sim: Simulator;
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/**
 * A station in live mode against a simulator the test can fault, shown in a 1920×1080 page, with
 * Packer Anna signed in (`signedIn: false`: nobody, the sign-in screen shows).
 */
export async function startStationInBrowser(
  options: { orders?: number; seed?: number; signedIn?: boolean } = {},
): Promise<RunningStation> {
  const sim = await startSimulator({ seed: options.seed ?? 3, orders: options.orders ?? 300 });
  const shown = await startStationOnApi(sim, options).catch(async (error: unknown) => {
    await sim.close();
    throw error;
  });
  return {
    ...shown,
    sim,
    async close() {
      await shown.close();
      await sim.close();
    },
  };
}

/**
 * The same station against an Equipme API somewhere else (the bench's simulator in a process of its
 * own, as Equipme is a server of its own).
 */
export async function startStationOnApi(
  api: { url: string; apiKey: string },
  options: { signedIn?: boolean } = {},
): Promise<BrowserStation> {
  if (!existsSync('out/renderer/index.html'))
    throw new Error('out/renderer is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'station-e2e-'));
  const station = await openStation({
    dbFile: join(dir, 'station.db'),
    secretBox: createSessionSecretBox(),
    shell: 'browser',
    version: 'e2e',
  });
  const configured = await station.handlers['settings:update']({
    apiUrl: api.url,
    apiKey: api.apiKey,
    supervisorPin: { next: '2468' },
  });
  if (!configured.ok) throw new Error(configured.error.message);
  const signedIn =
    options.signedIn === false ? null : await station.handlers['operator:sign-in']({ name: 'Packer Anna' });
  if (signedIn && !signedIn.ok) throw new Error(signedIn.error.message);
  const host = await startBrowserHost({ station, rendererDir: 'out/renderer' });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    dataDir: dir,
    station,
    url: host.url,
    browser,
    page,
    async close() {
      await browser.close();
      await host.close();
      await station.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Types a code the way a keyboard-wedge scanner does: its keys and Enter, each stamped with the time
 * the scanner sent it (`interKeyMs` apart), as the OS stamps a hardware scanner's keys however long
 * the page takes to handle each one (the search field searches at each key: that must not make a
 * scan look typed).
 */
export async function scan(page: Page, code: string, interKeyMs = 8): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now() / 1000;
  const enter = { key: 'Enter', text: '\r', code: 'Enter', windowsVirtualKeyCode: 13 };
  const keys = [...[...code].map((key) => ({ key, text: key })), enter];
  for (const [i, { text, ...key }] of keys.entries()) {
    const timestamp = start + (i * interKeyMs) / 1000;
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', timestamp, text, ...key });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', timestamp, ...key });
  }
  await cdp.detach();
}

/** Waits until the order screen shows this order (the queue may list the same number). */
export async function waitForOrderScreen(page: Page, orderNumber: string, orderId: number): Promise<void> {
  await page.locator('.order-screen h1', { hasText: orderNumber }).waitFor();
  await page.locator('.order-screen').getByText(`#${orderId}`).first().waitFor();
}
