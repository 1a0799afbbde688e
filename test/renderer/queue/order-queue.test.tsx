// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useNavigationStore } from '../../../renderer/app/use-navigation-store.ts';
import { OrderQueue } from '../../../renderer/features/queue/OrderQueue.tsx';
import { ROW_HEIGHT } from '../../../renderer/features/queue/QueueList.tsx';
import {
  LATE_ANSWER_MS,
  useQueueStore,
  WINDOW_SIZE,
} from '../../../renderer/features/queue/use-queue-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import type { UnknownValue } from '../../../shared/api/equipme.ts';
import type { OrdersQueryArgs, QueueRow } from '../../../shared/ipc/orders.ts';
import { installFakeStation } from '../fake-station.ts';
import { ordersQueryAnswer } from '../station-fixtures.ts';

/** The list's viewport in these tests: happy-dom does no layout, so the list is given a height. */
const VIEWPORT = 640;

const sizes = ['offsetHeight', 'clientHeight', 'scrollHeight'] as const;
beforeAll(() => {
  initI18n('en');
  for (const size of sizes) {
    Object.defineProperty(HTMLElement.prototype, size, {
      configurable: true,
      get(this: HTMLElement) {
        if (!this.classList.contains('queue-scroll')) return 0;
        // The scroll height is that of the rows' box, as the list sizes it.
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

beforeEach(() => {
  useQueueStore.setState(useQueueStore.getInitialState(), true);
  useNavigationStore.setState(useNavigationStore.getInitialState(), true);
});
afterEach(cleanup);

const options = () => within(screen.getByRole('listbox', { name: 'Orders' })).getAllByRole('option');

describe('OrderQueue', () => {
  it('says "1,000+ orders" when main counted a broad search only up to its cap', async () => {
    const capped = (args: OrdersQueryArgs) => {
      const answer = ordersQueryAnswer(1_000)(args);
      return { ...answer, value: { ...answer.value, totalCapped: true } };
    };
    installFakeStation({ 'orders:query': capped });
    render(<OrderQueue />);

    expect(await screen.findByText('1,000+ orders')).toBeTruthy();
  });

  it('renders the first window of 50,000 orders and mounts only the rows in view', async () => {
    const station = installFakeStation({ 'orders:query': ordersQueryAnswer(50_000) });
    render(<OrderQueue />);

    expect(await screen.findByText('SO-000001')).toBeTruthy();
    expect(screen.getByText('50,000 orders')).toBeTruthy();
    const mounted = options().length;
    expect(mounted).toBeGreaterThanOrEqual(Math.floor(VIEWPORT / ROW_HEIGHT));
    expect(mounted).toBeLessThan(30);
    expect(station.argsOf('orders:query')[0]).toEqual({
      sort: { by: 'created', direction: 'asc' },
      offset: 0,
      limit: WINDOW_SIZE,
      queueFacts: 'current',
    });
    const first = within(options()[0] as HTMLElement);
    expect(first.getByText('Customer 000001')).toBeTruthy();
    expect(first.getByText('New')).toBeTruthy();
    expect(first.getByText('Order')).toBeTruthy();
    expect(first.getByText('NL 3511 AB')).toBeTruthy();
  });

  it('formats the dates of a screen of rows with one formatter, not one per row', async () => {
    installFakeStation({ 'orders:query': ordersQueryAnswer(50_000) });
    // Making an Intl.DateTimeFormat costs a hundred times what formatting with it does.
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    render(<OrderQueue />);
    await screen.findByText('SO-000001');

    expect(options().length).toBeGreaterThanOrEqual(10);
    expect(made.mock.calls.length).toBeLessThanOrEqual(1);
    made.mockRestore();
  });

  it('fetches the window around the rows scrolled to', async () => {
    const station = installFakeStation({ 'orders:query': ordersQueryAnswer(50_000) });
    render(<OrderQueue />);
    await screen.findByText('SO-000001');

    const list = screen.getByRole('listbox', { name: 'Orders' });
    act(() => {
      list.scrollTop = 40_000 * ROW_HEIGHT;
      fireEvent.scroll(list);
    });
    expect(await screen.findByText('SO-040001')).toBeTruthy();
    expect(station.argsOf('orders:query').map((args) => args.offset)).toContain(40_000);
    expect(options().length).toBeLessThan(30);
  });
});

describe('OrderQueue filters, search and sort', () => {
  it('sends the chosen status, type, location and preorder filters, starting at the top', async () => {
    const station = installFakeStation({ 'orders:query': ordersQueryAnswer(500) });
    render(<OrderQueue />);
    await screen.findByText('SO-000001');

    const status = screen.getByRole('group', { name: 'Status' });
    expect(within(status).getByRole('button', { name: /All open 340/ })).toBeTruthy();
    fireEvent.click(within(status).getByRole('button', { name: /In process 166/ }));
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Type' })).getByRole('button', { name: 'Swap' }),
    );
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Location' })).getByRole('button', { name: 'Venlo' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Preorders only' }));

    await waitFor(() =>
      expect(station.argsOf('orders:query').at(-1)).toEqual({
        statuses: ['inprocess'],
        transactionTypes: ['swap'],
        locationIds: [2],
        preorder: true,
        sort: { by: 'created', direction: 'asc' },
        offset: 0,
        limit: WINDOW_SIZE,
        queueFacts: 'as-counted',
      }),
    );
    expect(
      within(status)
        .getByRole('button', { name: /In process/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');

    fireEvent.click(within(status).getByRole('button', { name: /All open/ }));
    await waitFor(() => expect(station.argsOf('orders:query').at(-1)?.statuses).toBeUndefined());
  });

  it('keeps the rows on screen while a key typed is searched: its results replace them, no placeholders', async () => {
    const answers: { text: string | undefined; answer: () => void }[] = [];
    installFakeStation({
      'orders:query': (args) =>
        new Promise((resolve) => {
          const total = args.text ? 40 : 500;
          const rows = (i: number) => (args.text ? { orderNumber: `SO-7${String(i).padStart(5, '0')}` } : {});
          answers.push({ text: args.text, answer: () => resolve(ordersQueryAnswer(total, rows)(args)) });
        }),
    });
    render(<OrderQueue />);
    await act(async () => answers[0]?.answer());
    expect(await screen.findByText('SO-000001')).toBeTruthy();
    const list = screen.getByRole('listbox', { name: 'Orders' });
    expect(list.getAttribute('aria-busy')).toBe('false');

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search orders' }), { target: { value: '7' } });
    // Asked, not answered yet: the rows before stay, marked busy; not one placeholder row.
    expect(answers.map((a) => a.text)).toEqual([undefined, '7']);
    expect(screen.getByText('SO-000001')).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(list.getAttribute('aria-busy')).toBe('true');

    await act(async () => answers[1]?.answer());
    expect(screen.getByText('SO-700000')).toBeTruthy();
    expect(screen.queryByText('SO-000001')).toBeNull();
    expect(screen.getByText('40 orders')).toBeTruthy();
    expect(list.getAttribute('aria-busy')).toBe('false');
  });

  it('opens no row of the text before while its answer is held; an Enter meanwhile opens the first result', async () => {
    const answers: { text: string | undefined; answer: () => void }[] = [];
    installFakeStation({
      'orders:query': (args) =>
        new Promise((resolve) => {
          const rows = (i: number) => (args.text ? { orderNumber: `SO-7${String(i).padStart(5, '0')}` } : {});
          const ids = (i: number) => ({ ...rows(i), ...(args.text ? { id: 7000 + i } : {}) });
          answers.push({
            text: args.text,
            answer: () => resolve(ordersQueryAnswer(args.text ? 40 : 500, ids)(args)),
          });
        }),
    });
    render(<OrderQueue />);
    await act(async () => answers[0]?.answer());
    await screen.findByText('SO-000001');
    const list = screen.getByRole('listbox', { name: 'Orders' });
    const search = screen.getByRole('searchbox', { name: 'Search orders' });

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.change(search, { target: { value: '7' } });
    expect(list.getAttribute('aria-busy')).toBe('true');
    // A normal key changes no style; an answer later than LATE_ANSWER_MS dims the list and its count.
    act(() => vi.advanceTimersByTime(LATE_ANSWER_MS - 1));
    expect(list.classList.contains('queue-scroll-late')).toBe(false);
    act(() => vi.advanceTimersByTime(1));
    expect(list.classList.contains('queue-scroll-late')).toBe(true);
    expect(screen.getByText('500 orders').classList.contains('queue-count-late')).toBe(true);
    vi.useRealTimers();
    // The rows of the text before are still on screen: a click and an Enter open none of them.
    fireEvent.click(screen.getByText('Customer 000003'));
    list.focus();
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(useNavigationStore.getState().screen).toEqual({ name: 'queue' });

    // The answer for "7" comes: the Enter pressed meanwhile opens its first row, not a stale one.
    await act(async () => answers[1]?.answer());
    expect(useNavigationStore.getState().screen).toEqual({ name: 'order', orderId: 7000 });
    expect(list.classList.contains('queue-scroll-late')).toBe(false);
  });

  it('drops an Enter pressed for a text typed over, and one whose answer failed', async () => {
    const answers: { text: string | undefined; answer: () => void; fail: () => void }[] = [];
    installFakeStation({
      'orders:query': (args) =>
        new Promise((resolve) => {
          answers.push({
            text: args.text,
            answer: () => resolve(ordersQueryAnswer(args.text ? 40 : 500)(args)),
            fail: () => resolve({ ok: false, error: { code: 'internal', message: 'The search failed.' } }),
          });
        }),
    });
    render(<OrderQueue />);
    await act(async () => answers[0]?.answer());
    await screen.findByText('SO-000001');
    const list = screen.getByRole('listbox', { name: 'Orders' });
    const search = screen.getByRole('searchbox', { name: 'Search orders' });

    fireEvent.change(search, { target: { value: '7' } });
    fireEvent.keyDown(list, { key: 'Enter' });
    // More typed after the Enter: the operator is still searching, so nothing opens.
    fireEvent.change(search, { target: { value: '71' } });
    await act(async () => answers[1]?.answer());
    await act(async () => answers[2]?.answer());
    expect(answers.map((a) => a.text)).toEqual([undefined, '7', '71']);
    expect(list.getAttribute('aria-busy')).toBe('false');
    expect(useNavigationStore.getState().screen).toEqual({ name: 'queue' });

    fireEvent.change(search, { target: { value: '712' } });
    fireEvent.keyDown(list, { key: 'Enter' });
    await act(async () => answers[3]?.fail());
    expect(await screen.findByText('The search failed.')).toBeTruthy();
    expect(useNavigationStore.getState().screen).toEqual({ name: 'queue' });
    // Once the rows are current again, Enter opens the selected row at once.
    fireEvent.change(search, { target: { value: '7' } });
    await act(async () => answers[4]?.answer());
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(useNavigationStore.getState().screen).toEqual({ name: 'order', orderId: 1 });
  });

  it('searches at each key typed, with no wait, the newest text once main answers, and sorts', async () => {
    const station = installFakeStation({ 'orders:query': ordersQueryAnswer(500) });
    render(<OrderQueue />);
    await screen.findByText('SO-000001');
    const before = station.argsOf('orders:query').length;
    const texts = () =>
      station
        .argsOf('orders:query')
        .slice(before)
        .map((args) => args.text);

    const search = screen.getByRole('searchbox', { name: 'Search orders' });
    fireEvent.change(search, { target: { value: '3' } });
    // Asked in the key's own event: no debounce.
    expect(texts()).toEqual(['3']);
    await act(async () => {});
    // While main answers one key, the keys typed meanwhile make one search: the newest text.
    fireEvent.change(search, { target: { value: '35' } });
    fireEvent.change(search, { target: { value: '351' } });
    fireEvent.change(search, { target: { value: '3511' } });
    await waitFor(() => expect(texts()).toEqual(['3', '35', '3511']));
    expect((search as HTMLInputElement).value).toBe('3511');

    fireEvent.change(screen.getByRole('combobox', { name: 'Sort' }), { target: { value: 'customer:desc' } });
    await waitFor(() =>
      expect(station.argsOf('orders:query').at(-1)).toMatchObject({
        text: '3511',
        sort: { by: 'customer', direction: 'desc' },
        offset: 0,
      }),
    );
  });
});

describe('OrderQueue keyboard and rows', () => {
  it('moves the selection with the arrow keys, Page and Home/End, and opens the order on Enter', async () => {
    installFakeStation({ 'orders:query': ordersQueryAnswer(50_000) });
    render(<OrderQueue />);
    await screen.findByText('SO-000001');
    const list = screen.getByRole('listbox', { name: 'Orders' });
    list.focus();
    const selectedId = () => list.getAttribute('aria-activedescendant');

    expect(selectedId()).toBe('queue-row-0');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(selectedId()).toBe('queue-row-2');
    expect(document.getElementById('queue-row-2')?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    expect(selectedId()).toBe('queue-row-1');
    fireEvent.keyDown(list, { key: 'PageDown' });
    // A page is the rows in view less one, so the last row stays in sight.
    expect(useQueueStore.getState().selected).toBe(1 + Math.floor(VIEWPORT / ROW_HEIGHT) - 1);
    fireEvent.keyDown(list, { key: 'Home' });
    expect(useQueueStore.getState().selected).toBe(0);
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    expect(useQueueStore.getState().selected).toBe(0);

    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(useNavigationStore.getState().screen).toEqual({ name: 'order', orderId: 2 });

    fireEvent.keyDown(list, { key: 'End' });
    expect(useQueueStore.getState().selected).toBe(49_999);
    // The virtualizer scrolled the list to the last row; the browser would now report the scroll.
    expect(list.scrollTop).toBeGreaterThan(49_000 * ROW_HEIGHT);
    fireEvent.scroll(list);
    expect(await screen.findByText('SO-050000')).toBeTruthy();
    await waitFor(() => expect(selectedId()).toBe('queue-row-49999'));
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(useNavigationStore.getState().screen).toEqual({ name: 'order', orderId: 50_000 });
  });

  it('opens an order on a click', async () => {
    installFakeStation({ 'orders:query': ordersQueryAnswer(20) });
    render(<OrderQueue />);
    fireEvent.click(await screen.findByText('Customer 000004'));
    expect(useNavigationStore.getState().screen).toEqual({ name: 'order', orderId: 4 });
  });

  it('marks preorders, orders with changes waiting to be sent and conflicts', async () => {
    installFakeStation({
      'orders:query': ordersQueryAnswer(
        3,
        (i) => [{ isPreorder: true }, { pending: 2 }, { pending: 1, lock: 'conflict' as const }][i] ?? {},
      ),
    });
    render(<OrderQueue />);
    await screen.findByText('SO-000001');
    const [first, second, third] = options().map((option) => within(option));

    expect(first?.getByText('Preorder')).toBeTruthy();
    expect(first?.queryByText(/waiting to be sent/)).toBeNull();
    expect(second?.getByText('2 changes waiting to be sent')).toBeTruthy();
    expect(second?.queryByText('Locked')).toBeNull();
    expect(third?.getByText('1 change waiting to be sent')).toBeTruthy();
    expect(third?.getByText('Locked')).toBeTruthy();
  });

  it('queries again when orders change', async () => {
    let total = 5;
    const station = installFakeStation({ 'orders:query': (args) => ordersQueryAnswer(total)(args) });
    render(<OrderQueue />);
    await screen.findByText('5 orders');
    const before = station.argsOf('orders:query').length;

    total = 6;
    act(() => station.push('orders:changed', { orderIds: [6] }));
    act(() => station.push('orders:changed', { orderIds: 'all' }));
    expect(await screen.findByText('SO-000006')).toBeTruthy();
    expect(screen.getByText('6 orders')).toBeTruthy();
    // A burst of changes is one re-query.
    expect(station.argsOf('orders:query').length).toBe(before + 1);
  });
});

describe('OrderQueue empty and error states', () => {
  it('says there are no open orders, or that the filters match none', async () => {
    installFakeStation({ 'orders:query': ordersQueryAnswer(0) });
    render(<OrderQueue />);
    expect(await screen.findByText(/No open orders\./)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Preorders only' }));
    expect(await screen.findByText(/No orders match these filters/)).toBeTruthy();
  });

  it('shows the station error with a retry that recovers', async () => {
    let fail = true;
    installFakeStation({
      'orders:query': (args) =>
        fail
          ? {
              ok: false,
              error: { code: 'internal', message: 'The order cache cannot be read. Restart the app.' },
            }
          : ordersQueryAnswer(2)(args),
    });
    render(<OrderQueue />);
    expect((await screen.findByRole('alert')).textContent).toContain('The order cache cannot be read.');

    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('SO-000002')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('OrderQueue counts', () => {
  it('makes “All open” the sum main counted, the list total, and shows an unknown status', async () => {
    installFakeStation({
      'orders:query': (args) => {
        const onHold = 'on-hold' as UnknownValue;
        const answer = ordersQueryAnswer(
          434,
          (i): Partial<QueueRow> => (i === 0 ? { effectiveStatus: onHold, serverStatus: onHold } : {}),
        )(args);
        answer.value.countsByStatus = { new: 300, inprocess: 126, 'ready-for-delivery': 7, 'on-hold': 1 };
        return answer;
      },
    });
    render(<OrderQueue />);
    await screen.findByText('434 orders');
    const statuses = screen.getByRole('group', { name: 'Status' });
    expect(within(statuses).getByRole('button', { name: 'All open 434' })).toBeTruthy();
    expect(within(statuses).getByText('Unknown status “on-hold”', { exact: false }).textContent).toBe(
      'Unknown status “on-hold” 1',
    );
    expect(within(options()[0] as HTMLElement).getByText('Unknown status “on-hold”')).toBeTruthy();
    expect(document.body.textContent).not.toContain('common:');
  });
});
