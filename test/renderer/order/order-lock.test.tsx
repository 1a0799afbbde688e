// @vitest-environment happy-dom
// A locked order (Equipme cancelled it behind the station's back): red banner, nothing can be
// packed, printed or sent, and the explicit ways out.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { installPrintStation, printCard } from '../print/print-fixtures.ts';
import { scanKeys } from '../scan/scan-keys.ts';
import { outboxEntry } from '../station-fixtures.ts';
import { fulfillmentOrder, orderLock, SUPERVISOR_PIN } from './order-fixtures.ts';
import { renderOrder, resetStores } from './order-render.tsx';

vi.mock('../../../renderer/app/sound/play.ts', () => ({ play: vi.fn() }));

beforeAll(() => initI18n('en'));
beforeEach(resetStores);
afterEach(cleanup);

const banner = () => screen.getByRole('alert', { name: /^Locked/ });

/** Equipme cancelled the order; this station still has "Process" waiting from new. */
function installCancelledOrder(lock = orderLock()) {
  const installed = installPrintStation(fulfillmentOrder({ status: 'new' }));
  installed.state.effectiveStatus = 'inprocess';
  installed.state.entries = [
    outboxEntry({ orderId: 101, state: 'failed', lastError: 'Taken or changed elsewhere.' }),
  ];
  installed.state.lock = lock;
  return installed;
}

describe('a locked order', () => {
  it('shows a red banner with Equipme’s status, and refuses actions, printing and picks', async () => {
    const { station } = installCancelledOrder();
    await renderOrder();

    const lock = banner();
    expect(within(lock).getByRole('heading').textContent).toBe('Locked: Equipme says “Cancelled”');
    expect(within(lock).getByText('Equipme: Cancelled')).toBeTruthy();
    expect(within(lock).getByText('This station expected: New')).toBeTruthy();
    expect(within(lock).getByText(/someone else changed or cancelled it/)).toBeTruthy();
    expect(within(lock).getByRole('button', { name: 'Take Equipme’s status…' })).toBeTruthy();
    // The header's badge shows where Equipme says the order is, not this station's unsent step.
    const title = screen.getByRole('heading', { level: 1 }).parentElement as HTMLElement;
    expect(within(title).getByText('Cancelled')).toBeTruthy();
    expect(within(title).queryByText('In process')).toBeNull();

    // No next step: not Process, not Dispatch, nothing.
    const actions = screen.getByRole('region', { name: 'Next step' });
    expect(within(actions).queryAllByRole('button')).toHaveLength(0);
    expect(within(actions).getByText(/This order is locked: no step is sent/)).toBeTruthy();

    const print = printCard();
    expect((within(print).getByRole('button', { name: 'Print label' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(
      (within(print).getByRole('button', { name: 'Print packing slip' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(within(print).getByText(/nothing prints until the lock is resolved/)).toBeTruthy();

    const plus = screen.getByRole('button', { name: 'Add one Lenovo ThinkPad T14 Gen 5 by hand' });
    expect((plus as HTMLButtonElement).disabled).toBe(true);
    scanKeys('21ML0034GE');
    expect(await screen.findByText('Not counted: this order is locked (21ML0034GE).')).toBeTruthy();
    expect(station.argsOf('picks:record')).toEqual([]);
    expect(screen.getByText('0 of 3 verified')).toBeTruthy();
  });

  it('takes Equipme’s status with a reason: the banner goes and the order shows Cancelled', async () => {
    const { station } = installCancelledOrder();
    await renderOrder();

    fireEvent.click(within(banner()).getByRole('button', { name: 'Take Equipme’s status…' }));
    const dialog = screen.getByRole('dialog', { name: 'Take Equipme’s status for order SO-2026-0101?' });
    expect(within(dialog).getByText(/shows Equipme’s status “Cancelled”/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Take Equipme’s status' }));
    expect(within(dialog).getByText('Write a reason (at least 3 characters).')).toBeTruthy();
    expect(station.argsOf('orders:take-server-status')).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('Reason'), {
      target: { value: 'Customer cancelled by phone' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Take Equipme’s status' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(station.argsOf('orders:take-server-status')).toEqual([
      { orderId: 101, reason: 'Customer cancelled by phone' },
    ]);
    expect(screen.queryByRole('alert', { name: /^Locked/ })).toBeNull();
    expect(screen.getByText('Cancelled', { selector: '.status-badge' })).toBeTruthy();
    expect(screen.getByText('Nothing more to do: the order is Cancelled.')).toBeTruthy();
  });

  it('leaves a race to a supervisor: no “take”, release needs PIN and reason', async () => {
    const { station } = installCancelledOrder(
      orderLock({
        reason: 'race',
        serverStatus: 'ready-for-delivery',
        expected: 'inprocess',
        canTakeServerStatus: false,
        message: 'Another station moved this order at the same moment: check the box before anything else.',
      }),
    );
    await renderOrder();

    const lock = banner();
    expect(within(lock).getByRole('heading').textContent).toBe(
      'Locked: another station moved this order at the same moment',
    );
    expect(within(lock).getByText('Equipme: Ready for delivery')).toBeTruthy();
    expect(within(lock).queryByRole('button', { name: /Take Equipme/ })).toBeNull();

    fireEvent.click(within(lock).getByRole('button', { name: 'Supervisor: release lock…' }));
    const dialog = screen.getByRole('dialog', { name: 'Release the lock of order SO-2026-0101' });
    fireEvent.change(within(dialog).getByLabelText('Reason'), {
      target: { value: 'Box checked, one laptop' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Release lock' }));
    expect(within(dialog).getByText('Enter the supervisor PIN (4 to 12 digits).')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('Supervisor PIN'), { target: { value: '1111' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Release lock' }));
    expect(await within(dialog).findByText('Wrong PIN.')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('Supervisor PIN'), { target: { value: SUPERVISOR_PIN } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Release lock' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(station.argsOf('orders:release-lock').at(-1)).toEqual({
      orderId: 101,
      pin: SUPERVISOR_PIN,
      reason: 'Box checked, one laptop',
    });
    expect(screen.queryByRole('alert', { name: /^Locked/ })).toBeNull();
  });
});

describe('a lock with hostile words', () => {
  it('shows markup, control characters and a huge message as plain text', async () => {
    const message = `<img src=x onerror="alert(1)"> ${'very long '.repeat(2000)}`;
    installCancelledOrder(orderLock({ serverStatus: '<b>gone</b>' as never, message }));
    await renderOrder();
    const lock = banner();
    expect(lock.querySelector('img, b')).toBeNull();
    expect(within(lock).getByRole('heading').textContent).toBe(
      'Locked: Equipme says “Unknown status “<b>gone</b>””',
    );
    expect(within(lock).getByText(message.trim(), { normalizer: (text) => text.trim() })).toBeTruthy();
  });
});

describe('failed steps on the order screen', () => {
  it('always gives a reason, never a line ending in a colon', async () => {
    const installed = installPrintStation(fulfillmentOrder({ status: 'new' }));
    installed.state.entries = [
      outboxEntry({ id: 'a', orderId: 101, state: 'failed', lastError: '' }),
      outboxEntry({
        id: 'b',
        orderId: 101,
        action: 'process',
        state: 'held',
        lastError: 'Waits for “Process”.',
      }),
    ];
    await renderOrder();
    const stuck = [...document.querySelectorAll('.order-warning')].map((p) =>
      (p.firstChild?.textContent ?? '').trim(),
    );
    expect(stuck).toEqual([
      '“Start picking” could not be sent: the station has no reason from Equipme. Open the outbox and retry or discard it.',
      '“Start picking” could not be sent: Waits for “Process”.',
    ]);
    for (const line of stuck) expect(line.endsWith(':')).toBe(false);
  });
});
