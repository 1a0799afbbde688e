// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useScanPauseStore } from '../../../renderer/app/use-scan-pause-store.ts';
import { useSettingsStore } from '../../../renderer/app/use-settings-store.ts';
import { useToastStore } from '../../../renderer/app/use-toast-store.ts';
import { useQueueStore } from '../../../renderer/features/queue/use-queue-store.ts';
import { i18n, initI18n } from '../../../renderer/i18n/index.ts';
import { SettingsScreenWithPrinters } from '../../../renderer/screens.tsx';
import type { SettingsUpdateArgs, SettingsView } from '../../../shared/ipc/settings.ts';
import { installFakeStation } from '../fake-station.ts';
import { resetStores } from '../reset-stores.ts';
import { ordersQueryAnswer, settingsView } from '../station-fixtures.ts';
import { storeReaches } from '../store-reaches.ts';

const API_KEY = 'eqp_live_7f3a9c2b1d';

beforeEach(() => {
  initI18n('en');
  resetStores(useSettingsStore, useQueueStore, useScanPauseStore, useToastStore);
});
afterEach(cleanup);

/** A station whose settings:update behaves like main's: applies the change, never returns a secret. */
function installStation(initial: Partial<SettingsView> = {}, opts: { currentPin?: string } = {}) {
  let view = settingsView(initial);
  const station = installFakeStation({
    'settings:get': () => ({ ok: true, value: view }),
    'settings:update': (change: SettingsUpdateArgs) => {
      if (change.supervisorPin && view.supervisorPinSet && change.supervisorPin.current !== opts.currentPin) {
        return {
          ok: false,
          error: { code: 'wrong-pin', message: 'That is not the current supervisor PIN.' },
        };
      }
      const { apiKey, supervisorPin, ...rest } = change;
      view = {
        ...view,
        ...rest,
        apiUrl: change.apiUrl === undefined ? view.apiUrl : change.apiUrl,
        demo: change.apiUrl === undefined ? view.demo : change.apiUrl === null,
        apiKeySet: view.apiKeySet || apiKey !== undefined,
        supervisorPinSet: view.supervisorPinSet || supervisorPin !== undefined,
        equipme: { ...view.equipme, ...change.equipme },
      };
      return { ok: true, value: view };
    },
    'orders:query': ordersQueryAnswer(10),
    'station:info': () => ({ ok: false, error: { code: 'internal', message: 'not in this test' } }),
    'sync:status': () => ({ ok: false, error: { code: 'internal', message: 'not in this test' } }),
  });
  return station;
}

async function renderSettings() {
  await act(() => useSettingsStore.getState().load());
  render(<SettingsScreenWithPrinters />);
}

const card = (title: string) => screen.getByRole('region', { name: title });

describe('Settings: connection', () => {
  it('never shows the API key: it is sent once and the field is cleared', async () => {
    const station = installStation({ apiUrl: 'https://api.equipme.example', apiKeySet: true, demo: false });
    await renderSettings();
    const connection = within(card('Equipme connection'));
    expect(connection.getByText('Now: live, connected to https://api.equipme.example')).toBeTruthy();
    const key = connection.getByLabelText('API key') as HTMLInputElement;
    expect(key.type).toBe('password');
    expect(key.value).toBe('');
    expect(key.placeholder).toBe('A key is saved. Type a new one to replace it.');

    fireEvent.change(key, { target: { value: API_KEY } });
    fireEvent.click(connection.getByRole('button', { name: 'Save connection' }));
    await waitFor(() =>
      expect(station.argsOf('settings:update')).toEqual([
        { apiUrl: 'https://api.equipme.example', apiKey: API_KEY },
      ]),
    );
    await waitFor(() => expect(key.value).toBe(''));
    expect(document.body.innerHTML).not.toContain(API_KEY);

    // Saving the address alone does not send a key.
    fireEvent.click(connection.getByRole('button', { name: 'Save connection' }));
    await waitFor(() =>
      expect(station.argsOf('settings:update')[1]).toEqual({ apiUrl: 'https://api.equipme.example' }),
    );
  });

  it('checks the address and asks for a key before going live; the demo simulator clears the address', async () => {
    const station = installStation({ apiUrl: 'https://api.equipme.example', apiKeySet: false, demo: false });
    await renderSettings();
    const connection = within(card('Equipme connection'));
    const url = connection.getByLabelText('API address');

    fireEvent.change(url, { target: { value: 'api.equipme.example' } });
    fireEvent.click(connection.getByRole('button', { name: 'Save connection' }));
    expect(connection.getByRole('alert').textContent).toBe(
      'Enter the full API address, starting with https://',
    );
    fireEvent.change(url, { target: { value: 'https://api.equipme.example' } });
    fireEvent.click(connection.getByRole('button', { name: 'Save connection' }));
    expect(connection.getByRole('alert').textContent).toBe('Enter the API key that belongs to this address.');
    expect(station.argsOf('settings:update')).toEqual([]);

    fireEvent.click(connection.getByRole('button', { name: 'Use demo simulator' }));
    await waitFor(() => expect(station.argsOf('settings:update')).toEqual([{ apiUrl: null }]));
    expect(
      await connection.findByText('Now: demo mode, orders come from the built-in simulator.'),
    ).toBeTruthy();
    expect((url as HTMLInputElement).value).toBe('');
  });
});

describe('Settings: supervisor PIN', () => {
  it('requires the current PIN once one is set, 4 to 12 digits, typed twice the same', async () => {
    const station = installStation({ supervisorPinSet: true }, { currentPin: '2468' });
    await renderSettings();
    const pin = within(card('Supervisor PIN'));
    const type = (label: string, value: string) =>
      fireEvent.change(pin.getByLabelText(label), { target: { value } });
    const submit = () => fireEvent.click(pin.getByRole('button', { name: 'Change PIN' }));

    type('New PIN', '1357');
    type('New PIN again', '1357');
    submit();
    expect(pin.getByRole('alert').textContent).toBe('Enter the current PIN first.');
    type('Current PIN', '1111');
    type('New PIN', '13a7');
    submit();
    expect(pin.getByRole('alert').textContent).toBe('The new PIN must be 4 to 12 digits.');
    type('New PIN', '1234567890123');
    submit();
    expect(pin.getByRole('alert').textContent).toBe('The new PIN must be 4 to 12 digits.');
    type('New PIN', '1357');
    type('New PIN again', '1375');
    submit();
    expect(pin.getByRole('alert').textContent).toBe('The two new PINs are not the same. Type them again.');
    expect(station.argsOf('settings:update')).toEqual([]);

    type('New PIN again', '1357');
    submit();
    await waitFor(() =>
      expect(pin.getByRole('alert').textContent).toBe('That is not the current supervisor PIN.'),
    );
    type('Current PIN', '2468');
    submit();
    await waitFor(() =>
      expect(station.argsOf('settings:update').at(-1)).toEqual({
        supervisorPin: { current: '2468', next: '1357' },
      }),
    );
    await waitFor(() => expect(pin.queryByRole('alert')).toBeNull());
    expect((pin.getByLabelText('New PIN') as HTMLInputElement).value).toBe('');
  });

  it('sets a first PIN without asking for a current one', async () => {
    const station = installStation({ supervisorPinSet: false });
    await renderSettings();
    const pin = within(card('Supervisor PIN'));
    expect(pin.queryByLabelText('Current PIN')).toBeNull();
    fireEvent.change(pin.getByLabelText('New PIN'), { target: { value: '97531' } });
    fireEvent.change(pin.getByLabelText('New PIN again'), { target: { value: '97531' } });
    fireEvent.click(pin.getByRole('button', { name: 'Set PIN' }));
    await waitFor(() =>
      expect(station.argsOf('settings:update')).toEqual([{ supervisorPin: { next: '97531' } }]),
    );
    expect(await pin.findByText(/A PIN is set/)).toBeTruthy();
  });
});

describe('Settings: badges, locations, language', () => {
  it('saves the badge prefix and the station locations, which become the queue filter', async () => {
    const station = installStation();
    await renderSettings();
    const badges = within(card('Operator badges'));
    fireEvent.change(badges.getByLabelText('Badge prefix'), { target: { value: 'ID' } });
    fireEvent.click(badges.getByRole('button', { name: 'Save prefix' }));
    expect(badges.getByRole('alert').textContent).toMatch(/^Put a symbol in the prefix/);
    fireEvent.change(badges.getByLabelText('Badge prefix'), { target: { value: 'ID#' } });
    fireEvent.click(badges.getByRole('button', { name: 'Save prefix' }));
    await waitFor(() => expect(station.argsOf('settings:update')).toEqual([{ badgePrefix: 'ID#' }]));

    const locations = within(card('Warehouse locations'));
    fireEvent.click(await locations.findByRole('checkbox', { name: 'Venlo' }));
    expect(locations.getByText('1 location chosen.')).toBeTruthy();
    fireEvent.click(locations.getByRole('button', { name: 'Save locations' }));
    await waitFor(() => expect(station.argsOf('settings:update').at(-1)).toEqual({ locationIds: [2] }));
    // An explicit event, not a timed wait: the queue filter takes the saved locations.
    await act(() => storeReaches(useQueueStore, (state) => state.filters.locationIds.join() === '2'));
    expect(useQueueStore.getState().filters.locationIds).toEqual([2]);
  });

  it('switches the language at once and saves it', async () => {
    const station = installStation();
    await renderSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Deutsch' }));
    expect(i18n.language).toBe('de');
    expect(await screen.findByRole('heading', { level: 1, name: 'Einstellungen' })).toBeTruthy();
    await waitFor(() => expect(station.argsOf('settings:update')).toEqual([{ locale: 'de' }]));
    expect(screen.getByRole('button', { name: 'Deutsch' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Instellingen' })).toBeTruthy();
  });
});
