// @vitest-environment happy-dom
// The queue's search field and the scanner: a person's key searches at once (not after the scanner
// threshold), and a scan while the field has the keyboard still opens the order and leaves the
// field's text as it was.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertText } from '../../../renderer/app/scan/retype-keys.ts';
import { ScanRouter } from '../../../renderer/app/scan/ScanRouter.tsx';
import { useNavigationStore } from '../../../renderer/app/use-navigation-store.ts';
import { OrderQueue } from '../../../renderer/features/queue/OrderQueue.tsx';
import { useQueueStore } from '../../../renderer/features/queue/use-queue-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { installFakeStation } from '../fake-station.ts';
import { orderMatch, ordersQueryAnswer, settingsView } from '../station-fixtures.ts';

vi.mock('../../../renderer/app/sound/play.ts', () => ({ play: vi.fn() }));

beforeAll(() => initI18n('en'));
beforeEach(() => {
  useQueueStore.setState(useQueueStore.getInitialState(), true);
  useNavigationStore.setState(useNavigationStore.getInitialState(), true);
});
afterEach(cleanup);

/** A key as the browser handles it: keydown, then (unless a listener prevented it) the character typed. */
function key(char: string, timeStamp: number): void {
  const target = document.activeElement ?? document.body;
  const event = new KeyboardEvent('keydown', { key: char, bubbles: true, cancelable: true });
  Object.defineProperty(event, 'timeStamp', { value: timeStamp });
  target.dispatchEvent(event);
  if (!event.defaultPrevented && char.length === 1 && target instanceof HTMLInputElement)
    insertText(target, char);
}

async function renderQueue() {
  const station = installFakeStation({
    'settings:get': () => ({ ok: true, value: settingsView() }),
    'orders:query': ordersQueryAnswer(500),
    'orders:lookup': ({ code }) => ({
      ok: true,
      value: code === 'PSO100027' ? { orderId: 100027, matches: [orderMatch(100027)] } : null,
    }),
  });
  render(
    <>
      <ScanRouter />
      <OrderQueue />
    </>,
  );
  expect(await screen.findByText('500 orders')).toBeTruthy();
  const search = screen.getByRole('searchbox', { name: 'Search orders' }) as HTMLInputElement;
  search.focus();
  return { station, search };
}

describe('the queue search field and the scanner', () => {
  it("puts a person's key in the field and searches it in the same event, not after the scanner threshold", async () => {
    const { station, search } = await renderQueue();
    act(() => key('M', performance.now()));
    expect(search.value).toBe('M');
    expect(station.argsOf('orders:query').at(-1)).toMatchObject({ text: 'M', offset: 0 });

    // The next key a person types, well after the threshold, goes in as well.
    act(() => key('ü', performance.now() + 200));
    expect(search.value).toBe('Mü');
    await waitFor(() => expect(station.argsOf('orders:query').at(-1)?.text).toBe('Mü'));
  });

  it('opens the order of a scan into the search field and gives the field its text back', async () => {
    const { station, search } = await renderQueue();
    act(() => key('3', performance.now()));
    await waitFor(() => expect(useQueueStore.getState().shownText).toBe('3'));

    const at = performance.now() + 500;
    act(() => {
      for (const char of 'PSO100027') key(char, at);
      key('Enter', at);
    });
    expect(search.value).toBe('3');
    await waitFor(() =>
      expect(useNavigationStore.getState().screen).toEqual({ name: 'order', orderId: 100027 }),
    );
    expect(station.argsOf('orders:lookup')).toEqual([{ code: 'PSO100027' }]);
    expect(useQueueStore.getState().filters.text).toBe('3');
  });
});
