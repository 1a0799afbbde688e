// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ScanRouter } from '../../../renderer/app/scan/ScanRouter.tsx';
import { SCAN_FEEDBACK_MEASURE } from '../../../renderer/app/scan/scan-timing.ts';
import { useNavigationStore } from '../../../renderer/app/use-navigation-store.ts';
import { useScanPauseStore } from '../../../renderer/app/use-scan-pause-store.ts';
import { useSettingsStore } from '../../../renderer/app/use-settings-store.ts';
import { useToastStore } from '../../../renderer/app/use-toast-store.ts';
import { useOrderStore } from '../../../renderer/features/order/use-order-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { installFakeStation } from '../fake-station.ts';
import { installOrderStation } from '../order/order-fixtures.ts';
import { openOverrideReason, renderOrder, resetStores } from '../order/order-render.tsx';
import { orderMatch, settingsView } from '../station-fixtures.ts';
import { pressKey, scanKeys, typeSlowly } from './scan-keys.ts';

vi.mock('../../../renderer/app/sound/play.ts', () => ({ play: vi.fn() }));

beforeAll(() => initI18n('en'));
beforeEach(() => {
  resetStores();
  performance.clearMeasures();
});
afterEach(cleanup);

/** A queue-like screen: a search field whose value React owns. */
function SearchField() {
  const [text, setText] = useState('');
  return (
    <>
      <ScanRouter />
      <label>
        Search
        <input value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <output>typed: {text}</output>
    </>
  );
}

function lookupStation(found: Record<string, number>) {
  return installFakeStation({
    'settings:get': () => ({ ok: true, value: settingsView() }),
    'orders:lookup': ({ code }) => ({
      ok: true,
      value:
        code in found
          ? { orderId: found[code] as number, matches: [orderMatch(found[code] as number)] }
          : null,
    }),
  });
}

async function renderSearch() {
  render(<SearchField />);
  await act(async () => {});
  const input = screen.getByLabelText('Search') as HTMLInputElement;
  input.focus();
  return input;
}

describe('ScanRouter', () => {
  it('takes a fast burst ending in Enter as a scan: nothing is typed, the order opens', async () => {
    const station = lookupStation({ 'SO-2026-0101': 101 });
    const input = await renderSearch();

    scanKeys('SO-2026-0101');
    expect(input.value).toBe('');
    await waitFor(() =>
      expect(useNavigationStore.getState().screen).toEqual({ name: 'order', orderId: 101 }),
    );
    expect(station.argsOf('orders:lookup')).toEqual([{ code: 'SO-2026-0101' }]);
    expect(screen.getByText('typed:')).toBeTruthy();
  });

  it('keeps the late first keys of a scan that arrive while the page is busy', async () => {
    const station = lookupStation({ PSO100027: 100027 });
    const input = await renderSearch();
    input.blur();

    const typed = await typeSlowly('PS', 90);
    scanKeys('O100027', 'Enter', typed + 90);
    await waitFor(() =>
      expect(useNavigationStore.getState().screen).toEqual({ name: 'order', orderId: 100027 }),
    );
    expect(station.argsOf('orders:lookup')).toEqual([{ code: 'PSO100027' }]);
  });

  it('lets a person type into the focused field, slowly, without losing a key', async () => {
    const station = lookupStation({});
    const input = await renderSearch();

    await typeSlowly('1234 AB');
    expect(input.value).toBe('1234 AB');
    expect(screen.getByText('typed: 1234 AB')).toBeTruthy();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(station.argsOf('orders:lookup')).toEqual([]);
  });

  it('says so when no order matches the scanned code', async () => {
    lookupStation({});
    await renderSearch();

    scanKeys('PSO999');
    await waitFor(() =>
      expect(useToastStore.getState().toasts).toEqual([
        expect.objectContaining({ kind: 'error', text: 'No order found for PSO999.' }),
      ]),
    );
    expect(useNavigationStore.getState().screen.name).toBe('queue');
    expect(performance.getEntriesByName(SCAN_FEEDBACK_MEASURE)).toHaveLength(1);
  });

  it('keeps a scan whole when the settings are reloaded in the middle of it (a screen change)', async () => {
    const station = lookupStation({ PSO100010: 100010 });
    const input = await renderSearch();
    input.blur();

    const press = (key: string) =>
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    act(() => {
      for (const key of 'PSO10') press(key);
    });
    // Every screen change reloads the settings: a new object with the same scanner thresholds.
    await act(() => useSettingsStore.getState().load());
    act(() => {
      for (const key of '0010') press(key);
      press('Enter');
    });
    await waitFor(() => expect(station.argsOf('orders:lookup')).toEqual([{ code: 'PSO100010' }]));
  });

  it('routes nothing while paused for the scanner calibration', async () => {
    const station = lookupStation({ 'SO-2026-0101': 101 });
    await renderSearch();
    useScanPauseStore.getState().pause();

    scanKeys('SO-2026-0101');
    await act(async () => {});
    expect(station.argsOf('orders:lookup')).toEqual([]);
  });

  it('warns when the scanner types for another keyboard layout', async () => {
    lookupStation({});
    await renderSearch();

    scanKeys('PSO&é"\'');
    await waitFor(() =>
      expect(useToastStore.getState().toasts[0]?.text).toMatch(/QWERTY keyboard but this PC uses AZERTY/),
    );
  });

  it('sends a scan on the order screen to its pick list and measures the feedback', async () => {
    const { station } = installOrderStation();
    await renderOrder();
    const scan = vi.spyOn(useOrderStore.getState(), 'scan');

    scanKeys('21ML0034GE');
    expect(scan).toHaveBeenCalledWith('21ML0034GE');
    expect(station.argsOf('orders:lookup')).toEqual([]);
    expect(performance.getEntriesByName(SCAN_FEEDBACK_MEASURE)).toHaveLength(1);
  });

  it('takes a code typed by hand outside a text field as a scan, and its Enter presses no button', async () => {
    installOrderStation();
    await renderOrder();
    const plus = screen.getByRole('button', { name: 'Add one Lenovo USB-C Dock by hand' });
    plus.focus();

    const typed = await typeSlowly('21ML0034GE', 70);
    let pressed = true;
    act(() => {
      pressed = pressKey('Enter', typed + 70);
    });
    expect(pressed).toBe(false);
    expect(screen.getByText('Line complete: Lenovo ThinkPad T14 Gen 5')).toBeTruthy();
    expect(screen.getByText('1 of 3 verified')).toBeTruthy();
  });

  it('asks before opening another order whose label is scanned on the order screen', async () => {
    installOrderStation();
    await renderOrder();

    scanKeys('PSO202');
    const dialog = screen.getByRole('dialog', { name: "Another order's label" });
    expect(useNavigationStore.getState().screen).toEqual({ name: 'order', orderId: 101 });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open order #202' }));
    expect(useNavigationStore.getState().screen).toEqual({ name: 'order', orderId: 202 });
  });

  it('types a scan into the field of an open dialog instead of counting it', async () => {
    installOrderStation();
    const reason = await openOverrideReason();

    scanKeys('DOCK-4711');
    expect(reason.value).toBe('DOCK-4711');
    expect(screen.getByText('0 of 3 verified')).toBeTruthy();
  });
});
