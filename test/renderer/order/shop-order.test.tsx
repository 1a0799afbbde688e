// @vitest-environment happy-dom
// A shop order on the order screen: the plain notice that the shop is not told, the shop's facts as
// data, its steps through shop:step (verified before packed, the hand-over without a label asked),
// and the local packing status as it grows. Never transitions:enqueue.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { SETTLE_MS } from '../../../renderer/ui/use-press-guard.ts';
import type { ShopOrderView } from '../../../shared/ipc/shop-orders.ts';
import { scanKeys } from '../scan/scan-keys.ts';
import { fulfillmentOrder, installOrderStation } from './order-fixtures.ts';
import { renderOrder, resetStores } from './order-render.tsx';

vi.mock('../../../renderer/app/sound/play.ts', () => ({ play: vi.fn() }));

beforeEach(() => {
  initI18n('en');
  resetStores();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const SHOP: ShopOrderView = {
  source: 'emporix',
  id: 'orderId200007',
  orderNumber: 'orderId200007',
  status: { code: 'CREATED', label: null },
  shippingMethod: { code: 'dhlexp', name: 'DHL Express' },
  shipments: [{ carrier: 'DHL', trackingNumber: '00340434161094042557', shippedAt: null }],
  references: [{ kind: 'external', value: 'PO-77-ALPHA' }],
  notes: [],
  warnings: ['Line 2 (Gift card) has no sku: count it by hand, it cannot be scanned.'],
  labelBarcode: 'PSOX:orderId200007',
  steps: [],
  labelPrinted: false,
  nextStep: 'packing',
};

const primary = () => document.querySelector('.order-action-primary') as HTMLButtonElement;
const answered = () => act(async () => {});
const settle = () => act(() => vi.advanceTimersByTime(SETTLE_MS));

function press(target: HTMLElement) {
  fireEvent.pointerDown(target);
  fireEvent.click(target);
}

describe('a shop order on the order screen', () => {
  it('says the shop is not told, shows its facts, and packs it through shop:step only', async () => {
    const { station, state } = installOrderStation(fulfillmentOrder({ status: 'new' }));
    state.shop = SHOP;
    await renderOrder();

    expect(
      screen.getByText('Emporix is not told about these steps — they are recorded at this station only.'),
    ).toBeTruthy();
    const facts = screen.getByRole('region', { name: 'From Emporix' });
    expect(within(facts).getByText('CREATED')).toBeTruthy();
    expect(within(facts).getByText('DHL Express')).toBeTruthy();
    expect(within(facts).getByText('DHL · tracking 00340434161094042557')).toBeTruthy();
    expect(within(facts).getByText('PO-77-ALPHA')).toBeTruthy();
    expect(within(facts).getByText(SHOP.warnings[0] ?? '')).toBeTruthy();
    expect(screen.getByText('Emporix orderId200007')).toBeTruthy();

    expect(primary().textContent).toBe('Start packing');
    press(primary());
    await answered();
    expect(station.argsOf('shop:step')).toEqual([{ orderId: 101, step: 'packing', seenStatus: 'new' }]);
    await settle();

    // Packed here waits for every item, as Mark packed does.
    expect(primary().textContent).toBe('Mark packed here');
    expect(primary().disabled).toBe(true);
    expect(screen.getByText('Scan every item before “Mark packed here”: 0 of 3 verified.')).toBeTruthy();
    scanKeys('21ML0034GE');
    scanKeys('0195892012345');
    scanKeys('0195892012345');
    await answered();
    expect(primary().disabled).toBe(false);
    press(primary());
    await answered();
    await settle();
    const steps = document.querySelector('.shop-order-steps') as HTMLElement;
    expect(within(steps).getByText('Packed here').closest('li')?.getAttribute('data-done')).toBe('yes');
    expect(within(steps).getByText('Label printed').closest('li')?.getAttribute('data-done')).toBe('no');

    // No label printed: the hand-over asks first, then goes with the confirmation.
    expect(primary().textContent).toBe('Handed to carrier');
    press(primary());
    await answered();
    const dialog = screen.getByRole('dialog', { name: 'Hand over without a label?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hand over without a label' }));
    await answered();
    expect(station.argsOf('shop:step').at(-1)).toEqual({
      orderId: 101,
      step: 'handed-to-carrier',
      seenStatus: 'ready-for-delivery',
      confirmed: true,
    });
    expect(screen.getByText('Done at this station: handed to the carrier.')).toBeTruthy();
    expect(station.argsOf('transitions:enqueue')).toEqual([]);
  });
});
