// @vitest-environment happy-dom
// Scanning a sales order number opens its shipment (not the chooser of its fulfillment orders); on
// the shipment screen an order's label opens that order, with the way back to the shipment.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ScanRouter } from '../../../renderer/app/scan/ScanRouter.tsx';
import { useNavigationStore } from '../../../renderer/app/use-navigation-store.ts';
import { useOrderChoiceStore } from '../../../renderer/app/use-order-choice-store.ts';
import { useToastStore } from '../../../renderer/app/use-toast-store.ts';
import { OrderChooser } from '../../../renderer/features/order-chooser/OrderChooser.tsx';
import { initI18n } from '../../../renderer/i18n/index.ts';
import type { OrderLookupResult } from '../../../shared/ipc/orders.ts';
import { installFakeStation } from '../fake-station.ts';
import { installShipmentStation, SALES_ORDER_ID, threeOrderShipment } from '../shipment/shipment-fixtures.ts';
import { renderShipment, resetShipmentStores } from '../shipment/shipment-render.tsx';
import { orderMatch, settingsView } from '../station-fixtures.ts';
import { scanKeys } from './scan-keys.ts';

vi.mock('../../../renderer/app/sound/play.ts', () => ({ play: vi.fn() }));

beforeAll(() => initI18n('en'));
beforeEach(resetShipmentStores);
afterEach(cleanup);

const NUMBER = 'SO-2026-0042';
const SHIPMENT: OrderLookupResult = {
  orderId: 101,
  matches: [101, 102, 103].map((id) => orderMatch(id, { orderNumber: NUMBER })),
  salesOrderId: SALES_ORDER_ID,
};

describe('scanning on the queue and on a shipment', () => {
  it('a sales order number opens its shipment, not the chooser', async () => {
    const station = installFakeStation({
      'settings:get': () => ({ ok: true, value: settingsView() }),
      'orders:lookup': () => ({ ok: true, value: SHIPMENT }),
    });
    render(
      <>
        <ScanRouter />
        <OrderChooser />
      </>,
    );
    await act(async () => {});
    scanKeys(NUMBER);
    await waitFor(() =>
      expect(useNavigationStore.getState().screen).toEqual({
        name: 'shipment',
        salesOrderId: SALES_ORDER_ID,
      }),
    );
    expect(station.argsOf('orders:lookup')).toEqual([{ code: NUMBER }]);
    expect(useOrderChoiceStore.getState().choice).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it("an order's label on the shipment screen opens that order, with the way back", async () => {
    const { station } = installShipmentStation(threeOrderShipment(), {
      'orders:lookup': ({ code }) => ({
        ok: true,
        value: code === 'PSO102' ? { orderId: 102, matches: [orderMatch(102)] } : null,
      }),
    });
    await renderShipment();
    scanKeys('PSO102');
    await waitFor(() =>
      expect(useNavigationStore.getState().screen).toEqual({
        name: 'order',
        orderId: 102,
        fromShipment: SALES_ORDER_ID,
      }),
    );
    expect(station.argsOf('orders:lookup')).toEqual([{ code: 'PSO102' }]);
  });

  it('an item scanned on the shipment screen says where items are scanned', async () => {
    installShipmentStation(threeOrderShipment(), { 'orders:lookup': () => ({ ok: true, value: null }) });
    await renderShipment();
    scanKeys('21ML0034GE');
    await waitFor(() =>
      expect(useToastStore.getState().toasts.map((toast) => toast.text)).toEqual([
        "21ML0034GE names no order. Items are scanned on their order's screen: open an order of the box first.",
      ]),
    );
    expect(useNavigationStore.getState().screen).toEqual({ name: 'shipment', salesOrderId: SALES_ORDER_ID });
  });
});
