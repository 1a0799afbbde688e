// @vitest-environment happy-dom
// Settings → Order sources → Export packed orders: no PIN; main writes the file and the form shows
// where and how many, or main's words when it could not.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useScanPauseStore } from '../../../renderer/app/use-scan-pause-store.ts';
import { useSettingsStore } from '../../../renderer/app/use-settings-store.ts';
import { useToastStore } from '../../../renderer/app/use-toast-store.ts';
import { useQueueStore } from '../../../renderer/features/queue/use-queue-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { SettingsScreenWithPrinters } from '../../../renderer/screens.tsx';
import type { ExportPackedArgs } from '../../../shared/ipc/export.ts';
import { installFakeStation } from '../fake-station.ts';
import { resetStores } from '../reset-stores.ts';
import { ordersQueryAnswer, settingsView } from '../station-fixtures.ts';

beforeEach(() => {
  initI18n('en');
  resetStores(useSettingsStore, useQueueStore, useScanPauseStore, useToastStore);
});
afterEach(cleanup);

function installStation(
  exported: (
    args: ExportPackedArgs,
  ) =>
    | { ok: true; value: { path: string; rows: number } }
    | { ok: false; error: { code: 'internal'; message: string } },
) {
  return installFakeStation({
    'settings:get': () => ({ ok: true, value: settingsView() }),
    'export:packed': exported,
    'orders:query': ordersQueryAnswer(10),
    'station:info': () => ({ ok: false, error: { code: 'internal', message: 'not in this test' } }),
    'sync:status': () => ({ ok: false, error: { code: 'internal', message: 'not in this test' } }),
  });
}

async function renderSettings() {
  await act(() => useSettingsStore.getState().load());
  render(<SettingsScreenWithPrinters />);
}

const form = () => within(screen.getByRole('form', { name: 'Export packed orders' }));

describe('Settings: export packed orders', () => {
  it('exports one source since a day without a PIN and says where the file went', async () => {
    const station = installStation((args) => ({
      ok: true,
      value: { path: `/home/station/.packing-station/exports/packed-${args.source}.json`, rows: 1234 },
    }));
    await renderSettings();
    fireEvent.change(form().getByLabelText('Source'), { target: { value: 'emporix' } });
    fireEvent.change(form().getByLabelText('Packed since'), { target: { value: '2026-12-01' } });
    fireEvent.change(form().getByLabelText('Format'), { target: { value: 'json' } });
    fireEvent.click(form().getByRole('button', { name: 'Export' }));
    expect(
      await form().findByText(
        '1,234 orders exported to /home/station/.packing-station/exports/packed-emporix.json',
      ),
    ).toBeTruthy();
    expect(station.argsOf('export:packed')).toEqual([
      { source: 'emporix', since: '2026-12-01', format: 'json' },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it("shows main's words when the file could not be written, and asks for a day first", async () => {
    const station = installStation(() => ({
      ok: false,
      error: { code: 'internal', message: 'The export could not be written: free space on that disk.' },
    }));
    await renderSettings();
    fireEvent.change(form().getByLabelText('Packed since'), { target: { value: '' } });
    fireEvent.click(form().getByRole('button', { name: 'Export' }));
    expect(form().getByRole('alert').textContent).toBe('Choose the first day to export.');
    expect(station.argsOf('export:packed')).toEqual([]);

    fireEvent.change(form().getByLabelText('Packed since'), { target: { value: '2026-11-02' } });
    fireEvent.click(form().getByRole('button', { name: 'Export' }));
    await waitFor(() =>
      expect(form().getByRole('alert').textContent).toBe(
        'The export could not be written: free space on that disk.',
      ),
    );
    expect(station.argsOf('export:packed')).toEqual([
      { source: 'marketplace', since: '2026-11-02', format: 'csv' },
    ]);
  });
});
