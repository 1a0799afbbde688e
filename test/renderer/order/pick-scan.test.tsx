// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { play } from '../../../renderer/app/sound/play.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { scanKeys } from '../scan/scan-keys.ts';
import { fulfillmentOrder, installOrderStation, SUPERVISOR_PIN } from './order-fixtures.ts';
import { renderOrder, resetStores } from './order-render.tsx';

vi.mock('../../../renderer/app/sound/play.ts', () => ({ play: vi.fn() }));

const LAPTOP = '21ML0034GE';
const DOCK_EAN = '0195892012345';

beforeAll(() => initI18n('en'));
beforeEach(() => {
  resetStores();
  vi.mocked(play).mockClear();
});
afterEach(cleanup);

const line = (name: string) => within(screen.getByRole('listitem', { name }));
const lastCue = () => vi.mocked(play).mock.calls.at(-1)?.[0];

describe('picking an order by scanning', () => {
  it('counts a right item by part number and by EAN, and saves each scan', async () => {
    const { station } = installOrderStation();
    await renderOrder();
    expect(screen.getByText('0 of 3 verified')).toBeTruthy();

    scanKeys(DOCK_EAN);
    expect(line('Lenovo USB-C Dock').getByText('1 / 2')).toBeTruthy();
    expect(screen.getByText('Scanned: Lenovo USB-C Dock — 1 of 2')).toBeTruthy();
    expect(lastCue()).toBe('scan-ok');

    scanKeys('21ml-0034ge');
    expect(line('Lenovo ThinkPad T14 Gen 5').getByText('1 / 1')).toBeTruthy();
    expect(line('Lenovo ThinkPad T14 Gen 5').getByText('✓ Complete')).toBeTruthy();
    expect(screen.getByText('Line complete: Lenovo ThinkPad T14 Gen 5')).toBeTruthy();
    expect(lastCue()).toBe('line-complete');

    await waitFor(() => expect(station.argsOf('picks:record')).toHaveLength(2));
    expect(station.argsOf('picks:record')).toEqual([
      { orderId: 101, line: 1, delta: 1, source: 'scan' },
      { orderId: 101, line: 0, delta: 1, source: 'scan' },
    ]);
    expect(screen.getByText('2 of 3 verified')).toBeTruthy();
  });

  it('shows a wrong item full screen, names the code and counts nothing', async () => {
    const { station } = installOrderStation();
    await renderOrder();

    scanKeys('4006381333931');
    const alert = screen.getByRole('alertdialog');
    expect(within(alert).getByText('Wrong item')).toBeTruthy();
    expect(within(alert).getByText('Scanned: 4006381333931')).toBeTruthy();
    expect(within(alert).getByText('This barcode is not on this order.')).toBeTruthy();
    expect(lastCue()).toBe('wrong-item');
    expect(document.activeElement).toBe(within(alert).getByRole('button', { name: 'OK, taken out' }));
    expect(station.argsOf('picks:record')).toEqual([]);
    expect(screen.getByText('0 of 3 verified')).toBeTruthy();

    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByText('0 of 3 verified')).toBeTruthy();
  });

  it('shows an over-scan with the line it is about', async () => {
    installOrderStation();
    await renderOrder();

    scanKeys(LAPTOP);
    scanKeys(LAPTOP);
    const alert = screen.getByRole('alertdialog');
    expect(within(alert).getByText('Too many')).toBeTruthy();
    expect(within(alert).getByText('Lenovo ThinkPad T14 Gen 5: all 1 are already verified.')).toBeTruthy();
    expect(lastCue()).toBe('over-scan');
    expect(line('Lenovo ThinkPad T14 Gen 5').getByText('1 / 1')).toBeTruthy();

    // The next right scan does not take the warning away: only the packer's OK does.
    scanKeys(DOCK_EAN);
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    expect(line('Lenovo USB-C Dock').getByText('0 / 2')).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'OK, taken out' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    scanKeys(DOCK_EAN);
    expect(line('Lenovo USB-C Dock').getByText('1 / 2')).toBeTruthy();
  });

  it('says "All items verified" when the last item is scanned', async () => {
    installOrderStation();
    await renderOrder();

    scanKeys(LAPTOP);
    scanKeys(DOCK_EAN);
    expect(screen.queryByText('All items verified')).toBeNull();
    scanKeys(DOCK_EAN);
    expect(screen.getByText('All items verified')).toBeTruthy();
    expect(screen.getByText('3 of 3 verified')).toBeTruthy();
    expect(lastCue()).toBe('order-complete');
  });

  it('counts by hand with +1 and −1 where a supervisor turned the PIN for it off', async () => {
    const { station, state } = installOrderStation();
    state.manualNeedsPin = false;
    await renderOrder();
    const plus = screen.getByRole('button', { name: 'Add one Lenovo USB-C Dock by hand' });
    const minus = screen.getByRole('button', { name: 'Remove one Lenovo USB-C Dock' });
    expect((minus as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(plus);
    fireEvent.click(plus);
    expect(line('Lenovo USB-C Dock').getByText('2 / 2')).toBeTruthy();
    expect((plus as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(minus);
    expect(line('Lenovo USB-C Dock').getByText('1 / 2')).toBeTruthy();

    await waitFor(() => expect(station.argsOf('picks:record')).toHaveLength(3));
    expect(station.argsOf('picks:record').map((args) => [args.delta, args.source])).toEqual([
      [1, 'manual'],
      [1, 'manual'],
      [-1, 'manual'],
    ]);
  });

  it('moves between the lines’ buttons with the arrow keys', async () => {
    installOrderStation();
    await renderOrder();
    const laptopPlus = screen.getByRole('button', { name: 'Add one Lenovo ThinkPad T14 Gen 5 by hand' });
    laptopPlus.focus();
    fireEvent.keyDown(laptopPlus, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Add one Lenovo USB-C Dock by hand' }),
    );
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(laptopPlus);
  });

  it('takes a pick back and says so when the station cannot save it', async () => {
    installOrderStation(fulfillmentOrder(), {
      'picks:record': () => ({
        ok: false,
        error: { code: 'internal', message: 'The pick could not be saved. Try again.' },
      }),
    });
    await renderOrder();

    scanKeys(LAPTOP);
    expect(await screen.findByText('The pick could not be saved. Try again.')).toBeTruthy();
    expect(line('Lenovo ThinkPad T14 Gen 5').getByText('0 / 1')).toBeTruthy();
  });

  it('links an unknown barcode to a line with the supervisor PIN, then counts it', async () => {
    const { station } = installOrderStation();
    await renderOrder();

    scanKeys('BOX-99812');
    fireEvent.click(screen.getByRole('button', { name: 'Link this barcode to a line…' }));
    const dialog = screen.getByRole('dialog', { name: 'Link a barcode to a pick line' });
    fireEvent.click(within(dialog).getByLabelText(/Lenovo USB-C Dock/));
    fireEvent.change(within(dialog).getByLabelText('Supervisor PIN'), { target: { value: '1111' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Link and count' }));
    expect(await within(dialog).findByText('Wrong PIN.')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('Supervisor PIN'), { target: { value: SUPERVISOR_PIN } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Link and count' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(station.argsOf('picks:learn-barcode').at(-1)).toEqual({
      orderId: 101,
      line: 1,
      code: 'BOX-99812',
      pin: SUPERVISOR_PIN,
    });
    expect(line('Lenovo USB-C Dock').getByText('1 / 2')).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();

    // From now on the barcode counts like the part itself.
    scanKeys('BOX-99812');
    expect(line('Lenovo USB-C Dock').getByText('2 / 2')).toBeTruthy();
  });

  it('reloads the order when main says it changed', async () => {
    const { station, state } = installOrderStation();
    await renderOrder();
    state.picked = [1, 0];
    await act(async () => station.push('orders:changed', { orderIds: [101] }));
    expect(line('Lenovo ThinkPad T14 Gen 5').getByText('1 / 1')).toBeTruthy();
  });
});
