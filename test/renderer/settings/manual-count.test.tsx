// @vitest-environment happy-dom
// The "Counting by hand" card: on by default; turning it off asks for the supervisor PIN first (main
// checks it), turning it back on does not.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useScanPauseStore } from '../../../renderer/app/use-scan-pause-store.ts';
import { useSettingsStore } from '../../../renderer/app/use-settings-store.ts';
import { useToastStore } from '../../../renderer/app/use-toast-store.ts';
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
  resetStores(useSettingsStore, useQueueStore, useScanPauseStore, useToastStore);
});
afterEach(cleanup);

function installStation() {
  let view = settingsView({ supervisorPinSet: true });
  return installFakeStation({
    'settings:get': () => ({ ok: true, value: view }),
    // As main: turning the guard off needs the PIN.
    'settings:update': (change: SettingsUpdateArgs) => {
      if (change.manualCountNeedsSupervisor === false && change.pin !== PIN)
        return { ok: false, error: { code: 'wrong-pin', message: 'The supervisor PIN is wrong.' } };
      view = { ...view, manualCountNeedsSupervisor: change.manualCountNeedsSupervisor ?? true };
      return { ok: true, value: view };
    },
    'orders:query': ordersQueryAnswer(10),
    'printers:list': () => ({ ok: false, error: { code: 'internal', message: 'not in this test' } }),
  });
}

describe('Settings: counting by hand', () => {
  it('is on by default; off only with the supervisor PIN; on again without', async () => {
    const station = installStation();
    await act(() => useSettingsStore.getState().load());
    render(<SettingsScreenWithPrinters />);
    const card = screen.getByRole('region', { name: 'Counting by hand' });
    const box = within(card).getByRole('checkbox', { name: 'A count by hand needs a supervisor' });
    expect((box as HTMLInputElement).checked).toBe(true);

    fireEvent.click(box);
    const prompt = await screen.findByRole('dialog');
    fireEvent.change(within(prompt).getByLabelText('Supervisor PIN'), { target: { value: PIN } });
    fireEvent.submit(within(prompt).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(false));
    expect(station.argsOf('settings:update')).toEqual([{ manualCountNeedsSupervisor: false, pin: PIN }]);
    expect(within(card).getByText(/^Off: operators count by hand without a PIN/)).toBeTruthy();

    fireEvent.click(box);
    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(true));
    expect(station.argsOf('settings:update').at(-1)).toEqual({ manualCountNeedsSupervisor: true });
  });
});
