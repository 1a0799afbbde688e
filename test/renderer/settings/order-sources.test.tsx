// @vitest-environment happy-dom
// Settings → Order sources: one form per shop, saved with the supervisor PIN; the form catches what is
// plain (https, the poll interval), sends the password only when one is typed, and shows main's words.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useScanPauseStore } from '../../../renderer/app/use-scan-pause-store.ts';
import { useSettingsStore } from '../../../renderer/app/use-settings-store.ts';
import { useToastStore } from '../../../renderer/app/use-toast-store.ts';
import { useQueueStore } from '../../../renderer/features/queue/use-queue-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { SettingsScreenWithPrinters } from '../../../renderer/screens.tsx';
import type { SettingsView } from '../../../shared/ipc/settings.ts';
import type { SourceSettingsUpdateArgs } from '../../../shared/ipc/sources.ts';
import { installFakeStation } from '../fake-station.ts';
import { resetStores } from '../reset-stores.ts';
import { ordersQueryAnswer, settingsView } from '../station-fixtures.ts';

const PIN = '2468';
const REFUSED =
  'The connection was not saved; the station stays with the built-in Emporix simulator. Emporix rejected the token.';

beforeEach(() => {
  initI18n('en');
  resetStores(useSettingsStore, useQueueStore, useScanPauseStore, useToastStore);
});
afterEach(cleanup);

function installStation(refuse: (change: SourceSettingsUpdateArgs) => string | null = () => null) {
  let view: SettingsView = settingsView({ supervisorPinSet: true });
  return installFakeStation({
    'settings:get': () => ({ ok: true, value: view }),
    'settings:update-source': (change) => {
      if (change.pin !== PIN) {
        return { ok: false, error: { code: 'wrong-pin', message: 'The supervisor PIN is wrong.' } };
      }
      const refused = refuse(change);
      if (refused) return { ok: false, error: { code: 'rejected', message: refused } };
      view = {
        ...view,
        sources: view.sources.map((s) =>
          s.source === change.source
            ? {
                ...s,
                enabled: change.enabled ?? s.enabled,
                url: change.url !== undefined ? change.url : s.url,
                account: change.account ?? s.account,
                credentialSet: s.credentialSet || change.credential !== undefined,
                pollIntervalSeconds: change.pollIntervalSeconds ?? s.pollIntervalSeconds,
              }
            : s,
        ),
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

const shop = (name: string) => within(screen.getByRole('form', { name }));
const pinDialog = () => within(screen.getByRole('dialog', { name: 'Supervisor PIN' }));

function enterPin(pin: string) {
  fireEvent.change(pinDialog().getByLabelText('Supervisor PIN'), { target: { value: pin } });
  fireEvent.click(pinDialog().getByRole('button', { name: 'Confirm' }));
}

describe('Settings: order sources', () => {
  it('shows both shops off, and saves one with the PIN, the token sent once and never shown', async () => {
    const station = installStation();
    await renderSettings();
    expect(
      within(screen.getByRole('region', { name: 'Order sources' })).getByText(/never learns/),
    ).toBeTruthy();
    const emporix = shop('Emporix');
    expect(emporix.getByText('Off.')).toBeTruthy();
    fireEvent.click(emporix.getByLabelText('Switch Emporix on'));
    fireEvent.change(emporix.getByLabelText('Server address'), {
      target: { value: 'https://api.emporix.io' },
    });
    fireEvent.change(emporix.getByLabelText('Tenant'), { target: { value: ' acme ' } });
    fireEvent.change(emporix.getByLabelText('Access token'), { target: { value: 'tok-1' } });
    fireEvent.change(emporix.getByLabelText('Fetch new orders every (seconds)'), {
      target: { value: '120' },
    });
    fireEvent.click(emporix.getByRole('button', { name: 'Save Emporix' }));
    expect(pinDialog().getByText('Changing the Emporix source needs the supervisor PIN.')).toBeTruthy();
    enterPin(PIN);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(station.argsOf('settings:update-source')).toEqual([
      {
        source: 'emporix',
        enabled: true,
        url: 'https://api.emporix.io',
        account: 'acme',
        pollIntervalSeconds: 120,
        credential: 'tok-1',
        pin: PIN,
      },
    ]);
    await waitFor(() =>
      expect(
        shop('Emporix').getByText(
          'On, connected to https://api.emporix.io: its orders are fetched into the queue.',
        ),
      ).toBeTruthy(),
    );
    const token = shop('Emporix').getByLabelText('Access token') as HTMLInputElement;
    expect(token.value).toBe('');
    expect(token.placeholder).toBe('Saved. Type a new one to replace it.');
    expect(useToastStore.getState().toasts.map((t) => t.text)).toContain('Emporix settings saved.');
  });

  it('refuses plain http and a poll interval out of range before asking; shows main’s refusal', async () => {
    const station = installStation((change) => (change.credential ? REFUSED : null));
    await renderSettings();
    const market = shop('Marketplace');
    const save = () => fireEvent.click(market.getByRole('button', { name: 'Save Marketplace' }));
    fireEvent.change(market.getByLabelText('Server address'), { target: { value: 'http://shop.example' } });
    save();
    expect(market.getByRole('alert').textContent).toMatch(/must start with https:\/\//);
    fireEvent.change(market.getByLabelText('Server address'), { target: { value: '' } });
    fireEvent.change(market.getByLabelText('Fetch new orders every (seconds)'), { target: { value: '5' } });
    save();
    expect(market.getByRole('alert').textContent).toBe('Enter whole seconds from 15 to 3600.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(station.argsOf('settings:update-source')).toEqual([]);

    const emporix = shop('Emporix');
    fireEvent.change(emporix.getByLabelText('Access token'), { target: { value: 'bad' } });
    fireEvent.click(emporix.getByRole('button', { name: 'Save Emporix' }));
    enterPin(PIN);
    expect(await shop('Emporix').findByText(REFUSED)).toBeTruthy();
  });
});
