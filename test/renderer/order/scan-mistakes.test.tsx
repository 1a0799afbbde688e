// @vitest-environment happy-dom
// Mistakes on the order screen: kept on record and in view, acknowledged explicitly, the order's own
// label is not an item, another order's label asks first, +1 by hand needs the supervisor PIN by
// default, and a packed order's pick lines are locked.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useNavigationStore } from '../../../renderer/app/use-navigation-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { scanKeys } from '../scan/scan-keys.ts';
import { fulfillmentOrder, installOrderStation, SUPERVISOR_PIN } from './order-fixtures.ts';
import { renderOrder, resetStores } from './order-render.tsx';

vi.mock('../../../renderer/app/sound/play.ts', () => ({ play: vi.fn() }));

const LAPTOP = '21ML0034GE';
const DOCK_EAN = '0195892012345';

beforeAll(() => initI18n('en'));
beforeEach(resetStores);
afterEach(cleanup);

const line = (name: string) => within(screen.getByRole('listitem', { name }));

describe('scan mistakes on the order screen', () => {
  it('keeps a wrong scan on record, and only OK closes the red screen (logged)', async () => {
    const { station, state } = installOrderStation();
    await renderOrder();

    scanKeys('USB-STICK-1');
    const alert = screen.getByRole('alertdialog');
    await waitFor(() => expect(screen.getByText('1 wrong scan')).toBeTruthy());
    expect(station.argsOf('picks:mistake')).toEqual([
      { orderId: 101, code: 'USB-STICK-1', kind: 'wrong-item' },
    ]);

    // A good scan meanwhile is not counted and does not close it; nor does the wrong item again.
    scanKeys(LAPTOP);
    scanKeys('USB-STICK-1');
    expect(screen.getByRole('alertdialog')).toBe(alert);
    expect(
      within(alert).getByText('Not counted: USB-STICK-1. Take the wrong item out and press OK first.'),
    ).toBeTruthy();
    expect(line('Lenovo ThinkPad T14 Gen 5').getByText('0 / 1')).toBeTruthy();
    expect(station.argsOf('picks:record')).toEqual([]);
    expect(station.argsOf('picks:acknowledge')).toEqual([]);

    fireEvent.click(within(alert).getByRole('button', { name: 'OK, taken out' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() =>
      expect(station.argsOf('picks:acknowledge')).toEqual([
        { orderId: 101, code: 'USB-STICK-1', kind: 'wrong-item' },
      ]),
    );
    expect(state.mistakeLog.map((row) => row.channel)).toEqual(['picks:mistake', 'picks:acknowledge']);

    scanKeys(LAPTOP);
    expect(line('Lenovo ThinkPad T14 Gen 5').getByText('1 / 1')).toBeTruthy();
    // Still on record after the red screen is gone.
    expect(screen.getByText('1 wrong scan')).toBeTruthy();
  });

  it('keeps an over-scan on record with its line; Escape acknowledges it too', async () => {
    const { station } = installOrderStation();
    await renderOrder();
    scanKeys(LAPTOP);
    scanKeys(LAPTOP);
    await waitFor(() => expect(screen.getByText('1 over-scan')).toBeTruthy());
    expect(station.argsOf('picks:mistake')).toEqual([
      { orderId: 101, code: LAPTOP, kind: 'over-scan', line: 0 },
    ]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(station.argsOf('picks:acknowledge')).toHaveLength(1));
  });

  it('keeps a garbage scan on record as plain text, cut to what main takes', async () => {
    const { station } = installOrderStation();
    await renderOrder();
    const garbage = `<b onclick="x">${'Z'.repeat(300)}`;
    scanKeys(garbage);
    const alert = screen.getByRole('alertdialog');
    expect(within(alert).getByText(`Scanned: ${garbage}`)).toBeTruthy();
    await waitFor(() => expect(station.argsOf('picks:mistake')).toHaveLength(1));
    expect(station.argsOf('picks:mistake')[0]?.code).toBe(garbage.slice(0, 200));
    expect(document.querySelector('b[onclick]')).toBeNull();
    await waitFor(() => expect(screen.getByText('1 wrong scan')).toBeTruthy());
  });

  it("says the order's own label is its label, counts nothing and offers no learning", async () => {
    const { station } = installOrderStation();
    await renderOrder();
    scanKeys('PSO101');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(
      screen.getByText(
        "This is this order's label (PSO101): it is not an item, nothing was counted. Scan the items.",
      ),
    ).toBeTruthy();
    expect(screen.queryByText('Link this barcode to a line…')).toBeNull();
    expect(station.argsOf('picks:mistake')).toEqual([]);
    expect(station.argsOf('picks:record')).toEqual([]);
  });

  it("asks before switching to another order's label, and stays when told to", async () => {
    installOrderStation();
    await renderOrder();
    scanKeys('PSO202');
    const dialog = screen.getByRole('dialog', { name: "Another order's label" });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stay on order #101' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useNavigationStore.getState().screen).toEqual({ name: 'order', orderId: 101 });
  });
});

describe('counting by hand', () => {
  it('asks for the supervisor PIN by default and marks the line as counted by hand', async () => {
    const { station } = installOrderStation();
    await renderOrder();
    fireEvent.click(screen.getByRole('button', { name: 'Add one Lenovo USB-C Dock by hand' }));
    const dialog = screen.getByRole('dialog', { name: 'Count one by hand' });
    expect(line('Lenovo USB-C Dock').getByText('0 / 2')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('Supervisor PIN'), { target: { value: '1111' } });
    fireEvent.submit(within(dialog).getByRole('button', { name: 'Count one by hand' }));
    await waitFor(() => expect(within(dialog).getByText('Wrong PIN.')).toBeTruthy());
    expect(line('Lenovo USB-C Dock').getByText('0 / 2')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('Supervisor PIN'), { target: { value: SUPERVISOR_PIN } });
    fireEvent.submit(within(dialog).getByRole('button', { name: 'Count one by hand' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(line('Lenovo USB-C Dock').getByText('1 / 2')).toBeTruthy();
    expect(line('Lenovo USB-C Dock').getByText('1 counted by hand')).toBeTruthy();
    expect(station.argsOf('picks:record').at(-1)).toEqual({
      orderId: 101,
      line: 1,
      delta: 1,
      source: 'manual',
      pin: SUPERVISOR_PIN,
    });
  });
});

describe('a packed order', () => {
  it('disables +1/−1, says why, and counts no scan', async () => {
    const { station } = installOrderStation(fulfillmentOrder({ status: 'ready-for-delivery' }));
    await renderOrder();
    expect(
      screen.getByText(
        'Packed: the pick counts are locked as packed, so scans and +1/−1 no longer count. If the box is wrong, ask a supervisor.',
      ),
    ).toBeTruthy();
    for (const button of screen.getAllByRole('button', { name: /^(Add one|Remove one) / }))
      expect((button as HTMLButtonElement).disabled).toBe(true);
    scanKeys(LAPTOP);
    expect(screen.getByText(`Not counted: this order is already packed (${LAPTOP}).`)).toBeTruthy();
    scanKeys(DOCK_EAN);
    expect(station.argsOf('picks:record')).toEqual([]);
  });
});
