// @vitest-environment happy-dom
// Who is packing, in the app: the sign-in screen stands in for the queue until someone signs in, a
// badge scan anywhere signs in, out or switches, a scan before sign-in is not counted.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/App.tsx';
import { useNavigationStore } from '../../../renderer/app/use-navigation-store.ts';
import { useSettingsStore } from '../../../renderer/app/use-settings-store.ts';
import { useStationStore } from '../../../renderer/app/use-station-store.ts';
import { useSyncStore } from '../../../renderer/app/use-sync-store.ts';
import { useToastStore } from '../../../renderer/app/use-toast-store.ts';
import { useQueueStore } from '../../../renderer/features/queue/use-queue-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import type { OperatorSignInArgs } from '../../../shared/ipc/settings.ts';
import { installFakeStation } from '../fake-station.ts';
import { resetStores } from '../reset-stores.ts';
import { scanKeys } from '../scan/scan-keys.ts';
import {
  orderMatch,
  ordersQueryAnswer,
  STATION_INFO,
  settingsView,
  syncStatus,
} from '../station-fixtures.ts';

beforeAll(() => initI18n('en'));
beforeEach(() => {
  resetStores(
    useQueueStore,
    useSettingsStore,
    useNavigationStore,
    useStationStore,
    useSyncStore,
    useToastStore,
  );
});
afterEach(cleanup);

/** A station whose sign-in behaves like main's: badges toggle, names are trimmed. */
function installStation() {
  let operator = '';
  const answer = (next: string) => {
    const previous = operator;
    operator = next;
    const outcome = next === '' ? 'signed-out' : previous === '' ? 'signed-in' : 'switched';
    return { ok: true as const, value: { outcome, operator: next, previous } as const };
  };
  return installFakeStation({
    'station:info': () => ({ ok: true, value: STATION_INFO }),
    'settings:get': () => ({ ok: true, value: settingsView({ operator }) }),
    'sync:status': () => ({ ok: true, value: syncStatus() }),
    'orders:query': ordersQueryAnswer(3),
    'orders:lookup': () => ({ ok: true, value: { orderId: 2, matches: [orderMatch(2)] } }),
    'operator:sign-in': (args: OperatorSignInArgs) => {
      const name = 'name' in args ? args.name.trim() : args.badge.replace(/^OP:/i, '');
      if (name === '') return { ok: false, error: { code: 'invalid-request', message: 'Enter your name.' } };
      return answer('badge' in args && name === operator ? '' : name);
    },
    'operator:sign-out': () => answer(''),
  });
}

const header = () => screen.getByRole('banner');

describe('sign-in', () => {
  it('shows the sign-in screen instead of the queue, and a typed name signs in', async () => {
    const station = installStation();
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Sign in to pack' })).toBeTruthy();
    expect(screen.getByText('Badges start with OP:')).toBeTruthy();
    expect(within(header()).getByText('Nobody signed in')).toBeTruthy();
    expect(station.argsOf('orders:query')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter your name, or scan your badge.');
    expect(station.argsOf('operator:sign-in')).toEqual([]);

    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: ' Anna ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('3 orders')).toBeTruthy();
    expect(station.argsOf('operator:sign-in')).toEqual([{ name: ' Anna ' }]);
    expect(within(header()).getByText('Anna')).toBeTruthy();
  });

  it('a scan before sign-in is not counted; a badge scan signs in, another switches, the own signs out', async () => {
    const station = installStation();
    render(<App />);
    await screen.findByRole('heading', { name: 'Sign in to pack' });

    scanKeys('SO-000002');
    expect(await screen.findByText(/^Not counted: nobody is signed in/)).toBeTruthy();
    expect(station.argsOf('orders:lookup')).toEqual([]);
    expect(useNavigationStore.getState().screen).toEqual({ name: 'queue' });

    scanKeys('OP:Anna');
    expect(await screen.findByText('3 orders')).toBeTruthy();
    expect(within(header()).getByText('Anna')).toBeTruthy();

    useNavigationStore.getState().openOrder(2);
    scanKeys('OP:Bram');
    await waitFor(() => expect(within(header()).getByText('Bram')).toBeTruthy());
    // A switch hands the open order over; it does not close it.
    expect(useNavigationStore.getState().screen).toEqual({ name: 'order', orderId: 2 });
    expect(screen.getByText('Bram is signed in now (was Anna).')).toBeTruthy();

    scanKeys('OP:Bram');
    expect(await screen.findByRole('heading', { name: 'Sign in to pack' })).toBeTruthy();
    expect(useNavigationStore.getState().screen).toEqual({ name: 'queue' });
    expect(station.argsOf('operator:sign-in').map((args) => ('badge' in args ? args.badge : ''))).toEqual([
      'OP:Anna',
      'OP:Bram',
      'OP:Bram',
    ]);
  });

  it('a badge typed into the name field (a slow scanner) signs in as the badge', async () => {
    const station = installStation();
    render(<App />);
    await screen.findByRole('heading', { name: 'Sign in to pack' });
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'OP:Anna' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('3 orders')).toBeTruthy();
    expect(station.argsOf('operator:sign-in')).toEqual([{ badge: 'OP:Anna' }]);
  });

  it('the header Sign out button signs out', async () => {
    const station = installStation();
    render(<App />);
    await screen.findByRole('heading', { name: 'Sign in to pack' });
    scanKeys('OP:Anna');
    await screen.findByText('3 orders');
    await act(async () => {
      fireEvent.click(within(header()).getByRole('button', { name: 'Sign out' }));
    });
    expect(station.argsOf('operator:sign-out')).toHaveLength(1);
    expect(await screen.findByRole('heading', { name: 'Sign in to pack' })).toBeTruthy();
    expect(screen.getByText('Anna signed out.')).toBeTruthy();
  });
});
