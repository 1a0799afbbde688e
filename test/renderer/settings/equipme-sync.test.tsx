// @vitest-environment happy-dom
// Settings → Equipme connection: Equipme's switch and poll interval under its URL and key, saved
// with the supervisor PIN; the form refuses a poll interval out of bounds before asking anyone.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useScanPauseStore } from '../../../renderer/app/use-scan-pause-store.ts';
import { useSettingsStore } from '../../../renderer/app/use-settings-store.ts';
import { useToastStore } from '../../../renderer/app/use-toast-store.ts';
import { useQueueStore } from '../../../renderer/features/queue/use-queue-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { SettingsScreenWithPrinters } from '../../../renderer/screens.tsx';
import type { SettingsView } from '../../../shared/ipc/settings.ts';
import { installFakeStation } from '../fake-station.ts';
import { resetStores } from '../reset-stores.ts';
import { ordersQueryAnswer, settingsView } from '../station-fixtures.ts';

const PIN = '2468';

beforeEach(() => {
  initI18n('en');
  resetStores(useSettingsStore, useQueueStore, useScanPauseStore, useToastStore);
});
afterEach(cleanup);

function installStation() {
  let view: SettingsView = settingsView({ supervisorPinSet: true });
  return installFakeStation({
    'settings:get': () => ({ ok: true, value: view }),
    'settings:update': (change) => {
      if (change.pin !== PIN) {
        return { ok: false, error: { code: 'wrong-pin', message: 'The supervisor PIN is wrong.' } };
      }
      view = { ...view, equipme: { ...view.equipme, ...change.equipme } };
      return { ok: true, value: view };
    },
    'orders:query': ordersQueryAnswer(10),
    'station:info': () => ({ ok: false, error: { code: 'internal', message: 'not in this test' } }),
    'sync:status': () => ({ ok: false, error: { code: 'internal', message: 'not in this test' } }),
  });
}

async function renderSettings() {
  await act(() => useSettingsStore.getState().load());
  render(<SettingsScreenWithPrinters />);
}

const equipmeForm = () => within(screen.getByRole('form', { name: 'Fetching and sending' }));
const pinDialog = () => within(screen.getByRole('dialog', { name: 'Supervisor PIN' }));

describe('Settings: Equipme fetching and sending', () => {
  it('sits in the Equipme connection card, on and every 300 seconds until a supervisor changes it', async () => {
    installStation();
    await renderSettings();
    const card = within(screen.getByRole('region', { name: 'Equipme connection' }));
    expect(card.getByRole('form', { name: 'Fetching and sending' })).toBeTruthy();
    const form = equipmeForm();
    expect(form.getByText(/^Now: on\. Open orders are fetched every 300 seconds/)).toBeTruthy();
    const enabled = form.getByLabelText(
      'Fetch orders from Equipme and send changes to it',
    ) as HTMLInputElement;
    expect(enabled.checked).toBe(true);
    expect((form.getByLabelText('Fetch open orders every (seconds)') as HTMLInputElement).value).toBe('300');
  });

  it('switches Equipme off with the PIN and says what that means', async () => {
    const station = installStation();
    await renderSettings();
    const form = equipmeForm();
    fireEvent.click(form.getByLabelText('Fetch orders from Equipme and send changes to it'));
    fireEvent.change(form.getByLabelText('Fetch open orders every (seconds)'), { target: { value: '600' } });
    fireEvent.click(form.getByRole('button', { name: 'Save fetching and sending' }));
    expect(
      pinDialog().getByText(
        'Switching Equipme on or off or changing how often it is asked needs the supervisor PIN.',
      ),
    ).toBeTruthy();
    fireEvent.change(pinDialog().getByLabelText('Supervisor PIN'), { target: { value: PIN } });
    fireEvent.click(pinDialog().getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    expect(station.argsOf('settings:update')).toEqual([
      { equipme: { enabled: false, pollIntervalSeconds: 600 }, pin: PIN },
    ]);
    await waitFor(() =>
      expect(
        equipmeForm().getByText(/^Now: off\. Nothing is fetched from Equipme or sent to it/),
      ).toBeTruthy(),
    );
    expect(equipmeForm().getByText(/saved Equipme orders stay in the queue/)).toBeTruthy();
    expect(useToastStore.getState().toasts.map((t) => t.text)).toContain(
      'Equipme fetching and sending saved.',
    );
  });

  it('refuses a poll interval out of bounds before asking for the PIN', async () => {
    const station = installStation();
    await renderSettings();
    const form = equipmeForm();
    for (const value of ['29', '3601', '90.5', '']) {
      fireEvent.change(form.getByLabelText('Fetch open orders every (seconds)'), { target: { value } });
      fireEvent.click(form.getByRole('button', { name: 'Save fetching and sending' }));
      expect(form.getByRole('alert').textContent).toBe('Enter whole seconds from 30 to 3600.');
    }
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(station.argsOf('settings:update')).toEqual([]);
  });
});
