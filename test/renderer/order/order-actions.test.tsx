// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useNavigationStore } from '../../../renderer/app/use-navigation-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { activationDateTime } from '../../../renderer/ui/ActionDialog.tsx';
import { scanKeys } from '../scan/scan-keys.ts';
import { fulfillmentOrder, installOrderStation, SUPERVISOR_PIN } from './order-fixtures.ts';
import { renderOrder, resetStores } from './order-render.tsx';

vi.mock('../../../renderer/app/sound/play.ts', () => ({ play: vi.fn() }));

beforeAll(() => initI18n('en'));
beforeEach(resetStores);
afterEach(cleanup);

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

function pickEverything() {
  scanKeys('21ML0034GE');
  scanKeys('0195892012345');
  scanKeys('0195892012345');
}

describe('order screen actions', () => {
  it('keeps Mark packed disabled until every item is verified, then enqueues it', async () => {
    const { station } = installOrderStation();
    await renderOrder();
    expect(screen.getByText('In process', { selector: '.status-badge' })).toBeTruthy();
    expect(button('Mark packed').disabled).toBe(true);
    expect(screen.getByText('Scan every item before “Mark packed”: 0 of 3 verified.')).toBeTruthy();

    pickEverything();
    expect(button('Mark packed').disabled).toBe(false);
    fireEvent.click(button('Mark packed'));

    await waitFor(() =>
      expect(station.argsOf('transitions:enqueue')).toEqual([
        { orderId: 101, action: 'process', seenStatus: 'inprocess' },
      ]),
    );
    expect(await screen.findByText('Ready for delivery', { selector: '.status-badge' })).toBeTruthy();
    expect(screen.getByText('1 change waiting to be sent')).toBeTruthy();
    expect(screen.getByText('Equipme still shows: In process')).toBeTruthy();
  });

  it('lets a supervisor override verification with PIN and reason, and shows the override', async () => {
    const { station } = installOrderStation();
    await renderOrder();
    scanKeys('21ML0034GE');

    fireEvent.click(button('Supervisor override…'));
    const dialog = screen.getByRole('dialog', { name: 'Let the order through without full verification' });
    expect(within(dialog).getByText(/Only 1 of 3 items are verified/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Supervisor PIN'), { target: { value: SUPERVISOR_PIN } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Override verification' }));
    expect(within(dialog).getByText('Write a reason (at least 3 characters).')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'Dock label unreadable' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Override verification' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(station.argsOf('picks:override')).toEqual([
      { orderId: 101, pin: SUPERVISOR_PIN, reason: 'Dock label unreadable' },
    ]);
    expect(screen.getByText('Verification overridden by Anna: Dock label unreadable')).toBeTruthy();
    expect(button('Mark packed').disabled).toBe(false);
  });

  it('asks before cancelling, and cancels only when confirmed', async () => {
    const { station } = installOrderStation();
    await renderOrder();

    fireEvent.click(button('Cancel order'));
    let dialog = screen.getByRole('dialog', { name: 'Cancel order: order SO-2026-0101?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Go back' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(button('Cancel order'));
    dialog = screen.getByRole('dialog');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useNavigationStore.getState().screen.name).toBe('order');
    expect(station.argsOf('transitions:enqueue')).toEqual([]);

    fireEvent.click(button('Cancel order'));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel order' }));
    await waitFor(() =>
      expect(station.argsOf('transitions:enqueue')).toEqual([
        { orderId: 101, action: 'cancel', seenStatus: 'inprocess', confirmed: true },
      ]),
    );
    expect(await screen.findByText('Cancelled', { selector: '.status-badge' })).toBeTruthy();
  });

  it('sends complete with the chosen activation date, or none when it is cleared', async () => {
    const order = fulfillmentOrder({ transactionType: 'cancellation', bomItems: [] });
    const { station } = installOrderStation(order);
    await renderOrder();

    fireEvent.click(button('Complete order'));
    const date = screen.getByLabelText('Activation date (optional)') as HTMLInputElement;
    expect(date.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    fireEvent.change(date, { target: { value: '2026-12-01' } });
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Complete order' }));
    await waitFor(() =>
      expect(station.argsOf('transitions:enqueue')).toEqual([
        {
          orderId: 101,
          action: 'complete',
          seenStatus: 'inprocess',
          activationDate: activationDateTime('2026-12-01'),
        },
      ]),
    );
    expect(activationDateTime('2026-12-01')).toMatch(/^2026-1[12]-\d{2}T\d{2}:00:00\.000Z$/);
  });

  it('shows the station’s message when an action is refused', async () => {
    installOrderStation(fulfillmentOrder(), {
      'transitions:enqueue': () => ({
        ok: false,
        error: { code: 'rejected', message: 'Set an operator name in Settings first.' },
      }),
    });
    await renderOrder();
    pickEverything();
    fireEvent.click(button('Mark packed'));
    expect(await screen.findByText('Set an operator name in Settings first.')).toBeTruthy();
    expect(screen.getByText('In process', { selector: '.status-badge' })).toBeTruthy();
  });

  it('does not ask for verification for a dropshipped order and says not to pack it', async () => {
    installOrderStation(fulfillmentOrder({ fulfillmentType: 'dropshipping', isPreorder: true }));
    await renderOrder();
    expect(screen.getByText('Shipped by a third party — do not pack')).toBeTruthy();
    expect(screen.getByText('Preorder')).toBeTruthy();
    expect(button('Mark packed').disabled).toBe(false);
  });

  it('goes back to the queue on Escape', async () => {
    installOrderStation();
    await renderOrder();
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(useNavigationStore.getState().screen.name).toBe('queue');
  });
});

describe('address card', () => {
  it('shows the delivery address in the post’s order, its warnings, and the billing address folded', async () => {
    const order = fulfillmentOrder({
      deliveryAddress: {
        id: 11,
        line1: 'Fjord AS',
        street: 'Postboks 1234',
        postalCode: '12',
        city: 'Oslo',
        countryCode: 'NO',
        self: { href: 'https://equipme.example/addresses/11' },
      },
    });
    installOrderStation(order);
    await renderOrder();

    const card = within(screen.getByRole('region', { name: 'Delivery address' }));
    expect(card.getByText('Fjord AS')).toBeTruthy();
    expect(card.getByText('12 Oslo')).toBeTruthy();
    expect(card.getByText('NORWAY')).toBeTruthy();
    const warnings = within(card.getByRole('list', { name: 'Check before shipping' }));
    expect(warnings.getByText(/Postal code “12” is not a valid NO postal code/)).toBeTruthy();
    expect(warnings.getByText(/P\.O\. box/)).toBeTruthy();
    expect(warnings.getByText(/No phone number/)).toBeTruthy();
    const billing = card.getByText('Billing address').closest('details') as HTMLDetailsElement;
    expect(billing.open).toBe(false);
  });
});
