// @vitest-environment happy-dom
// Settings → Updates: the channel and the quiet hour, saved with the supervisor PIN (main checks it),
// and where the updater stands.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { useScanPauseStore } from '../../../renderer/app/use-scan-pause-store.ts';
import { useSettingsStore } from '../../../renderer/app/use-settings-store.ts';
import { useToastStore } from '../../../renderer/app/use-toast-store.ts';
import { useUpdateStore } from '../../../renderer/app/use-update-store.ts';
import { useQueueStore } from '../../../renderer/features/queue/use-queue-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { SettingsScreenWithPrinters } from '../../../renderer/screens.tsx';
import type { SettingsUpdateArgs } from '../../../shared/ipc/settings.ts';
import { installFakeStation } from '../fake-station.ts';
import { resetStores } from '../reset-stores.ts';
import { ordersQueryAnswer, settingsView } from '../station-fixtures.ts';

const PIN = '2468';

beforeEach(() => {
  initI18n('en');
  resetStores(useSettingsStore, useQueueStore, useScanPauseStore, useToastStore, useUpdateStore);
});
afterEach(cleanup);

it('saves the channel and quiet hour with the supervisor PIN and shows a failed download', async () => {
  let view = settingsView({ supervisorPinSet: true });
  const station = installFakeStation({
    'settings:get': () => ({ ok: true, value: view }),
    'settings:update': (change: SettingsUpdateArgs) => {
      if (change.pin !== PIN)
        return { ok: false, error: { code: 'wrong-pin', message: 'The supervisor PIN is wrong.' } };
      view = {
        ...view,
        updateChannel: change.updateChannel ?? view.updateChannel,
        updateQuietHour: change.updateQuietHour ?? null,
      };
      return { ok: true, value: view };
    },
    'updates:status': () => ({
      ok: true,
      value: {
        phase: 'failed',
        channel: 'stable',
        currentVersion: '1.0.0',
        version: '1.1.0',
        problem: 'The downloaded update was damaged (its checksum does not match the update server).',
        retryAt: '2026-12-02T09:05:00.000Z',
        lastCheckedAt: '2026-12-02T09:00:00.000Z',
        offer: false,
        quietHour: 3,
      },
    }),
    'orders:query': ordersQueryAnswer(10),
    'printers:list': () => ({ ok: false, error: { code: 'internal', message: 'not in this test' } }),
  });
  await act(() => useSettingsStore.getState().load());
  await act(() => useUpdateStore.getState().load());
  render(<SettingsScreenWithPrinters />);
  const card = screen.getByRole('region', { name: 'Updates' });
  expect(within(card).getByText(/^The downloaded update was damaged .* Next try: /)).toBeTruthy();

  fireEvent.click(within(card).getByRole('radio', { name: /^Beta/ }));
  fireEvent.change(within(card).getByLabelText(/^Quiet hour/), { target: { value: 'none' } });
  fireEvent.click(within(card).getByRole('button', { name: 'Save update settings' }));
  const prompt = await screen.findByRole('dialog');
  fireEvent.change(within(prompt).getByLabelText('Supervisor PIN'), { target: { value: PIN } });
  fireEvent.submit(within(prompt).getByRole('button', { name: 'Confirm' }));
  await waitFor(() =>
    expect(station.argsOf('settings:update')).toEqual([
      { updateChannel: 'beta', updateQuietHour: null, pin: PIN },
    ]),
  );
});
