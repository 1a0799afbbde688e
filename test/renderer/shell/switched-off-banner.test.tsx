// @vitest-environment happy-dom
// Equipme switched off in Settings: the header says so in place of the connection, and a yellow
// banner says how many changes wait, with the way to the settings.
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

const counts = (pending: number) => ({ pending, sending: 0, applied: 4, failed: 0, discarded: 0, held: 0 });

describe('App shell: Equipme switched off', () => {
  it('says Equipme is off and how many changes wait; the queue stays', async () => {
    const station = installFakeStation({
      'station:info': () => ({ ok: true, value: STATION_INFO }),
      'settings:get': () => ({ ok: true, value: settingsView() }),
      'sync:status': () => ({ ok: true, value: syncStatus() }),
      'orders:query': ordersQueryAnswer(3),
    });
    render(<App />);
    await screen.findByText('Online');

    act(() => station.push('sync:status', syncStatus({ switchedOff: true, counts: counts(2) })));
    expect(screen.getByRole('status').textContent).toMatch(
      /^Equipme is switched off in Settings: 2 changes wait\. They are kept on this station/,
    );
    const header = within(screen.getByRole('banner'));
    expect(header.getByText('Equipme off')).toBeTruthy();
    expect(header.queryByText('Online')).toBeNull();
    expect(header.getByRole('button', { name: '2 changes to send' })).toBeTruthy();
    expect(screen.getByText('3 orders')).toBeTruthy();

    act(() => station.push('sync:status', syncStatus({ switchedOff: true, counts: counts(1) })));
    expect(screen.getByRole('status').textContent).toMatch(/: 1 change waits\. It is kept/);
    act(() => station.push('sync:status', syncStatus({ switchedOff: true, counts: counts(0) })));
    expect(screen.getByRole('status').textContent).toMatch(
      /^Equipme is switched off in Settings: no changes wait\./,
    );

    fireEvent.click(within(screen.getByRole('status')).getByRole('button', { name: 'Open settings' }));
    expect(useNavigationStore.getState().screen.name).toBe('settings');
    // On the settings already: the banner still says it, without a button to where the operator is.
    expect(screen.getByText(/^Equipme is switched off in Settings/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open settings' })).toBeNull();

    act(() => station.push('sync:status', syncStatus({ switchedOff: false })));
    expect(screen.queryByText(/switched off in Settings/)).toBeNull();
  });
});
