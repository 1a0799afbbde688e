// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { App } from '../../../renderer/App.tsx';
import { useNavigationStore } from '../../../renderer/app/use-navigation-store.ts';
import { useSettingsStore } from '../../../renderer/app/use-settings-store.ts';
import { useStationStore } from '../../../renderer/app/use-station-store.ts';
import { useSyncStore } from '../../../renderer/app/use-sync-store.ts';
import { useToastStore } from '../../../renderer/app/use-toast-store.ts';
import { useUpdateStore } from '../../../renderer/app/use-update-store.ts';
import { useQueueStore } from '../../../renderer/features/queue/use-queue-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import type { UpdateView } from '../../../shared/ipc/updates.ts';
import { installFakeStation } from '../fake-station.ts';
import { resetStores } from '../reset-stores.ts';
import { ordersQueryAnswer, STATION_INFO, settingsView, syncStatus } from '../station-fixtures.ts';

const READY: UpdateView = {
  phase: 'ready',
  channel: 'stable',
  currentVersion: '1.0.0',
  version: '1.1.0',
  problem: null,
  retryAt: null,
  lastCheckedAt: '2026-12-02T08:00:00.000Z',
  offer: true,
  quietHour: 3,
};

beforeAll(() => initI18n('en'));
beforeEach(() => {
  resetStores(
    useQueueStore,
    useSettingsStore,
    useNavigationStore,
    useStationStore,
    useSyncStore,
    useToastStore,
    useUpdateStore,
  );
});
afterEach(cleanup);

function installStation(view: UpdateView) {
  return installFakeStation({
    'station:info': () => ({ ok: true, value: STATION_INFO }),
    'settings:get': () => ({ ok: true, value: settingsView() }),
    'sync:status': () => ({ ok: true, value: syncStatus() }),
    'orders:query': ordersQueryAnswer(3),
    'orders:get': () => ({ ok: false, error: { code: 'not-found', message: 'gone' } }),
    'updates:status': () => ({ ok: true, value: view }),
    'station:resume': () => ({ ok: true, value: null }),
    'station:showing': () => ({ ok: true, value: null }),
    'updates:install': () => ({ ok: true, value: { ...view, phase: 'installing', offer: false } }),
    'updates:later': () => ({ ok: true, value: { ...view, offer: false } }),
  });
}

it('offers the update on the queue, and install now asks main', async () => {
  const station = installStation(READY);
  render(<App />);
  expect(await screen.findByText('An update is ready: Packing Station 1.1.0')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Install now' }));
  await act(async () => {});
  expect(station.argsOf('updates:install')).toHaveLength(1);
  expect(screen.queryByText('An update is ready: Packing Station 1.1.0')).toBeNull();
});

it('later hides the offer', async () => {
  const station = installStation(READY);
  render(<App />);
  fireEvent.click(await screen.findByRole('button', { name: 'Later' }));
  await act(async () => {});
  expect(station.argsOf('updates:later')).toHaveLength(1);
  expect(screen.queryByRole('button', { name: 'Install now' })).toBeNull();
});

it('never shows over an open order, and tells main an order is open', async () => {
  const station = installStation(READY);
  render(<App />);
  await screen.findByText('An update is ready: Packing Station 1.1.0');
  act(() => useNavigationStore.getState().openOrder(42));
  expect(screen.queryByText('An update is ready: Packing Station 1.1.0')).toBeNull();
  await act(async () => {});
  expect(station.argsOf('station:showing')).toEqual([{ showing: { orderId: 42 } }]);
  act(() => useNavigationStore.getState().openQueue());
  await act(async () => {});
  expect(station.argsOf('station:showing').at(-1)).toEqual({ showing: null });
});

it('shows nothing while main does not offer (a pushed state without the offer)', async () => {
  const station = installStation(READY);
  render(<App />);
  await screen.findByText('An update is ready: Packing Station 1.1.0');
  act(() => station.push('updates:status', { ...READY, offer: false }));
  expect(screen.queryByText('An update is ready: Packing Station 1.1.0')).toBeNull();
});
