// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useSyncStore } from '../../../renderer/app/use-sync-store.ts';
import { useToastStore } from '../../../renderer/app/use-toast-store.ts';
import { OutboxScreen } from '../../../renderer/features/sync/OutboxScreen.tsx';
import { useOutboxStore } from '../../../renderer/features/sync/use-outbox-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import type { OrderDetail } from '../../../shared/ipc/orders.ts';
import type { OutboxEntryView, TableDisagreement } from '../../../shared/ipc/outbox.ts';
import { installFakeStation } from '../fake-station.ts';
import { resetStores } from '../reset-stores.ts';
import { outboxEntry, syncStatus } from '../station-fixtures.ts';

beforeAll(() => initI18n('en'));
beforeEach(() => {
  resetStores(useOutboxStore, useSyncStore, useToastStore);
});
afterEach(cleanup);

const now = Date.now();
const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
const REASON = 'Equipme refused the change: the order was cancelled (400 ORDER_CANCELLED). Discard it.';

function entries(): OutboxEntryView[] {
  return [
    outboxEntry({ id: 'e1', orderId: 1, createdAt: at(5) }),
    outboxEntry({ id: 'e2', orderId: 2, state: 'failed', attempts: 3, lastError: REASON, createdAt: at(30) }),
    outboxEntry({
      id: 'e3',
      orderId: 2,
      state: 'held',
      action: 'process',
      statusBefore: 'inprocess',
      expectedAfter: 'ready-for-delivery',
      createdAt: at(20),
    }),
    outboxEntry({ id: 'e4', orderId: 3, state: 'applied', attempts: 1, createdAt: at(10), appliedAt: at(9) }),
    outboxEntry({ id: 'e5', orderId: 4, state: 'applied', createdAt: at(2000), appliedAt: at(1999) }),
  ];
}

function installStation(
  list: () => OutboxEntryView[] = entries,
  disagreements: () => TableDisagreement[] = () => [],
) {
  return installFakeStation({
    'outbox:list': () => ({ ok: true, value: list() }),
    'outbox:disagreements': () => ({ ok: true, value: disagreements() }),
    'orders:get': ({ orderId }) => ({
      ok: true,
      value: { order: { order: { orderNumber: `SO-00000${orderId}` } } } as unknown as OrderDetail,
    }),
    'outbox:retry': ({ entryId }) => ({ ok: true, value: outboxEntry({ id: entryId, state: 'pending' }) }),
    'outbox:discard': () => ({ ok: true, value: [] }),
    'sync:now': () => ({ ok: true, value: syncStatus() }),
  });
}

const openList = () => screen.getByRole('list', { name: 'Changes not sent yet' });

describe('OutboxScreen', () => {
  it('lists failed, held and pending changes first and folds away what was settled today', async () => {
    installStation();
    render(<OutboxScreen />);
    await screen.findByText('3 changes not sent yet');

    const items = within(openList()).getAllByRole('listitem');
    expect(
      items.map((item) => within(item).getByRole('button', { name: /SO-|Order #/ }).textContent),
    ).toEqual(['SO-000002', 'SO-000002', 'SO-000001']);
    const failed = within(items[0] as HTMLElement);
    expect(failed.getByText('Failed')).toBeTruthy();
    expect(failed.getByText('3 attempts')).toBeTruthy();
    expect(failed.getByText(REASON)).toBeTruthy();
    expect(failed.getByText('New')).toBeTruthy();
    expect(failed.getByText('In process')).toBeTruthy();
    const held = within(items[1] as HTMLElement);
    expect(held.getByText('On hold')).toBeTruthy();
    expect(held.getByText(/Waits for an earlier change/)).toBeTruthy();
    expect(held.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(within(items[2] as HTMLElement).getByText('Waiting to send')).toBeTruthy();

    expect(screen.queryByText('SO-000003')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show 1 change settled today' }));
    const settled = screen.getByRole('list', { name: 'Changes settled today' });
    expect(await within(settled).findByText('SO-000003')).toBeTruthy();
    expect(within(settled).getByText('Sent')).toBeTruthy();
    // Yesterday's applied change is not shown at all.
    expect(screen.queryByText(/SO-000004|Order #4/)).toBeNull();
  });

  it('retries a failed change', async () => {
    const station = installStation();
    render(<OutboxScreen />);
    await screen.findByText(REASON);

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(station.argsOf('outbox:retry')).toEqual([{ entryId: 'e2' }]));
    await waitFor(() =>
      expect(useToastStore.getState().toasts).toMatchObject([
        { kind: 'success', text: 'The change will be sent again.' },
      ]),
    );
  });

  it('discards only with a reason of three characters or more; Escape cancels', async () => {
    const station = installStation();
    render(<OutboxScreen />);
    await screen.findByText(REASON);

    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    let dialog = screen.getByRole('dialog', { name: 'Discard this change?' });
    expect(within(dialog).getByText('1 later change of this order is discarded with it.')).toBeTruthy();
    const confirm = () => within(dialog).getByRole('button', { name: 'Discard change' }) as HTMLButtonElement;
    const reason = () => within(dialog).getByRole('textbox', { name: 'Why are you discarding it?' });
    expect(confirm().disabled).toBe(true);
    fireEvent.change(reason(), { target: { value: '  ab ' } });
    expect(confirm().disabled).toBe(true);
    fireEvent.submit(confirm().closest('form') as HTMLFormElement);
    fireEvent.keyDown(reason(), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(station.argsOf('outbox:discard')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    dialog = screen.getByRole('dialog', { name: 'Discard this change?' });
    fireEvent.change(reason(), { target: { value: ' Customer cancelled by phone ' } });
    expect(confirm().disabled).toBe(false);
    fireEvent.click(confirm());
    await waitFor(() =>
      expect(station.argsOf('outbox:discard')).toEqual([
        { entryId: 'e2', reason: 'Customer cancelled by phone' },
      ]),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(useToastStore.getState().toasts).toMatchObject([
      { kind: 'success', text: 'The change was discarded.' },
    ]);
  });

  it('keeps the dialog open with the station error when the discard is refused', async () => {
    const refusal = 'The change is being sent right now. Wait for the attempt to end, then try again.';
    installFakeStation({
      'outbox:list': () => ({ ok: true, value: entries() }),
      'outbox:disagreements': () => ({ ok: true, value: [] }),
      'outbox:discard': () => ({ ok: false, error: { code: 'rejected', message: refusal } }),
    });
    render(<OutboxScreen />);
    await screen.findByText(REASON);
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: 'wrong order' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Discard change' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(refusal);
    // Without orders:get the entries still name their order.
    expect(screen.getAllByRole('button', { name: 'Order #2' }).length).toBeGreaterThan(0);
  });

  it('syncs on request and reloads when the sync engine reports', async () => {
    let list = entries();
    const station = installStation(() => list);
    render(<OutboxScreen />);
    await screen.findByText('3 changes not sent yet');

    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(station.argsOf('sync:now')).toHaveLength(1));

    list = [];
    act(() => station.push('sync:status', syncStatus()));
    expect(await screen.findByText('All changes have reached Equipme.')).toBeTruthy();
    expect(screen.getByText(/Nothing waiting/)).toBeTruthy();
  });
});

describe('OutboxScreen: where the lifecycle table is only an assumption', () => {
  it('marks off-table entries, shows a held entry’s reason and lists the table disagreements', async () => {
    installStation(
      () => [
        outboxEntry({ id: 'o1', orderId: 7, action: 'complete', offTable: true, createdAt: at(1) }),
        outboxEntry({ id: 'h1', orderId: 8, state: 'held', lastError: 'Waits for “Process” of this order.' }),
      ],
      () => [
        {
          at: at(3),
          orderId: 7,
          action: 'cancel',
          status: 'in-delivery-outbound',
          transactionType: 'order',
          kind: 'refused',
          serverStatus: null,
          serverMessage: 'Order is already with the carrier <b>',
        },
        {
          at: at(4),
          orderId: 8,
          action: 'complete',
          status: 'on-hold',
          transactionType: 'order',
          kind: 'accepted',
          serverStatus: 'processed',
          serverMessage: null,
        },
      ],
    );
    render(<OutboxScreen />);
    const items = within(await screen.findByRole('list', { name: 'Changes not sent yet' })).getAllByRole(
      'listitem',
    );
    const offTable = items.find((item) => within(item).queryByText('Complete order'));
    expect(offTable && within(offTable).getByText('Off the table')).toBeTruthy();
    expect(screen.getAllByText('Off the table')).toHaveLength(1);
    expect(screen.getByText('Waits for “Process” of this order.')).toBeTruthy();

    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const [refused, accepted] = rows.map((row) => within(row as HTMLElement));
    expect(refused?.getByText('Cancel order')).toBeTruthy();
    expect(refused?.getByText('In delivery')).toBeTruthy();
    expect(refused?.getByText('Refused (the table allows it)')).toBeTruthy();
    // Equipme's words are text, never markup.
    expect(refused?.getByText('Order is already with the carrier <b>')).toBeTruthy();
    expect(accepted?.getByText('Unknown status “on-hold”')).toBeTruthy();
    expect(accepted?.getByText('Processed')).toBeTruthy();
    expect(accepted?.getByText('Accepted (the table does not allow it)')).toBeTruthy();
    expect(await refused?.findByRole('button', { name: 'SO-000007' })).toBeTruthy();
  });
});
