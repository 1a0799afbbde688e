// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/App.tsx';
import { useNavigationStore } from '../../../renderer/app/use-navigation-store.ts';
import { useSettingsStore } from '../../../renderer/app/use-settings-store.ts';
import { useStationStore } from '../../../renderer/app/use-station-store.ts';
import { useSyncStore } from '../../../renderer/app/use-sync-store.ts';
import { useToastStore } from '../../../renderer/app/use-toast-store.ts';
import { useQueueStore } from '../../../renderer/features/queue/use-queue-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { installFakeStation } from '../fake-station.ts';
import { resetStores } from '../reset-stores.ts';
import { ordersQueryAnswer, STATION_INFO, settingsView, syncStatus } from '../station-fixtures.ts';

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

function installStation(status = syncStatus()) {
  return installFakeStation({
    'station:info': () => ({ ok: true, value: STATION_INFO }),
    'settings:get': () => ({ ok: true, value: settingsView() }),
    'sync:status': () => ({ ok: true, value: status }),
    'orders:query': ordersQueryAnswer(3),
    'outbox:list': () => ({ ok: true, value: [] }),
    'outbox:disagreements': () => ({ ok: true, value: [] }),
    'printers:list': () => ({
      ok: true,
      value: { printers: [], shipFrom: null, autoPrint: { label: false, slip: false } },
    }),
  });
}

describe('App shell', () => {
  it('shows the station mode, the operator and the connection in the header', async () => {
    installStation();
    render(<App />);
    const header = screen.getByRole('banner');
    expect(await within(header).findByText('Demo')).toBeTruthy();
    expect(await within(header).findByText('Anna')).toBeTruthy();
    expect(await within(header).findByText('Online')).toBeTruthy();
    expect(within(header).getByRole('button', { name: 'All changes sent' })).toBeTruthy();
    expect(await screen.findByText('3 orders')).toBeTruthy();
  });

  it('follows pushed sync status: offline and unstable banners, then back online', async () => {
    const station = installStation();
    render(<App />);
    await screen.findByText('Online');

    act(() => station.push('sync:status', syncStatus({ connectivity: 'offline' })));
    expect(screen.getByRole('status').textContent).toMatch(/^Offline: working from the saved orders/);
    expect(within(screen.getByRole('banner')).getByText('Offline')).toBeTruthy();

    act(() => station.push('sync:status', syncStatus({ connectivity: 'degraded' })));
    expect(screen.getByRole('status').textContent).toMatch(/connection to Equipme is unstable/);

    act(() => station.push('sync:status', syncStatus({ connectivity: 'online' })));
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('raises a red station alert when the API key is rejected, with a way to the settings', async () => {
    const station = installStation();
    render(<App />);
    await screen.findByText('Online');

    const message =
      'Equipme rejected the API key (401). Enter a valid key in Settings; nothing is sent until then.';
    act(() =>
      station.push(
        'sync:status',
        syncStatus({ connectivity: 'online', alert: { code: 'api-key-rejected', message } }),
      ),
    );
    const alert = screen.getByRole('alert');
    expect(alert.className).toContain('sync-banner-alert');
    expect(within(alert).getByText('Station stopped sending')).toBeTruthy();
    // Equipme answered (401), yet the header never says "Online" under the red banner.
    const header = screen.getByRole('banner');
    expect(within(header).queryByText('Online')).toBeNull();
    expect(within(header).getByText('Not sending').className).toContain('tone-danger');
    expect(within(alert).getByText(message)).toBeTruthy();

    fireEvent.click(within(alert).getByRole('button', { name: 'Open settings' }));
    expect(useNavigationStore.getState().screen).toEqual({ name: 'settings' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    // The alert stays up on every screen until the sync engine clears it (the settings' own cards may
    // show errors of their own: this fake station answers none of their channels).
    const alerts = screen
      .getAllByRole('alert')
      .filter((node) => node.classList.contains('sync-banner-alert'));
    expect(alerts.map((node) => node.textContent)).toEqual([expect.stringContaining(message)]);
  });

  it('counts the changes not yet sent and opens the outbox from there', async () => {
    const station = installStation();
    render(<App />);
    await screen.findByText('Online');

    act(() =>
      station.push(
        'sync:status',
        syncStatus({ counts: { pending: 2, sending: 0, applied: 40, failed: 1, discarded: 3, held: 1 } }),
      ),
    );
    // One failed step is named apart, in red: never a yellow "4 changes to send".
    const pill = screen.getByRole('button', { name: '1 failed, 3 to send' });
    expect(pill.className).toContain('tone-danger');
    fireEvent.click(pill);
    expect(await screen.findByRole('heading', { level: 1, name: 'Outbox' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Outbox' }).getAttribute('aria-current')).toBe('page');

    fireEvent.click(screen.getByRole('button', { name: 'Queue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Order queue' })).toBeTruthy();
  });

  it('the pill stays yellow while steps only wait, also while offline', async () => {
    const station = installStation();
    render(<App />);
    await screen.findByText('Online');
    const counts = { pending: 2, sending: 0, applied: 0, failed: 0, discarded: 0, held: 0 };
    act(() => station.push('sync:status', syncStatus({ connectivity: 'offline', counts })));
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('button', { name: '2 changes to send' }).className).toContain(
      'tone-warn',
    );
    expect(within(header).getByText('Offline').className).toContain('tone-warn');
    expect(screen.getByRole('status').className).toContain('sync-banner-offline');
  });

  it('shows toasts and lets the operator dismiss them', async () => {
    installStation();
    render(<App />);
    act(() => useToastStore.getState().show({ kind: 'error', text: 'No order for code X123.' }));
    const toast = await screen.findByText('No order for code X123.');
    expect(toast.closest('[role="alert"]')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(screen.queryByText('No order for code X123.')).toBeNull();
  });
});

describe('App shell: what stops the station', () => {
  it('shows a red banner while orders are locked, which opens the queue', async () => {
    installStation(syncStatus({ lockedOrders: 3 }));
    useNavigationStore.getState().openOutbox();
    render(<App />);
    const banner = await screen.findByRole('alert', { name: '' });
    expect(within(banner).getByText('3 orders are locked: open them')).toBeTruthy();
    fireEvent.click(within(banner).getByRole('button', { name: 'Open the queue' }));
    expect(useNavigationStore.getState().screen).toEqual({ name: 'queue' });
  });

  it('names a database problem with main’s message, without sending the operator to the settings', async () => {
    const message = 'The station database cannot be written: the disk is full. Free space on the disk.';
    installStation(syncStatus({ alert: { code: 'database-problem', message } }));
    render(<App />);
    expect(await screen.findByText('The station database cannot be written')).toBeTruthy();
    expect(screen.getByText(message)).toBeTruthy();
    expect(within(screen.getByRole('banner')).getByText('Database problem')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open settings' })).toBeNull();
    expect(screen.queryByText(/locked/)).toBeNull();
  });
});
