// @vitest-environment happy-dom
// A page that crashed and reloaded reopens the order or shipment it showed (main kept it), and every
// change of screen tells main what is shown now.
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/App.tsx';
import { resumeScreen } from '../../../renderer/app/resume-screen.ts';
import { useNavigationStore } from '../../../renderer/app/use-navigation-store.ts';
import { useSettingsStore } from '../../../renderer/app/use-settings-store.ts';
import { useStationStore } from '../../../renderer/app/use-station-store.ts';
import { useSyncStore } from '../../../renderer/app/use-sync-store.ts';
import { useQueueStore } from '../../../renderer/features/queue/use-queue-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import type { ResumePoint } from '../../../shared/ipc/recovery.ts';
import { installFakeStation } from '../fake-station.ts';
import { resetStores } from '../reset-stores.ts';
import { ordersQueryAnswer, STATION_INFO, settingsView, syncStatus } from '../station-fixtures.ts';

beforeAll(() => initI18n('en'));
beforeEach(() =>
  resetStores(useNavigationStore, useQueueStore, useSettingsStore, useStationStore, useSyncStore),
);
afterEach(cleanup);

/** Main's side: the point it keeps, as recovery-handlers.ts does. */
function installStation(kept: ResumePoint | null) {
  let point = kept;
  return installFakeStation({
    'station:resume': () => ({ ok: true, value: point }),
    'station:showing': ({ showing }) => {
      point = showing;
      return { ok: true, value: null };
    },
    'station:info': () => ({ ok: true, value: STATION_INFO }),
    'settings:get': () => ({ ok: true, value: settingsView() }),
    'sync:status': () => ({ ok: true, value: syncStatus() }),
    'orders:query': ordersQueryAnswer(3),
    'orders:get': () => ({ ok: false, error: { code: 'not-found', message: 'not in this test' } }),
    'outbox:list': () => ({ ok: true, value: [] }),
    'outbox:disagreements': () => ({ ok: true, value: [] }),
  });
}

describe('resuming after a reload', () => {
  it('reopens the order main kept, and the shipment it came from', async () => {
    installStation({ orderId: 4711, fromShipment: 90 });
    const stop = resumeScreen();
    await waitFor(() =>
      expect(useNavigationStore.getState().screen).toEqual({
        name: 'order',
        orderId: 4711,
        fromShipment: 90,
      }),
    );
    stop();
  });

  it('reopens the shipment main kept', async () => {
    installStation({ salesOrderId: 90 });
    const stop = resumeScreen();
    await waitFor(() =>
      expect(useNavigationStore.getState().screen).toEqual({ name: 'shipment', salesOrderId: 90 }),
    );
    stop();
  });

  it('tells main each screen: an order, a shipment, then no order or shipment', async () => {
    const station = installStation(null);
    const stop = resumeScreen();
    await waitFor(() => expect(station.argsOf('station:resume')).toHaveLength(1));
    await act(async () => {});
    expect(useNavigationStore.getState().screen).toEqual({ name: 'queue' });

    act(() => useNavigationStore.getState().openOrder(12));
    act(() => useNavigationStore.getState().openShipmentOrder(13, 90));
    act(() => useNavigationStore.getState().openShipment(90));
    act(() => useNavigationStore.getState().openSettings());
    act(() => useNavigationStore.getState().openQueue());
    expect(station.argsOf('station:showing')).toEqual([
      { showing: { orderId: 12 } },
      { showing: { orderId: 13, fromShipment: 90 } },
      { showing: { salesOrderId: 90 } },
      // The settings and the queue both show no order: main hears it once.
      { showing: null },
    ]);
    stop();
    act(() => useNavigationStore.getState().openOrder(14));
    expect(station.argsOf('station:showing')).toHaveLength(4);
  });

  it('leaves a screen the operator already moved to, and tells main it is gone', async () => {
    const station = installStation({ orderId: 4711 });
    const stop = resumeScreen();
    act(() => useNavigationStore.getState().openSettings());
    await act(async () => {});
    expect(useNavigationStore.getState().screen).toEqual({ name: 'settings' });
    // Main still kept the order of the page before: an update would wait for it forever.
    expect(station.argsOf('station:showing')).toEqual([{ showing: null }]);
    stop();
  });

  it('the app does it when it starts', async () => {
    const station = installStation({ orderId: 4711 });
    render(<App />);
    await waitFor(() =>
      expect(useNavigationStore.getState().screen).toEqual({ name: 'order', orderId: 4711 }),
    );
    act(() => useNavigationStore.getState().back());
    await waitFor(() => expect(station.argsOf('station:showing')).toEqual([{ showing: null }]));
  });
});
