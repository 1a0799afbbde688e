// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OrderQueue } from '../../renderer/features/queue/OrderQueue.tsx';
import { useQueueStore } from '../../renderer/features/queue/use-queue-store.ts';
import type { OrderSummary } from '../../shared/ipc/orders.ts';
import { installFakeStation } from './fake-station.ts';

const ORDERS: OrderSummary[] = [
  {
    id: 1,
    orderNumber: 'SO-2026-0001',
    customerName: 'Nordlicht GmbH',
    status: 'new',
    transactionType: 'order',
    isPreorder: false,
    lineCount: 3,
    created: '2026-11-20T09:15:00Z',
    country: 'DE',
  },
  {
    id: 2,
    orderNumber: 'SO-2026-0002',
    customerName: 'Fjord AS',
    status: 'ready-for-delivery',
    transactionType: 'swap',
    isPreorder: true,
    lineCount: 1,
    created: '2026-11-21T14:00:00Z',
    country: null,
  },
];

const initialQueue = useQueueStore.getState();

beforeEach(() => useQueueStore.setState(initialQueue, true));
afterEach(cleanup);

describe('OrderQueue', () => {
  it('says so when there are no open orders', async () => {
    installFakeStation({ 'orders:list': () => ({ ok: true, value: { orders: [], total: 0 } }) });
    render(<OrderQueue />);
    expect(await screen.findByText('No open orders.')).toBeTruthy();
    expect(screen.getByText('0 open')).toBeTruthy();
  });

  it('lists the open orders from orders:list', async () => {
    const station = installFakeStation({
      'orders:list': () => ({ ok: true, value: { orders: ORDERS, total: 7 } }),
    });
    render(<OrderQueue />);

    await screen.findByText('SO-2026-0001');
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(3);
    const first = within(rows[1] as HTMLElement);
    expect(first.getByText('SO-2026-0001')).toBeTruthy();
    expect(first.getByText('Nordlicht GmbH')).toBeTruthy();
    expect(first.getByText('Order')).toBeTruthy();
    expect(first.getByText('New')).toBeTruthy();
    expect(first.getByText('3')).toBeTruthy();
    expect(first.queryByText('Preorder')).toBeNull();
    const second = within(rows[2] as HTMLElement);
    expect(second.getByText('Swap')).toBeTruthy();
    expect(second.getByText('Ready for delivery')).toBeTruthy();
    expect(second.getByText('Preorder')).toBeTruthy();
    expect(screen.getByText('2 of 7 open')).toBeTruthy();
    expect(station.calls).toEqual([
      { channel: 'orders:list', args: expect.objectContaining({ status: expect.arrayContaining(['new']) }) },
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an error banner with the operator message when orders:list fails', async () => {
    const message = 'Equipme cannot be reached. Check the network connection, then press Refresh.';
    installFakeStation({ 'orders:list': () => ({ ok: false, error: { code: 'api-error', message } }) });
    render(<OrderQueue />);

    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(screen.queryByText('No open orders.')).toBeNull();
    expect(screen.queryByText(/open$/)).toBeNull();
  });

  it('clears the banner when Refresh succeeds', async () => {
    let fail = true;
    installFakeStation({
      'orders:list': () =>
        fail
          ? { ok: false, error: { code: 'api-error', message: 'Equipme cannot be reached.' } }
          : { ok: true, value: { orders: ORDERS, total: 2 } },
    });
    render(<OrderQueue />);
    await screen.findByRole('alert');

    fail = false;
    await act(async () => screen.getByRole('button', { name: 'Refresh' }).click());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });
});
