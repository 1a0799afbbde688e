// @vitest-environment happy-dom
// Settings → Station PC: window mode, start at login and display, saved with the supervisor PIN
// (main checks it); the displays come from main, browser mode has none and says so.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useScanPauseStore } from '../../../renderer/app/use-scan-pause-store.ts';
import { useSettingsStore } from '../../../renderer/app/use-settings-store.ts';
import { useToastStore } from '../../../renderer/app/use-toast-store.ts';
import { useQueueStore } from '../../../renderer/features/queue/use-queue-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { SettingsScreenWithPrinters } from '../../../renderer/screens.tsx';
import type { SettingsUpdateArgs } from '../../../shared/ipc/settings.ts';
import type { DisplayInfo, StationPcSettings } from '../../../shared/ipc/station-pc.ts';
import { installFakeStation } from '../fake-station.ts';
import { resetStores } from '../reset-stores.ts';
import { ordersQueryAnswer, settingsView } from '../station-fixtures.ts';

const PIN = '2468';
const DESK: DisplayInfo = {
  id: 1,
  label: 'Built-in',
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  primary: true,
};
const WALL: DisplayInfo = { ...DESK, id: 2528732444, label: 'DELL P2419H', primary: false };

beforeEach(() => {
  initI18n('en');
  resetStores(useSettingsStore, useQueueStore, useScanPauseStore, useToastStore);
});
afterEach(cleanup);

function installStation(displays: DisplayInfo[] | null, stationPc?: StationPcSettings) {
  let view = settingsView({ supervisorPinSet: true, ...(stationPc ? { stationPc } : {}) });
  return installFakeStation({
    'settings:get': () => ({ ok: true, value: view }),
    'settings:update': (change: SettingsUpdateArgs) => {
      if (change.stationPc && change.pin !== PIN)
        return { ok: false, error: { code: 'wrong-pin', message: 'The supervisor PIN is wrong.' } };
      view = { ...view, ...(change.stationPc ? { stationPc: change.stationPc } : {}) };
      return { ok: true, value: view };
    },
    'station:displays': () => ({ ok: true, value: displays }),
    'orders:query': ordersQueryAnswer(10),
    'printers:list': () => ({ ok: false, error: { code: 'internal', message: 'not in this test' } }),
  });
}

async function openCard() {
  await act(() => useSettingsStore.getState().load());
  render(<SettingsScreenWithPrinters />);
  return screen.getByRole('region', { name: 'Station PC' });
}

describe('Settings: station PC', () => {
  it('saves kiosk mode, start at login and a display with the supervisor PIN', async () => {
    const station = installStation([DESK, WALL]);
    const card = await openCard();
    expect((within(card).getByRole('radio', { name: 'A window' }) as HTMLInputElement).checked).toBe(true);
    const display = within(card).getByRole('combobox', { name: 'Display' }) as HTMLSelectElement;
    await waitFor(() => expect(display.disabled).toBe(false));
    expect([...display.options].map((option) => option.textContent)).toEqual([
      'The primary display',
      'Built-in (1920×1080) · primary',
      'DELL P2419H (1920×1080)',
    ]);

    fireEvent.click(within(card).getByRole('radio', { name: /^Kiosk/ }));
    fireEvent.click(
      within(card).getByRole('checkbox', { name: 'Start the station when the computer signs in' }),
    );
    fireEvent.change(display, { target: { value: String(WALL.id) } });
    fireEvent.click(within(card).getByRole('button', { name: 'Save station PC options' }));
    const prompt = await screen.findByRole('dialog');
    fireEvent.change(within(prompt).getByLabelText('Supervisor PIN'), { target: { value: PIN } });
    fireEvent.submit(within(prompt).getByRole('button', { name: 'Confirm' }));

    await waitFor(() =>
      expect(station.argsOf('settings:update')).toEqual([
        { stationPc: { windowMode: 'kiosk', startAtLogin: true, displayId: WALL.id }, pin: PIN },
      ]),
    );
    await waitFor(() =>
      expect(useToastStore.getState().toasts.map((toast) => toast.text)).toEqual([
        'Saved: station PC options.',
      ]),
    );
  });

  it('names a chosen display that is not connected and says the primary one is used', async () => {
    installStation([DESK], { windowMode: 'fullscreen', startAtLogin: false, displayId: WALL.id });
    const card = await openCard();
    expect(await within(card).findByText(/The chosen display is not connected/)).toBeTruthy();
    const display = within(card).getByRole('combobox', { name: 'Display' }) as HTMLSelectElement;
    expect(display.selectedOptions[0]?.textContent).toBe(`Display ${WALL.id} (not connected)`);
  });

  it('in browser mode has no displays and says so', async () => {
    installStation(null);
    const card = await openCard();
    expect(await within(card).findByText(/no display list in browser mode/)).toBeTruthy();
    expect(within(card).getByText(/take effect when the station runs as the desktop app/)).toBeTruthy();
    expect((within(card).getByRole('combobox', { name: 'Display' }) as HTMLSelectElement).disabled).toBe(
      true,
    );
  });
});
