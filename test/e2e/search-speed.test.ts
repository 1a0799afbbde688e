// The queue's search as a person types it: one key at a time into the focused field, in Debian
// Chromium against browser mode. Every key is searched at once, results appear in the order the keys
// were typed and never for older text after newer, and a scan into the field still opens its order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelBarcode } from '../../shared/domain/scan-codes.ts';
import {
  type RunningStation,
  SCREENSHOTS,
  scan,
  startStationInBrowser,
  waitForOrderScreen,
} from './station-fixture.ts';

let s: RunningStation;

beforeAll(async () => {
  s = await startStationInBrowser({ orders: 2_000, seed: 1 });
  await s.page.goto(s.url);
  await s.page.locator('[role="option"]').first().waitFor({ timeout: 20_000 });
}, 90_000);
afterAll(() => s?.close());

const search = () => s.page.getByRole('searchbox', { name: 'Search orders' });

/** One key as a German keyboard sends it (Playwright's own keyboard knows the US keys only). */
async function press(key: string): Promise<void> {
  if (/^[\x20-\x7e]$/.test(key)) return s.page.keyboard.press(key);
  const cdp = await s.page.context().newCDPSession(s.page);
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, text: key, unmodifiedText: key });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key });
  await cdp.detach();
}

/** The texts whose results the list painted, in the order it painted them. */
function paintedTexts(): Promise<string[]> {
  return s.page.evaluate(() =>
    performance
      .getEntriesByName('queue-search-paint')
      .map((e) => (e as unknown as { detail: { text: string } }).detail.text),
  );
}

async function total(text: string): Promise<number> {
  const answer = await s.station.handlers['orders:query']({
    text,
    sort: { by: 'created', direction: 'asc' },
    offset: 0,
    limit: 1,
  });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.total;
}

async function clearSearch(): Promise<void> {
  await search().focus();
  await s.page.keyboard.press('Control+A');
  await s.page.keyboard.press('Backspace');
  await expect.poll(() => search().inputValue()).toBe('');
}

describe('searching the queue key by key', () => {
  it('paints the results of every key a person types, in the order typed, and shows Müller at the end', async () => {
    await s.page.keyboard.press('F2');
    await clearSearch();
    await s.page.evaluate(() => performance.clearMeasures('queue-search-paint'));
    for (const key of 'Müller') {
      const before = (await paintedTexts()).length;
      await press(key);
      // A person looks before the next key: each key's own results come up.
      await expect.poll(async () => (await paintedTexts()).length, { timeout: 10_000 }).toBe(before + 1);
    }
    expect(await paintedTexts()).toEqual(['M', 'Mü', 'Mül', 'Müll', 'Mülle', 'Müller']);
    expect(await search().inputValue()).toBe('Müller');

    const expected = await total('Müller');
    expect(expected).toBeGreaterThan(0);
    await expect
      .poll(() => s.page.locator('.queue-count').textContent())
      .toBe(`${new Intl.NumberFormat('en').format(expected)} orders`);
    const customers = await s.page.locator('.queue-row .queue-cell-customer').allTextContents();
    expect(customers.length).toBeGreaterThan(0);
    // Every order row (the captions above a sales order's group name the sales order).
    for (const row of await s.page.locator('.queue-row').allTextContents())
      expect(row.toLowerCase()).toContain('müller');
    await s.page.screenshot({ path: `${SCREENSHOTS}/queue-search-mueller.png` });
  });

  it('typed fast, ends with the newest text and never paints an older text after a newer one', async () => {
    await clearSearch();
    await s.page.evaluate(() => performance.clearMeasures('queue-search-paint'));
    // Faster than a person: no key waits for the one before to be painted.
    for (const key of 'Nordlicht') await press(key);
    await expect.poll(async () => (await paintedTexts()).at(-1), { timeout: 10_000 }).toBe('Nordlicht');
    const painted = await paintedTexts();
    // Each painted text is a longer prefix than the one before: never back to older text.
    for (let i = 1; i < painted.length; i++) {
      expect('Nordlicht'.startsWith(painted[i] ?? '-')).toBe(true);
      expect(painted[i]?.length).toBeGreaterThan(painted[i - 1]?.length ?? 0);
    }
    expect(await search().inputValue()).toBe('Nordlicht');
    const expected = await total('Nordlicht');
    await expect
      .poll(() => s.page.locator('.queue-count').textContent())
      .toBe(`${new Intl.NumberFormat('en').format(expected)} orders`);
  });

  it('opens the order of a scan into the search field, and the field keeps the text typed before', async () => {
    await clearSearch();
    await press('3');
    await expect.poll(async () => (await paintedTexts()).at(-1)).toBe('3');
    const order = s.sim
      .orderIds()
      .map((id) => s.sim.order(id))
      .find((o) => o?.status === 'new');
    if (!order) throw new Error('the simulator has no new order');
    await scan(s.page, labelBarcode(order.id));
    await waitForOrderScreen(s.page, order.order.orderNumber, order.id);
    await s.page.keyboard.press('Escape');
    await s.page.locator('[data-queue-list]').waitFor();
    expect(await search().inputValue()).toBe('3');
    // The queue is searched for what the field shows, never for the scanned code.
    const expected = await total('3');
    await expect
      .poll(() => s.page.locator('.queue-count').textContent())
      .toBe(`${new Intl.NumberFormat('en').format(expected)} orders`);
  });
});
