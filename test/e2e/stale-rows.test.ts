// A late search answer in Chromium: the page holds its own `orders:query` requests back (as a main
// busy writing a pull would answer them late). The rows of the text before dim once the answer is
// late, a click on one opens nothing, and the Enter pressed meanwhile opens the first result of the
// current text when its answer comes.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningStation, SCREENSHOTS, startStationInBrowser } from './station-fixture.ts';

let s: RunningStation;

beforeAll(async () => {
  s = await startStationInBrowser({ orders: 300, seed: 1 });
  // Before the page's own scripts: frames asking `orders:query` wait while `holdQueries` is set.
  await s.page.addInitScript(() => {
    const held: { socket: WebSocket; frame: string }[] = [];
    const send = WebSocket.prototype.send;
    const page = globalThis as unknown as { holdQueries: boolean; releaseQueries: () => void };
    page.holdQueries = false;
    page.releaseQueries = () => {
      page.holdQueries = false;
      for (const { socket, frame } of held.splice(0)) send.call(socket, frame);
    };
    WebSocket.prototype.send = function (this: WebSocket, frame) {
      if (page.holdQueries && typeof frame === 'string' && frame.includes('"channel":"orders:query"')) {
        held.push({ socket: this, frame });
        return;
      }
      send.call(this, frame);
    };
  });
  await s.page.goto(s.url);
  await s.page.locator('[role="option"]').first().waitFor({ timeout: 20_000 });
}, 90_000);
afterAll(() => s?.close());

const list = () => s.page.getByRole('listbox', { name: 'Orders' });
const hold = (on: boolean) =>
  s.page.evaluate((held) => {
    const page = globalThis as unknown as { holdQueries: boolean; releaseQueries: () => void };
    if (held) page.holdQueries = true;
    else page.releaseQueries();
  }, on);

describe('a late search answer', () => {
  it('dims the rows of the text before, opens none of them, and opens the first result on the Enter pressed meanwhile', async () => {
    // An order well down the queue: its number's first result is not the row on top now.
    const queue = await s.station.handlers['orders:query']({
      sort: { by: 'created', direction: 'asc' },
      offset: 10,
      limit: 1,
    });
    const first = queue.ok ? queue.value.rows[0] : undefined;
    if (!first) throw new Error('the data set has fewer than 11 open orders');
    const text = first.orderNumber;
    const staleNumber = await s.page.locator('[role="option"] .queue-cell-order').first().textContent();

    await hold(true);
    await s.page.keyboard.press('F2');
    await s.page.keyboard.type(text);
    await expect.poll(() => list().getAttribute('aria-busy')).toBe('true');
    // Late: past LATE_ANSWER_MS (300 ms) the rows are dimmed.
    await expect
      .poll(() => s.page.locator('.queue-rows').evaluate((rows) => getComputedStyle(rows).opacity))
      .toBe('0.4');
    // So is the count of the text before.
    expect(await s.page.locator('.queue-count').evaluate((count) => getComputedStyle(count).opacity)).toBe(
      '0.4',
    );
    await s.page.screenshot({ path: join(SCREENSHOTS, 'queue-late-answer.png') });

    // A click on a row of the text before opens nothing.
    await s.page.locator('[role="option"]').nth(2).click();
    await list().focus();
    await s.page.keyboard.press('Enter');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await s.page.locator('.order-screen').count()).toBe(0);
    expect(await s.page.locator('[role="option"] .queue-cell-order').first().textContent()).toBe(staleNumber);

    // The answer comes: the Enter pressed meanwhile opens the first result of the text typed.
    await hold(false);
    await s.page.locator('.order-screen h1', { hasText: first.orderNumber }).waitFor();
    expect(staleNumber).not.toBe(first.orderNumber);
  });
});
