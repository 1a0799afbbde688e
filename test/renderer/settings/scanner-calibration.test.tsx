// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useScanPauseStore } from '../../../renderer/app/use-scan-pause-store.ts';
import { useSettingsStore } from '../../../renderer/app/use-settings-store.ts';
import { useToastStore } from '../../../renderer/app/use-toast-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { SettingsScreenWithPrinters } from '../../../renderer/screens.tsx';
import { installFakeStation } from '../fake-station.ts';
import { resetStores } from '../reset-stores.ts';
import { settingsView } from '../station-fixtures.ts';
import { storeReaches } from '../store-reaches.ts';

beforeEach(() => {
  initI18n('en');
  resetStores(useSettingsStore, useScanPauseStore, useToastStore);
});
afterEach(cleanup);

/** What a wedge scanner does: one keydown per character and the terminator, `gaps` ms apart. */
function scan(code: string, gaps: number[], start: number) {
  let time = start;
  [...code, 'Enter'].forEach((key, i) => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    Object.defineProperty(event, 'timeStamp', { value: time });
    act(() => {
      (document.activeElement ?? document.body).dispatchEvent(event);
    });
    time += gaps[i % gaps.length] ?? 0;
  });
}

async function openCalibration() {
  const station = installFakeStation({
    'settings:get': () => ({ ok: true, value: settingsView() }),
    'settings:update': (change) => ({ ok: true, value: settingsView({ scanner: change.scanner }) }),
  });
  await act(() => useSettingsStore.getState().load());
  render(<SettingsScreenWithPrinters />);
  const scanner = within(screen.getByRole('region', { name: 'Barcode scanner' }));
  fireEvent.click(scanner.getByRole('button', { name: 'Calibrate scanner' }));
  return { station, scanner };
}

describe('Scanner calibration', () => {
  it('measures three test scans from the raw key events and saves the recommended thresholds', async () => {
    const { station, scanner } = await openCalibration();
    expect(useScanPauseStore.getState().paused).toBe(true);
    const seenElsewhere: string[] = [];
    const spy = (event: KeyboardEvent) => seenElsewhere.push(event.key);
    document.addEventListener('keydown', spy);

    expect(scanner.getByText('Scan the test barcode now: scan 1 of 3')).toBeTruthy();
    scan('PSO123456', [8, 9], 1000);
    expect(scanner.getByText('Scan the test barcode now: scan 2 of 3')).toBeTruthy();
    scan('PSO123456', [7, 12, 8], 5000);
    scan('PSO123456', [8], 9000);
    document.removeEventListener('keydown', spy);
    expect(seenElsewhere).toEqual([]);

    expect(scanner.getByText('Three scans read. Check the result below.')).toBeTruthy();
    const rows = within(scanner.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(within(rows[0] as HTMLElement).getByText('PSO123456')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText('8 · 9 · 8 · 9 · 8 · 9 · 8 · 9 · 8')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('12 ms')).toBeTruthy();
    // Slowest gap 12 ms → 1.5 × 12 + 5 = 23 ms; shortest code 9 → minimum length 7.
    expect(scanner.getByText('23 ms (now 35 ms)')).toBeTruthy();
    expect(scanner.getByText('7 (now 4)')).toBeTruthy();
    expect(scanner.queryByRole('alert')).toBeNull();

    // No clock: the save is over when its toast shows; the act then commits the closed panel.
    await act(async () => {
      fireEvent.click(scanner.getByRole('button', { name: 'Save these settings' }));
      await storeReaches(useToastStore, (state) => state.toasts.length > 0);
    });
    expect(station.argsOf('settings:update')).toEqual([
      { scanner: { maxInterKeyMs: 23, minLength: 7, terminator: 'Enter' } },
    ]);
    expect(scanner.queryByRole('table')).toBeNull();
    expect(scanner.getByText('23 ms')).toBeTruthy();
    // Scanning resumes in the same commit that closes the panel.
    expect(useScanPauseStore.getState().paused).toBe(false);
  });

  it('warns prominently when the scanner types for another keyboard layout', async () => {
    const { scanner } = await openCalibration();
    scan('&é"\'(-è_', [6], 100);
    const alert = scanner.getByRole('alert');
    expect(alert.textContent).toContain('the scanner types for a QWERTY keyboard, but this PC uses AZERTY');
    expect(alert.textContent).toContain('The barcode probably says: 12345678');
  });

  it('refuses keys typed by a person and lets Escape close the panel', async () => {
    const { station, scanner } = await openCalibration();
    for (let i = 0; i < 3; i++) scan('ABCD1', [150], i * 5000);
    expect(scanner.getByRole('alert').textContent).toMatch(/too slowly for a scanner/);
    expect(scanner.queryByRole('button', { name: 'Save these settings' })).toBeNull();

    fireEvent.keyDown(window, { key: 'Escape' });
    expect(scanner.queryByText(/Three scans read/)).toBeNull();
    expect(useScanPauseStore.getState().paused).toBe(false);
    expect(station.argsOf('settings:update')).toEqual([]);
  });
});
