// @vitest-environment happy-dom
// A shop order's status pill: the packing step recorded here and the shop's own status as sent,
// never an Equipme lifecycle word. The cached order is Equipme-shaped (a shop order packed here
// stands in `ready-for-delivery`), and that word must not leak onto the order screen, the queue
// row or the chooser.
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useNavigationStore } from '../../../renderer/app/use-navigation-store.ts';
import { useOrderChoiceStore } from '../../../renderer/app/use-order-choice-store.ts';
import { OrderChooser } from '../../../renderer/features/order-chooser/OrderChooser.tsx';
import { QueueRowView } from '../../../renderer/features/queue/QueueRowView.tsx';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { firstShopKey } from '../../../shared/domain/order-keys.ts';
import type { ShopOrderView } from '../../../shared/ipc/shop-orders.ts';
import { resetStores as resetAppStores } from '../reset-stores.ts';
import { orderMatch, queueRow } from '../station-fixtures.ts';
import { fulfillmentOrder, installOrderStation } from './order-fixtures.ts';
import { renderOrder, resetStores } from './order-render.tsx';

vi.mock('../../../renderer/app/sound/play.ts', () => ({ play: vi.fn() }));

beforeEach(() => {
  initI18n('en');
  resetStores();
  resetAppStores(useNavigationStore, useOrderChoiceStore);
});
afterEach(cleanup);

const EQUIPME_WORDS = /Ready for delivery|In process|In delivery|^New$/;
const KEY = firstShopKey('emporix');

const PACKED: ShopOrderView = {
  source: 'emporix',
  id: 'orderId200007',
  orderNumber: 'orderId200007',
  status: { code: 'CREATED', label: null },
  shippingMethod: null,
  shipments: [],
  references: [],
  notes: [],
  warnings: [],
  labelBarcode: 'PSOX:orderId200007',
  steps: [
    { step: 'packing', status: 'inprocess', operator: 'ana', at: '2026-11-30T09:00:00.000Z' },
    { step: 'packed', status: 'ready-for-delivery', operator: 'ana', at: '2026-11-30T09:05:00.000Z' },
  ],
  labelPrinted: false,
  nextStep: 'handed-to-carrier',
};

describe('a shop order marked packed here', () => {
  it('the order screen shows "Packed here" and the shop status as sent, no Equipme word', async () => {
    const { state } = installOrderStation(fulfillmentOrder({ status: 'ready-for-delivery' }));
    state.shop = PACKED;
    await renderOrder();
    const header = within(document.querySelector('.order-title-row') as HTMLElement);
    expect(header.getByText('Packed here').className).toContain('status-badge');
    const asSent = header.getByText('Emporix: CREATED');
    expect(asSent.getAttribute('title')).toBe(
      'The status as Emporix sent it. The shop is not told about packing here.',
    );
    expect(header.queryByText(EQUIPME_WORDS)).toBeNull();
    expect(document.querySelector('.order-server-status')).toBeNull();
  });

  it('a label the shop sent is shown with its code', async () => {
    const { state } = installOrderStation(fulfillmentOrder({ status: 'new' }));
    state.shop = { ...PACKED, source: 'marketplace', status: { code: '1', label: 'SUBMITTED' }, steps: [] };
    await renderOrder();
    const header = within(document.querySelector('.order-title-row') as HTMLElement);
    expect(header.getByText('Not started here')).toBeTruthy();
    expect(header.getByText('Marketplace: SUBMITTED (1)')).toBeTruthy();
    expect(header.queryByText(EQUIPME_WORDS)).toBeNull();
  });

  it('the queue row shows the step reached here; an Equipme row keeps its status', () => {
    const steps = [
      ['new', 'Not started here'],
      ['inprocess', 'Packing here'],
      ['ready-for-delivery', 'Packed here'],
      ['in-delivery-outbound', 'Handed to carrier'],
    ] as const;
    for (const [status, words] of steps) {
      const { container, unmount } = render(
        <QueueRowView row={queueRow(0, { id: KEY, source: 'emporix', effectiveStatus: status })} />,
      );
      expect(within(container).getByText(words).className).toContain(`status-${status}`);
      expect(within(container).queryByText(EQUIPME_WORDS)).toBeNull();
      unmount();
    }
    const equipme = render(<QueueRowView row={queueRow(0, { effectiveStatus: 'ready-for-delivery' })} />);
    expect(within(equipme.container).getByText('Ready for delivery')).toBeTruthy();
  });

  it('the chooser names a shop order by its shop and its step here', async () => {
    render(<OrderChooser />);
    act(() =>
      useOrderChoiceStore.getState().offer({
        code: 'orderId200007',
        matches: [
          orderMatch(KEY, { orderNumber: 'orderId200007', effectiveStatus: 'ready-for-delivery' }),
          orderMatch(100_011, { orderNumber: 'orderId200007', effectiveStatus: 'ready-for-delivery' }),
        ],
      }),
    );
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent?.split('Laptop')[0])).toEqual([
      'orderId200007 EmporixPacked here',
      'orderId200007 #100011Ready for delivery',
    ]);
  });
});
