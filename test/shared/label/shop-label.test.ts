// A shop order's label and slip: the barcode is the shop's own id, PSO<M|X>:<id> (keys differ
// between stations), read back as a shop label; the shipping label names how the shop ships it.
// Built from a cached shop order exactly as the pull stores it (sync/shop-as-order.ts).
import { describe, expect, test } from 'vitest';
import type { SourceOrder } from '../../../electron/main/sources/order-source.ts';
import { shopOrderAsFulfillment } from '../../../electron/main/sync/shop-as-order.ts';
import type { BarcodeItem, LabelLayout } from '../../../shared/domain/label/label-layout.ts';
import type { MediaId } from '../../../shared/domain/label/media.ts';
import { layoutPackingSlip } from '../../../shared/domain/label/packing-slip.ts';
import { layoutShippingLabel } from '../../../shared/domain/label/shipping-label.ts';
import { firstShopKey } from '../../../shared/domain/order-keys.ts';
import { parseOrderCode } from '../../../shared/domain/scan-codes.ts';
import { expectSound, textsOf } from './layout-checks.ts';
import { SHIP_FROM } from './orders.ts';

const SOURCE: SourceOrder = {
  key: { source: 'emporix', id: 'orderId200042' },
  orderNumber: 'orderId200042',
  createdAt: '2026-11-20T08:00:00.000Z',
  status: { code: 'CREATED', label: null },
  packable: true,
  customerName: 'Siobhán Jones',
  pickLines: [
    {
      sku: 'shirt-product',
      name: 'Shirt',
      variantCode: 't-shirt-black-l',
      variantName: 'Black L',
      quantity: 2,
    },
  ],
  deliveryAddress: {
    contactName: 'Siobhán Jones',
    companyName: null,
    street: 'Church Lane 178',
    extraLines: [],
    postalCode: 'M4 6RR',
    city: 'Manchester',
    state: null,
    countryCode: 'GB',
    countryAsSent: 'GB',
    phone: '+44 161 1613 280',
  },
  shippingMethod: { code: 'dhlexp', name: 'DHL Express' },
  shipments: [],
  references: [],
  notes: [],
  warnings: [],
};

const order = shopOrderAsFulfillment('emporix', SOURCE, firstShopKey('emporix'), 'inprocess', new Date());
const barcodes = (layout: LabelLayout) =>
  layout.pages
    .flatMap((page) => page.items.filter((i): i is BarcodeItem => i.type === 'barcode'))
    .map((b) => b.data);

describe('a shop order on its label', () => {
  for (const media of ['label-4x6', 'roll-62mm', 'a4'] as const satisfies readonly MediaId[]) {
    test(`on ${media} the barcode is PSOX:<id>, read back as the shop's label, with the shipping method`, () => {
      const layout = layoutShippingLabel(order, { media, dpi: 203, shipFrom: SHIP_FROM, date: '2026-12-02' });
      expectSound(layout);
      expect(barcodes(layout)).toEqual(['PSOX:orderId200042']);
      expect(parseOrderCode('PSOX:orderId200042')).toEqual({
        kind: 'shop-label',
        source: 'emporix',
        id: 'orderId200042',
      });
      expect(textsOf(layout, 'barcode-text')[0]?.lines).toEqual(['PSOX:orderId200042']);
      expect(textsOf(layout, 'order-number')[0]?.lines).toEqual(['Order orderId200042']);
      expect(textsOf(layout, 'reference')[0]?.lines).toEqual(['Ship via DHL Express']);
      expect(textsOf(layout, 'ship-to')[0]?.lines.join('\n')).toContain('MANCHESTER');
    });
  }

  test('the packing slip carries the same barcode', () => {
    const slip = layoutPackingSlip(order, { media: 'a4', dpi: 300, shipFrom: SHIP_FROM, date: '2026-12-02' });
    expect(barcodes(slip)).toEqual(['PSOX:orderId200042']);
  });
});
