// @vitest-environment happy-dom
// Fulfillment orders of one sales order next to each other in the queue are one group: a caption
// above the first row (its number, here of how many, missing, packed/sent) opens the shipment by a
// click or by Enter, and the arrow keys stop on it between its first row and the row above.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useNavigationStore } from '../../../renderer/app/use-navigation-store.ts';
import { OrderQueue } from '../../../renderer/features/queue/OrderQueue.tsx';
import { CAPTION_HEIGHT, ROW_HEIGHT } from '../../../renderer/features/queue/QueueList.tsx';
import { useQueueStore } from '../../../renderer/features/queue/use-queue-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import type { QueueRow } from '../../../shared/ipc/orders.ts';
import { installFakeStation } from '../fake-station.ts';
import { resetStores } from '../reset-stores.ts';
import { ordersQueryAnswer } from '../station-fixtures.ts';

/** The list's viewport: happy-dom does no layout, so the list is given a height. */
const VIEWPORT = 640;
const sizes = ['offsetHeight', 'clientHeight', 'scrollHeight'] as const;
beforeAll(() => {
  initI18n('en');
  for (const size of sizes) {
    Object.defineProperty(HTMLElement.prototype, size, {
      configurable: true,
      get(this: HTMLElement) {
        if (!this.classList.contains('queue-scroll')) return 0;
        if (size === 'scrollHeight')
          return Number.parseFloat((this.firstElementChild as HTMLElement).style.height);
        return VIEWPORT;
      },
    });
  }
});
afterAll(() => {
  for (const size of sizes) Reflect.deleteProperty(HTMLElement.prototype, size);
});
// The navigation first: leaving an order for the queue selects its row (use-queue-store.ts).
beforeEach(() => resetStores(useNavigationStore, useQueueStore));
afterEach(cleanup);

/** Rows 0–2: one sales order, all here; row 3 alone; rows 4–5: two of four here, one packed. */
function grouped(index: number): Partial<QueueRow> {
  if (index <= 2)
    return {
      salesOrderId: 7000,
      orderNumber: 'SO-2026-0042',
      group: { open: 3, total: 3, otherStatus: 0 },
    };
  if (index === 4 || index === 5)
    return {
      salesOrderId: 7001,
      orderNumber: '<b>SO-2026-0043</b>',
      group: { open: 2, total: 4, otherStatus: 1 },
    };
  return {};
}

async function renderGroups() {
  const station = installFakeStation({ 'orders:query': ordersQueryAnswer(40, grouped) });
  render(<OrderQueue />);
  await screen.findByText('Sales order SO-2026-0042');
  return station;
}

const list = () => screen.getByRole('listbox', { name: 'Orders' });
const active = () => list().getAttribute('aria-activedescendant');
const press = (key: string) => fireEvent.keyDown(list(), { key });

describe('the queue groups the orders of one sales order', () => {
  it('puts a caption above the first row of each group and indents its rows', async () => {
    await renderGroups();
    const captions = [...document.querySelectorAll<HTMLElement>('.queue-caption')];
    expect(captions.map((caption) => caption.id)).toEqual(['queue-caption-0', 'queue-caption-4']);
    expect(captions.map((caption) => caption.textContent)).toEqual([
      'Sales order SO-2026-00423 of 3 hereOpen the shipment ›',
      'Sales order <b>SO-2026-0043</b>2 of 4 here · 2 missing · 1 packed/sentOpen the shipment ›',
    ]);
    // Markup in a number is text.
    expect(document.querySelector('.queue-caption b')).toBeNull();
    expect(
      within(captions[1] as HTMLElement)
        .getByText(/2 missing/)
        .getAttribute('title'),
    ).toMatch(/^Not open at this station/);
    const grouped = [...document.querySelectorAll('.queue-row-grouped')].map((row) => row.id);
    expect(grouped).toEqual(['queue-row-0', 'queue-row-1', 'queue-row-2', 'queue-row-4', 'queue-row-5']);
    // A caption takes its own height above its row; the rows after it move down by as much.
    const top = (id: string) => document.getElementById(id)?.style.transform;
    expect(top('queue-caption-0')).toBe('translateY(0px)');
    expect(top('queue-row-0')).toBe(`translateY(${CAPTION_HEIGHT}px)`);
    expect(top('queue-row-1')).toBe(`translateY(${CAPTION_HEIGHT + ROW_HEIGHT}px)`);
    expect(top('queue-caption-4')).toBe(`translateY(${CAPTION_HEIGHT + 4 * ROW_HEIGHT}px)`);
    expect(top('queue-row-4')).toBe(`translateY(${2 * CAPTION_HEIGHT + 4 * ROW_HEIGHT}px)`);
  });

  it('a click on a caption opens the shipment; a click on a row still opens its order', async () => {
    await renderGroups();
    fireEvent.click(screen.getByText('Sales order <b>SO-2026-0043</b>'));
    expect(useNavigationStore.getState().screen).toEqual({ name: 'shipment', salesOrderId: 7001 });
    act(() => useNavigationStore.getState().openQueue());
    fireEvent.click(await screen.findByText('Customer 000005'));
    expect(useNavigationStore.getState().screen).toEqual({ name: 'order', orderId: 5 });
  });

  it('the arrow keys stop on a caption and Enter there opens the shipment', async () => {
    await renderGroups();
    list().focus();
    expect(active()).toBe('queue-row-0');
    press('ArrowUp');
    expect(active()).toBe('queue-caption-0');
    expect(document.getElementById('queue-caption-0')?.getAttribute('aria-selected')).toBe('true');
    expect(document.getElementById('queue-row-0')?.getAttribute('aria-selected')).toBe('false');
    press('ArrowUp');
    expect(active()).toBe('queue-caption-0');
    press('ArrowDown');
    expect(active()).toBe('queue-row-0');
    for (let i = 0; i < 3; i++) press('ArrowDown');
    expect(active()).toBe('queue-row-3');
    press('ArrowDown');
    expect(active()).toBe('queue-caption-4');
    press('ArrowDown');
    expect(active()).toBe('queue-row-4');
    press('ArrowUp');
    expect(active()).toBe('queue-caption-4');
    press('ArrowUp');
    expect(active()).toBe('queue-row-3');
    press('Home');
    expect(active()).toBe('queue-caption-0');

    press('ArrowDown');
    press('Enter');
    expect(useNavigationStore.getState().screen).toEqual({ name: 'order', orderId: 1 });
    act(() => useNavigationStore.getState().openQueue());
    await waitFor(() => expect(active()).toBe('queue-row-0'));
    press('ArrowUp');
    press('Enter');
    expect(useNavigationStore.getState().screen).toEqual({ name: 'shipment', salesOrderId: 7000 });
  });

  it('back from a shipment, the keyboard is on its caption', async () => {
    await renderGroups();
    act(() => useNavigationStore.getState().openShipment(7001));
    act(() => useNavigationStore.getState().openQueue());
    await waitFor(() => expect(active()).toBe('queue-caption-4'));
    press('Enter');
    expect(useNavigationStore.getState().screen).toEqual({ name: 'shipment', salesOrderId: 7001 });
  });

  it('keeps the row at the top in place when captions come in above it', async () => {
    const alone = (index: number): Partial<QueueRow> =>
      index >= 40_000 && index < 40_010
        ? { salesOrderId: 80_000 + index, group: { open: 2, total: 2, otherStatus: 0 } }
        : {};
    installFakeStation({ 'orders:query': ordersQueryAnswer(50_000, alone) });
    render(<OrderQueue />);
    await screen.findByText('SO-000001');

    act(() => {
      list().scrollTop = 40_005 * ROW_HEIGHT;
      fireEvent.scroll(list());
    });
    await screen.findByText('SO-040006');
    // Captions above rows 40,000 to 40,005 came in: the list scrolled by as much, so the row the
    // packer had at the top is still there.
    expect(document.querySelectorAll('.queue-caption').length).toBeGreaterThan(0);
    const row = document.getElementById('queue-row-40005') as HTMLElement;
    expect(row.style.transform).toBe(`translateY(${40_005 * ROW_HEIGHT + 6 * CAPTION_HEIGHT}px)`);
    expect(list().scrollTop).toBe(40_005 * ROW_HEIGHT + 6 * CAPTION_HEIGHT);
  });
});
