// @vitest-environment happy-dom
// A key typed re-renders what shows the search (the field, the count, the list), not the whole queue
// screen: the filter chips (counted here) draw again only when their own facts change.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { OrderQueue } from '../../../renderer/features/queue/OrderQueue.tsx';
import { useQueueStore } from '../../../renderer/features/queue/use-queue-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { installFakeStation } from '../fake-station.ts';
import { ordersQueryAnswer } from '../station-fixtures.ts';

const renders = vi.hoisted(() => ({ filters: 0 }));
vi.mock('../../../renderer/features/queue/QueueFilters.tsx', () => ({
  QueueFilters() {
    renders.filters++;
    return null;
  },
}));

beforeAll(() => initI18n('en'));
beforeEach(() => useQueueStore.setState(useQueueStore.getInitialState(), true));
afterEach(cleanup);

it('types keys and shows their answers without drawing the filter chips again', async () => {
  installFakeStation({ 'orders:query': (args) => ordersQueryAnswer(args.text ? 40 : 500)(args) });
  render(<OrderQueue />);
  await screen.findByText('500 orders');
  const search = screen.getByRole('searchbox', { name: 'Search orders' });
  // The first key makes the queue a filtered one (its empty message says so): drawn once for that.
  await act(async () => {
    fireEvent.change(search, { target: { value: 'S' } });
  });
  await screen.findByText('40 orders');
  const drawn = renders.filters;
  for (const value of ['SO', 'SO-', 'SO-2']) {
    await act(async () => {
      fireEvent.change(search, { target: { value } });
    });
  }
  expect(useQueueStore.getState().shownText).toBe('SO-2');
  expect(renders.filters).toBe(drawn);
});
