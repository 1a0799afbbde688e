// Usable without a mouse: one key to the list, one to the search field, and Escape puts the keyboard
// back where the packer was. Browser mode + station core + simulator, in Debian Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelBarcode } from '../../shared/domain/scan-codes.ts';
import type { QueueRow } from '../../shared/ipc/orders.ts';
import {
  type RunningStation,
  SCREENSHOTS,
  scan,
  startStationInBrowser,
  waitForOrderScreen,
} from './station-fixture.ts';

let s: RunningStation;

beforeAll(async () => {
  s = await startStationInBrowser({ orders: 300, seed: 7 });
  await s.page.goto(s.url);
  await s.page.locator('[role="option"]').first().waitFor({ timeout: 15_000 });
}, 60_000);
afterAll(() => s?.close());

/** Where the keyboard is: the list (and its active row), the search field, or a button's text. */
function focus() {
  return s.page.evaluate(() => {
    const active = document.activeElement;
    const rowId = active?.getAttribute('aria-activedescendant');
    return {
      list: active?.hasAttribute('data-queue-list') ?? false,
      search: active instanceof HTMLInputElement && active.type === 'search',
      row: rowId ?? null,
      rowText: rowId ? (document.getElementById(rowId)?.textContent ?? null) : null,
      button: active instanceof HTMLButtonElement ? active.textContent : null,
    };
  });
}

/** The queue's first rows as the screen lists them (the default filters and sort). */
async function queueRows(): Promise<QueueRow[]> {
  const answer = await s.station.handlers['orders:query']({
    sort: { by: 'created', direction: 'asc' },
    offset: 0,
    limit: 20,
  });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.rows;
}

const backOnQueue = () => s.page.locator('[data-queue-list]').waitFor();

describe('the keyboard alone', () => {
  it('reaches the list with F3 and the search field with F2, and the screen says so', async () => {
    await s.page.keyboard.press('F3');
    expect(await focus()).toMatchObject({ list: true, row: 'queue-row-0' });
    await s.page.keyboard.press('F2');
    expect(await focus()).toMatchObject({ search: true });
    await s.page.keyboard.press('F3');
    expect(await focus()).toMatchObject({ list: true });

    const hints = s.page.locator('.queue-keys');
    expect(await hints.textContent()).toContain('F2 Search');
    expect(await hints.textContent()).toContain('F3 Order list');
    expect(await s.page.locator('.queue-search kbd').textContent()).toBe('F2');
    expect(
      await s.page.getByRole('searchbox', { name: 'Search orders' }).getAttribute('aria-keyshortcuts'),
    ).toBe('F2');
    await s.page.screenshot({ path: `${SCREENSHOTS}/queue-keys.png` });
  });

  it('Escape from an order opened with Enter lands on that order’s row', async () => {
    const rows = await queueRows();
    await s.page.keyboard.press('F3');
    // The arrow keys also stop on the caption of a sales order's group: down until the fifth order.
    for (let i = 0; i < 12 && (await focus()).row !== 'queue-row-4'; i++)
      await s.page.keyboard.press('ArrowDown');
    expect(await focus()).toMatchObject({ list: true, row: 'queue-row-4' });
    await s.page.keyboard.press('Enter');
    const order = rows[4] as QueueRow;
    await waitForOrderScreen(s.page, order.orderNumber, order.id);

    await s.page.keyboard.press('Escape');
    await backOnQueue();
    await expect.poll(focus).toMatchObject({ list: true, row: 'queue-row-4' });
    expect((await focus()).rowText).toContain(order.orderNumber);
  });

  it('Escape from an order opened by a scan lands on that order’s row, not the one selected before', async () => {
    const rows = await queueRows();
    const order = rows[9] as QueueRow;
    expect((await focus()).row).toBe('queue-row-4');
    await scan(s.page, labelBarcode(order.id));
    await waitForOrderScreen(s.page, order.orderNumber, order.id);

    await s.page.keyboard.press('Escape');
    await backOnQueue();
    await expect.poll(focus).toMatchObject({ list: true, row: 'queue-row-9' });
    expect((await focus()).rowText).toContain(order.orderNumber);
  });

  it('F2 and F3 also work from an order: back on the queue, in the field or on the order’s row', async () => {
    const rows = await queueRows();
    const order = rows[2] as QueueRow;
    await scan(s.page, labelBarcode(order.id));
    await waitForOrderScreen(s.page, order.orderNumber, order.id);
    await s.page.keyboard.press('F3');
    await backOnQueue();
    await expect.poll(focus).toMatchObject({ list: true, row: 'queue-row-2' });

    await scan(s.page, labelBarcode(order.id));
    await waitForOrderScreen(s.page, order.orderNumber, order.id);
    await s.page.keyboard.press('F2');
    await backOnQueue();
    await expect.poll(focus).toMatchObject({ search: true });
  });

  it('Escape in a dialog gives the keyboard back to the button that opened it', async () => {
    const order = (await queueRows()).find((row) => row.effectiveStatus === 'new' && row.lock === null);
    if (!order) throw new Error('the seed has no new order on the first page');
    await scan(s.page, labelBarcode(order.id));
    await waitForOrderScreen(s.page, order.orderNumber, order.id);
    const cancel = s.page.locator('.order-action-buttons').getByRole('button', { name: 'Cancel order' });
    await cancel.focus();
    await expect.poll(async () => (await focus()).button).toBe('Cancel order');
    await s.page.keyboard.press('Enter');
    await s.page.getByRole('dialog').waitFor();
    await s.page.keyboard.press('Escape');
    await s.page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(async () => (await focus()).button).toBe('Cancel order');
    // Nothing was sent, and the next Escape leaves the order for its row.
    expect(s.sim.transitions().filter((t) => t.orderId === order.id)).toEqual([]);
    await s.page.keyboard.press('Escape');
    await backOnQueue();
    await expect.poll(async () => (await focus()).rowText ?? '').toContain(order.orderNumber);
  });

  it('a dialog keeps the function keys: F3 inside it leaves the order screen alone', async () => {
    const order = (await queueRows()).find((row) => row.effectiveStatus === 'new' && row.lock === null);
    if (!order) throw new Error('the seed has no new order on the first page');
    await scan(s.page, labelBarcode(order.id));
    await waitForOrderScreen(s.page, order.orderNumber, order.id);
    await s.page.locator('.order-action-buttons').getByRole('button', { name: 'Cancel order' }).click();
    await s.page.getByRole('dialog').waitFor();
    await s.page.keyboard.press('F3');
    expect(await s.page.getByRole('dialog').isVisible()).toBe(true);
    expect(await s.page.locator('.order-screen').count()).toBe(1);
    await s.page.keyboard.press('Escape');
    await s.page.keyboard.press('Escape');
    await backOnQueue();
  });
});
