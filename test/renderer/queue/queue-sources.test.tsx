// @vitest-environment happy-dom
// The queue across sources: every row shows its source as a badge, and the source filter offers what
// main says (Equipme, switched-on shops, shops with cached orders), pressable from the keyboard.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useNavigationStore } from '../../../renderer/app/use-navigation-store.ts';
import { OrderQueue } from '../../../renderer/features/queue/OrderQueue.tsx';
import { useQueueStore } from '../../../renderer/features/queue/use-queue-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import type { OrderSourceName } from '../../../shared/domain/order-sources.ts';
import type { OrdersQueryArgs, QueueRow } from '../../../shared/ipc/orders.ts';
import { installFakeStation } from '../fake-station.ts';
import { ordersQueryAnswer } from '../station-fixtures.ts';

const sizes = ['offsetHeight', 'clientHeight'] as const;
beforeAll(() => {
  initI18n('en');
  for (const size of sizes) {
    Object.defineProperty(HTMLElement.prototype, size, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('queue-scroll') ? 640 : 0;
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

const SOURCE_OF: OrderSourceName[] = ['equipme', 'marketplace', 'emporix'];

/** Rows of all three sources (a shop's row under a negative key), or one source's when filtered. */
function answer(sources: OrderSourceName[]) {
  return (args: OrdersQueryArgs) => {
    const patch = (index: number): Partial<QueueRow> => {
      const source = args.source ?? (SOURCE_OF[index % 3] as OrderSourceName);
      return source === 'equipme' ? {} : { source, id: -(17_592_186_044_417 + index) };
    };
    const base = ordersQueryAnswer(9, patch)(args);
    return { ...base, value: { ...base.value, sources } };
  };
}

const options = () => within(screen.getByRole('listbox', { name: 'Orders' })).getAllByRole('option');
const sourceFilter = () => within(screen.getByRole('group', { name: 'Source' }));

describe('the queue across sources', () => {
  it('shows the source on every row; a shop row shows no station key', async () => {
    installFakeStation({ 'orders:query': answer(['equipme', 'marketplace', 'emporix']) });
    render(<OrderQueue />);
    await screen.findByText('SO-000001');
    const [equipme, marketplace, emporix] = options().map((row) => within(row));
    expect(equipme?.getByText('Equipme').className).toContain('queue-source-equipme');
    expect(equipme?.getByText('#1')).toBeTruthy();
    expect(marketplace?.getByText('Marketplace').className).toContain('queue-source-marketplace');
    expect(marketplace?.queryByText(/^#/)).toBeNull();
    expect(emporix?.getByText('Emporix')).toBeTruthy();
  });

  it('filters by source with the chips main offers, and back to all', async () => {
    const station = installFakeStation({ 'orders:query': answer(['equipme', 'emporix']) });
    render(<OrderQueue />);
    await screen.findByText('SO-000001');
    const chips = sourceFilter()
      .getAllByRole('button')
      .map((chip) => chip.textContent);
    expect(chips).toEqual(['All', 'Equipme', 'Emporix']);
    expect(sourceFilter().getByRole('button', { name: 'All' }).getAttribute('aria-pressed')).toBe('true');

    // A chip is a button: the keyboard reaches it with Tab and presses it with Enter or Space.
    const emporix = sourceFilter().getByRole('button', { name: 'Emporix' });
    emporix.focus();
    expect(document.activeElement).toBe(emporix);
    fireEvent.click(emporix);
    await waitFor(() => expect(station.argsOf('orders:query').at(-1)?.source).toBe('emporix'));
    await waitFor(() => expect(options().every((row) => within(row).queryByText('Emporix'))).toBe(true));
    expect(emporix.getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(sourceFilter().getByRole('button', { name: 'All' }));
    await waitFor(() => expect(station.argsOf('orders:query').at(-1)).not.toHaveProperty('source'));
  });

  it('offers no source filter while Equipme is the only source', async () => {
    installFakeStation({ 'orders:query': answer(['equipme']) });
    render(<OrderQueue />);
    await screen.findByText('SO-000001');
    expect(screen.queryByRole('group', { name: 'Source' })).toBeNull();
  });
});
