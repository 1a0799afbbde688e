// Readable from a metre away: dates in the UI language's way and never cut, a part number as big as
// the product name, and a long delivery note that cannot push Next step and Print off the screen.
// The station talks to the simulator through a proxy that writes the longest notes Equipme allows
// into one order, so the notes take the real path: pull, validation, cache, screen.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost } from '../../electron/main/host/index.ts';
import { type Simulator, startSimulator } from '../../electron/main/simulator/index.ts';
import { createSessionSecretBox, openStation, type Station } from '../../electron/main/station/index.ts';
import type { FulfillmentOrder } from '../../shared/api/equipme.ts';
import { labelBarcode } from '../../shared/domain/scan-codes.ts';
import { launchChromium, SCREENSHOTS, scan, waitForOrderScreen } from './station-fixture.ts';
import { shippingOrder } from './station-helpers.ts';

/** Equipme's limit for `addition` (a longer one is refused at validation and never shown). */
const ADDITION_MAX = 1500;
/** `partnerNote` has no limit in the spec. */
const PARTNER_NOTE_LENGTH = 2000;

/** Words, markup and a very long unbroken run: a note a customer could really send. */
function note(length: number, word: string): string {
  const base = `<b>Bitte beim Nachbarn abgeben</b> & ring twice — ${word} ${'X'.repeat(120)} `;
  let text = '';
  while (text.length < length) text += `${base}${text.length} `;
  return text.slice(0, length).trimEnd();
}

const ADDITION = note(ADDITION_MAX, 'addition');
const PARTNER_NOTE = note(PARTNER_NOTE_LENGTH, 'partner');

let sim: Simulator;
let proxy: Server;
let station: Station;
let host: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let dataDir: string;
let noted: FulfillmentOrder;

/** Forwards everything to the simulator; the order `noted` comes back with the long notes in it. */
function startNoteProxy(target: string, orderId: number): Promise<string> {
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value === null || typeof value !== 'object') return value;
    const object = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v)]));
    if (object.id === orderId && object.deliveryAddress && typeof object.deliveryAddress === 'object') {
      object.deliveryAddress = { ...object.deliveryAddress, addition: ADDITION };
      object.partnerNote = PARTNER_NOTE;
    }
    return object;
  };
  proxy = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string' && name !== 'host' && name !== 'content-length') headers.set(name, value);
    }
    const answer = await fetch(`${target}${request.url}`, {
      method: request.method ?? 'GET',
      headers,
      body: chunks.length > 0 ? Buffer.concat(chunks) : null,
      redirect: 'manual',
    });
    const type = answer.headers.get('content-type') ?? '';
    const text = await answer.text();
    const body = type.includes('json') && text ? JSON.stringify(rewrite(JSON.parse(text))) : text;
    response.writeHead(answer.status, type ? { 'content-type': type } : {});
    response.end(body);
  });
  return new Promise((resolve) => {
    proxy.listen(0, '127.0.0.1', () => {
      const address = proxy.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    });
  });
}

beforeAll(async () => {
  sim = await startSimulator({ seed: 11, orders: 300 });
  noted = shippingOrder(sim, { status: 'new', lines: { min: 3 }, also: (o) => !!o.deliveryAddress });
  const apiUrl = await startNoteProxy(sim.url, noted.id);
  dataDir = mkdtempSync(join(tmpdir(), 'station-readable-'));
  station = await openStation({
    dbFile: join(dataDir, 'station.db'),
    secretBox: createSessionSecretBox(),
    shell: 'browser',
    version: 'e2e',
  });
  const configured = await station.handlers['settings:update']({
    apiUrl,
    apiKey: sim.apiKey,
    operator: 'Packer Anna',
    supervisorPin: { next: '2468' },
  });
  if (!configured.ok) throw new Error(configured.error.message);
  host = await startBrowserHost({ station, rendererDir: 'out/renderer' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.goto(host.url);
  await page.locator('[role="option"]').first().waitFor({ timeout: 15_000 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await station?.close();
  await sim?.close();
  await new Promise((resolve) => proxy?.close(resolve));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Elements whose text is wider than their box (cut off or ellipsed), by selector. */
function cutOff(selectors: string[]) {
  return page.evaluate((list) => {
    return list.flatMap((selector) =>
      [...document.querySelectorAll<HTMLElement>(selector)]
        // Shown (a heading kept for screen readers only is a 1 px box) and wider than its box.
        .filter(
          (el) => el.getClientRects().length > 0 && el.clientWidth > 1 && el.scrollWidth > el.clientWidth,
        )
        .map((el) => `${selector}: ${el.textContent}`),
    );
  }, selectors);
}

function topmostAtCentre(el: Element): boolean {
  const box = el.getBoundingClientRect();
  const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
  return top !== null && (top === el || el.contains(top));
}

/** The element's box lies fully inside the window. */
async function onScreen(locator: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return (
    box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0 && box.x + box.width <= viewport.width
  );
}

async function useLanguage(locale: 'en' | 'nl' | 'de'): Promise<void> {
  const saved = await station.handlers['settings:update']({ locale });
  if (!saved.ok) throw new Error(saved.error.message);
  await page.reload();
  await page.locator('.queue-cell-date').first().waitFor({ timeout: 15_000 });
}

const DATE_IN = {
  en: /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d{4}, \d{2}:\d{2}$/,
  nl: /^\d{1,2} (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\.? \d{4}, \d{2}:\d{2}$/,
  de: /^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/,
} as const;

describe('readable from a metre away', () => {
  for (const locale of ['en', 'nl', 'de'] as const) {
    it(`writes the queue's dates the ${locale} way, and no date or heading is cut`, async () => {
      await useLanguage(locale);
      const dates = await page.locator('.queue-cell-date').allTextContents();
      expect(dates.length).toBeGreaterThan(5);
      for (const date of dates) expect(date).toMatch(DATE_IN[locale]);
      expect(await cutOff(['.queue-cell-date', '.queue-head > span', '.queue h1'])).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}/queue-dates-${locale}.png` });
    });
  }

  it('keeps order numbers, dates and headings whole in the queue at 1366×768', async () => {
    await useLanguage('en');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.locator('.queue-cell-date').first().waitFor();
    expect(
      await cutOff(['.queue-order-number', '.queue-cell-date', '.queue-head > span', '.queue .status-badge']),
    ).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/queue-1366.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });
  });

  it('shows the part number at least as large as the product name', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await useLanguage('en');
    const order = sim
      .orderIds()
      .map((id) => sim.order(id))
      .find((o) => o?.status === 'new' && o.id !== noted.id && (o.bomItems?.length ?? 0) >= 2);
    if (!order) throw new Error('the seed has no new order with two pick lines');
    await scan(page, labelBarcode(order.id));
    await waitForOrderScreen(page, order.order.orderNumber, order.id);
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('.pick-line')].map((line) => {
        const size = (selector: string) => {
          const el = line.querySelector(selector);
          return el ? Number.parseFloat(getComputedStyle(el).fontSize) : 0;
        };
        return { name: size('.pick-line-name'), part: size('.pick-line-part') };
      }),
    );
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    for (const { name, part } of sizes) expect(part).toBeGreaterThanOrEqual(name);
    expect(
      await cutOff(['.pick-line-part', '.pick-line-name', '.order-screen h1', '.order-screen h2']),
    ).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('[data-queue-list]').waitFor();
  });

  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
  ]) {
    it(`keeps Next step and Print on screen under a long delivery note at ${viewport.width}×${viewport.height}`, async () => {
      await page.setViewportSize(viewport);
      await scan(page, labelBarcode(noted.id));
      await waitForOrderScreen(page, noted.order.orderNumber, noted.id);

      await page.mouse.move(0, 0);
      await page.screenshot({ path: `${SCREENSHOTS}/order-long-note-${viewport.width}.png` });

      // The whole note is there (as text, never as markup), in a box of its own that scrolls.
      const box = page.locator('.address-line-note');
      expect(await box.textContent()).toBe(ADDITION);
      expect(await page.locator('.address-card b').count()).toBe(0);
      const scrolls = await box.evaluate((el) => el.scrollHeight > el.clientHeight);
      expect(scrolls).toBe(true);
      // The partner note loses its markup on the way in (the station keeps notes as plain text).
      const partnerNote =
        (await page
          .locator('.order-note')
          .filter({ hasText: 'Partner note' })
          .locator('.order-note-text')
          .textContent()) ?? '';
      expect(partnerNote).toBe(PARTNER_NOTE.replace(/<\/?b>/g, ''));
      expect(await page.locator('.order-header b').count()).toBe(0);

      const next = page.locator('.order-action-buttons').getByRole('button', { name: 'Start picking' });
      const print = page.getByRole('button', { name: 'Print label' });
      expect(await onScreen(next)).toBe(true);
      expect(await onScreen(print)).toBe(true);
      // Nothing had to be scrolled to get there.
      expect(await page.locator('.app-main').evaluate((el) => el.scrollTop)).toBe(0);

      // Not covered by anything either: the button itself is what a click there would press.
      expect(await next.evaluate(topmostAtCentre)).toBe(true);
      expect(await print.evaluate(topmostAtCentre)).toBe(true);
      await page.keyboard.press('Escape');
      await page.locator('[data-queue-list]').waitFor();
    });
  }
});
