// @vitest-environment happy-dom
// The connection and locations cards ask for the supervisor PIN where main needs it, check what is
// plain from the form (https, a key for another server), and show main's words when it refuses.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useScanPauseStore } from '../../../renderer/app/use-scan-pause-store.ts';
import { useSettingsStore } from '../../../renderer/app/use-settings-store.ts';
import { useToastStore } from '../../../renderer/app/use-toast-store.ts';
import { useQueueStore } from '../../../renderer/features/queue/use-queue-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { SettingsScreenWithPrinters } from '../../../renderer/screens.tsx';
import type { IpcError } from '../../../shared/ipc/envelope.ts';
import type { SettingsUpdateArgs, SettingsView } from '../../../shared/ipc/settings.ts';
import { installFakeStation } from '../fake-station.ts';
import { resetStores } from '../reset-stores.ts';
import { ordersQueryAnswer, settingsView } from '../station-fixtures.ts';
import { storeReaches } from '../store-reaches.ts';

const PIN = '2468';
const LIVE = { apiUrl: 'https://api.equipme.example', apiKeySet: true, demo: false, supervisorPinSet: true };
const WRONG_PIN = 'The supervisor PIN is wrong. Ask a supervisor to enter it again.';
const UNREACHABLE =
  'The connection was not saved; the station stays with https://api.equipme.example. The station cannot reach the Equipme API (connection refused).';

beforeEach(() => {
  initI18n('en');
  resetStores(useSettingsStore, useQueueStore, useScanPauseStore, useToastStore);
});
afterEach(cleanup);

/** settings:update with main's PIN rule; `refuse` answers for a change that gets past the PIN. */
function installStation(
  initial: Partial<SettingsView>,
  refuse: (change: SettingsUpdateArgs) => IpcError | null = () => null,
) {
  let view = settingsView(initial);
  return installFakeStation({
    'settings:get': () => ({ ok: true, value: view }),
    'settings:update': (change) => {
      const guarded = change.apiUrl !== undefined || change.locationIds !== undefined;
      if (guarded && view.supervisorPinSet && change.pin !== PIN) {
        return { ok: false, error: { code: 'wrong-pin', message: WRONG_PIN } };
      }
      const refused = refuse(change);
      if (refused) return { ok: false, error: refused };
      const { apiKey, pin: _pin, ...rest } = change;
      view = {
        ...view,
        ...rest,
        demo: change.apiUrl === undefined ? view.demo : change.apiUrl === null,
        apiKeySet: view.apiKeySet || apiKey !== undefined,
        equipme: { ...view.equipme, ...change.equipme },
      };
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

const card = (title: string) => within(screen.getByRole('region', { name: title }));
const pinDialog = () => within(screen.getByRole('dialog', { name: 'Supervisor PIN' }));

function enterPin(pin: string) {
  fireEvent.change(pinDialog().getByLabelText('Supervisor PIN'), { target: { value: pin } });
  fireEvent.click(pinDialog().getByRole('button', { name: 'Confirm' }));
}

describe('Settings: the connection asks for the supervisor PIN', () => {
  it('asks for the PIN before saving; a wrong one stays in the prompt with main’s words', async () => {
    const station = installStation(LIVE);
    await renderSettings();
    const connection = card('Equipme connection');
    expect(connection.getByText(/^Starts with https:\/\//)).toBeTruthy();
    fireEvent.change(connection.getByLabelText('API address'), {
      target: { value: 'https://api.equipme.example/v2/' },
    });
    fireEvent.click(connection.getByRole('button', { name: 'Save connection' }));
    expect(pinDialog().getByText('Changing the Equipme connection needs the supervisor PIN.')).toBeTruthy();
    expect(station.argsOf('settings:update')).toEqual([]);

    fireEvent.click(pinDialog().getByRole('button', { name: 'Confirm' }));
    expect(pinDialog().getByRole('alert').textContent).toBe('Enter the supervisor PIN.');
    enterPin('1111');
    expect(await pinDialog().findByText(WRONG_PIN)).toBeTruthy();
    expect((pinDialog().getByLabelText('Supervisor PIN') as HTMLInputElement).value).toBe('');

    enterPin(PIN);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // Same origin, another path: the saved key may stay, so none is sent.
    expect(station.argsOf('settings:update').at(-1)).toEqual({
      apiUrl: 'https://api.equipme.example/v2/',
      pin: PIN,
    });
    expect(useToastStore.getState().toasts.map((toast) => toast.text)).toContain(
      'Connection saved. The station now talks to this API.',
    );
  });

  it('refuses plain http and another server without its key; shows why main’s connection test failed', async () => {
    const station = installStation(LIVE, (change) =>
      change.apiUrl === 'https://api.other.example' ? { code: 'rejected', message: UNREACHABLE } : null,
    );
    await renderSettings();
    const connection = card('Equipme connection');
    const url = connection.getByLabelText('API address');
    const save = () => fireEvent.click(connection.getByRole('button', { name: 'Save connection' }));

    fireEvent.change(url, { target: { value: 'http://api.other.example' } });
    save();
    expect(connection.getByRole('alert').textContent).toMatch(/^The API address must start with https:\/\//);
    fireEvent.change(url, { target: { value: 'https://api.other.example' } });
    save();
    expect(connection.getByRole('alert').textContent).toBe(
      'This is another server: enter the API key for https://api.other.example. The saved key is never sent to another address.',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(station.argsOf('settings:update')).toEqual([]);

    fireEvent.change(connection.getByLabelText('API key'), { target: { value: 'key-other' } });
    save();
    enterPin(PIN);
    expect(await connection.findByText(UNREACHABLE)).toBeTruthy();
    expect(station.argsOf('settings:update')).toEqual([
      { apiUrl: 'https://api.other.example', apiKey: 'key-other', pin: PIN },
    ]);
    expect((connection.getByLabelText('API key') as HTMLInputElement).value).toBe('');
    expect(connection.getByText('Now: live, connected to https://api.equipme.example')).toBeTruthy();

    // This computer may be reached over plain http.
    fireEvent.change(url, { target: { value: 'http://127.0.0.1:4010' } });
    fireEvent.change(connection.getByLabelText('API key'), { target: { value: 'key-local' } });
    save();
    enterPin(PIN);
    await waitFor(() =>
      expect(station.argsOf('settings:update').at(-1)).toEqual({
        apiUrl: 'http://127.0.0.1:4010',
        apiKey: 'key-local',
        pin: PIN,
      }),
    );
  });

  it('the demo simulator needs the PIN too; cancelling the prompt changes nothing', async () => {
    const station = installStation(LIVE);
    await renderSettings();
    const connection = card('Equipme connection');
    fireEvent.click(connection.getByRole('button', { name: 'Use demo simulator' }));
    fireEvent.click(pinDialog().getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(connection.queryByRole('alert')).toBeNull();
    expect(station.argsOf('settings:update')).toEqual([]);

    fireEvent.click(connection.getByRole('button', { name: 'Use demo simulator' }));
    enterPin(PIN);
    await waitFor(() => expect(station.argsOf('settings:update')).toEqual([{ apiUrl: null, pin: PIN }]));
    expect(
      await connection.findByText('Now: demo mode, orders come from the built-in simulator.'),
    ).toBeTruthy();
  });

  it('without a PIN it says one must be set first, and shows main’s refusal', async () => {
    const noPin =
      "No supervisor PIN is set on this station. A supervisor sets one first (Settings, Supervisor PIN): changing the Equipme connection or the station's locations needs it.";
    const station = installStation({ supervisorPinSet: false }, (change) =>
      change.apiUrl ? { code: 'rejected', message: noPin } : null,
    );
    await renderSettings();
    const connection = card('Equipme connection');
    expect(
      connection.getByText(/^No supervisor PIN is set yet\. Set one under Supervisor PIN first/),
    ).toBeTruthy();
    fireEvent.change(connection.getByLabelText('API address'), {
      target: { value: 'https://api.equipme.example' },
    });
    fireEvent.change(connection.getByLabelText('API key'), { target: { value: 'key-1' } });
    fireEvent.click(connection.getByRole('button', { name: 'Save connection' }));
    expect(await connection.findByText(noPin)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(station.argsOf('settings:update')).toEqual([
      { apiUrl: 'https://api.equipme.example', apiKey: 'key-1' },
    ]);
  });
});

describe('Settings: the locations and the badge prefix ask for the supervisor PIN', () => {
  it('sends the locations and the badge prefix with the PIN', async () => {
    const station = installStation({ supervisorPinSet: true });
    await renderSettings();
    const locations = card('Warehouse locations');
    fireEvent.click(await locations.findByRole('checkbox', { name: 'Venlo' }));
    fireEvent.click(locations.getByRole('button', { name: 'Save locations' }));
    expect(pinDialog().getByText("Changing the station's locations needs the supervisor PIN.")).toBeTruthy();
    enterPin('1111');
    expect(await pinDialog().findByText(WRONG_PIN)).toBeTruthy();
    enterPin(PIN);
    await waitFor(() =>
      expect(station.argsOf('settings:update').at(-1)).toEqual({ locationIds: [2], pin: PIN }),
    );
    // An explicit event, not a timed wait: the queue filter takes the saved locations.
    await act(() => storeReaches(useQueueStore, (state) => state.filters.locationIds.join() === '2'));
    expect(useQueueStore.getState().filters.locationIds).toEqual([2]);

    const badges = card('Operator badges');
    fireEvent.change(badges.getByLabelText('Badge prefix'), { target: { value: 'ID#' } });
    fireEvent.click(badges.getByRole('button', { name: 'Save prefix' }));
    expect(pinDialog().getByText('Changing the badge prefix needs the supervisor PIN.')).toBeTruthy();
    enterPin(PIN);
    await waitFor(() =>
      expect(station.argsOf('settings:update').at(-1)).toEqual({ badgePrefix: 'ID#', pin: PIN }),
    );
    // The dialog closes once the saved answer is through (a DOM change, not a clock).
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
