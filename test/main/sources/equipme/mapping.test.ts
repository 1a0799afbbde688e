// Equipme's fulfillment order as a SourceOrder, from the raw JSON through the station's own check
// (validateOrder) into equipmeAsSourceOrder: what the mapping reads, what it leaves out, and what it
// says in words when a field is missing.
import { describe, expect, it } from 'vitest';
import { validateOrder } from '../../../../electron/main/api/index.ts';
import { equipmeAsSourceOrder, PACKING_STATUSES } from '../../../../electron/main/sources/equipme/mapping.ts';
import type { FulfillmentOrder } from '../../../../shared/api/equipme.ts';
import { makeOrder, type OrderSpec } from '../../../fixtures/fulfillment-order.ts';

/** The order as Equipme would send it, changed by `change`, checked as the client checks it. */
function mapped(spec: OrderSpec, change: (raw: Record<string, unknown>) => void = () => {}) {
  const raw = structuredClone(makeOrder(spec)) as unknown as Record<string, unknown>;
  change(raw);
  const checked = validateOrder(raw);
  if (!checked.ok) throw new Error(checked.error.message);
  return equipmeAsSourceOrder(checked.value as FulfillmentOrder);
}

describe('equipmeAsSourceOrder', () => {
  it('maps the bill of materials, the address, the numbers and the partner note', () => {
    const order = mapped(
      { id: 4711, orderNumber: 'SO-2026-0042', partNumbers: ['LT-14', 'DOCK-2'], customerName: 'Acme AG' },
      (raw) => {
        raw.partnerNote = 'Ring twice';
        (raw.order as Record<string, unknown>).customerOrderNumber = 'PO-99';
        const bom = raw.bomItems as { quantity: number; product: Record<string, unknown> }[];
        (bom[1] as { quantity: number }).quantity = 3;
        (bom[1] as { product: Record<string, unknown> }).product.externalId = 'ERP-77';
        raw.deliveryAddress = {
          id: 1,
          line1: 'Acme AG, Goods in',
          street: 'Nymphenburger Str.',
          number: '86',
          addition: 'Gate 4',
          dependentLocality: 'Neuhausen',
          city: 'München',
          postalCode: '80636',
          countryCode: 'DE',
          regionCode: 'DE-BY',
          phoneNumber: '+49 89 123',
          self: { href: 'https://x/addresses/1' },
        };
      },
    );
    expect(order.key).toEqual({ source: 'equipme', id: '4711' });
    expect(order.orderNumber).toBe('SO-2026-0042');
    expect(order.status).toEqual({ code: 'new', label: null });
    expect(order.packable).toBe(true);
    expect(order.customerName).toBe('Acme AG');
    expect(order.pickLines.map(({ sku, quantity, variantCode }) => ({ sku, quantity, variantCode }))).toEqual(
      [
        { sku: 'LT-14', quantity: 1, variantCode: null },
        { sku: 'DOCK-2', quantity: 3, variantCode: 'ERP-77' },
      ],
    );
    expect(order.deliveryAddress).toEqual({
      contactName: null,
      companyName: 'Acme AG, Goods in',
      street: 'Nymphenburger Str. 86',
      extraLines: ['Gate 4', 'Neuhausen'],
      postalCode: '80636',
      city: 'München',
      state: 'DE-BY',
      countryCode: 'DE',
      countryAsSent: 'DE',
      phone: '+49 89 123',
    });
    expect(order.references).toEqual([
      { kind: 'order-number', value: 'SO-2026-0042' },
      { kind: 'sales-order', value: '504711' },
      { kind: 'purchase-order', value: 'PO-99' },
      { kind: 'external', value: 'EXT-4711' },
    ]);
    expect(order.notes).toEqual([{ label: 'Partner note', text: 'Ring twice' }]);
    expect(order.shippingMethod).toBeNull();
    expect(order.shipments).toEqual([]);
    expect(order.warnings).toEqual([]);
  });

  it('reads an order with every optional field missing', () => {
    const order = mapped({ id: 12 }, (raw) => {
      for (const key of ['fulfillmentType', 'isPreorder', 'partnerNote', 'externalId', 'assignments']) {
        delete raw[key];
      }
      delete raw.deliveryAddress;
      delete raw.bomItems;
    });
    expect(order.pickLines).toEqual([]);
    expect(order.deliveryAddress).toBeNull();
    expect(order.notes).toEqual([]);
    expect(order.references.map((ref) => ref.kind)).toEqual(['order-number', 'sales-order']);
    // An order to ship with nothing in its bill of materials: said, and not offered for packing.
    expect(order.warnings).toEqual(['The order has nothing to pick.']);
    expect(order.packable).toBe(false);
  });

  it('reads nulls as absent: no note, no reference, blank address lines left out', () => {
    const order = mapped({ id: 13 }, (raw) => {
      raw.partnerNote = null;
      raw.externalId = null;
      raw.bomItems = null;
      raw.transactionType = 'return';
      raw.deliveryAddress = {
        id: 2,
        line1: null,
        street: null,
        number: null,
        addition: '  ',
        city: null,
        postalCode: null,
        countryCode: null,
        regionName: null,
        phoneNumber: null,
        self: { href: 'https://x/addresses/2' },
      };
    });
    expect(order.notes).toEqual([]);
    expect(order.references.map((ref) => ref.kind)).toEqual(['order-number', 'sales-order']);
    expect(order.deliveryAddress).toMatchObject({
      companyName: null,
      street: null,
      extraLines: [],
      countryCode: null,
      countryAsSent: null,
    });
    // A return picks nothing: that is no warning; the missing country is.
    expect(order.warnings).toEqual([
      'The delivery address has no country: check it before printing the label.',
    ]);
  });

  it('keeps unknown extra fields out of the source order and a new status as sent', () => {
    const order = mapped({ id: 14 }, (raw) => {
      raw.status = 'awaiting-stock';
      raw.loyaltyTier = 'gold';
      (raw.deliveryAddress as Record<string, unknown>).geo = { lat: 1, lon: 2 };
    });
    expect(order.status).toEqual({ code: 'awaiting-stock', label: null });
    expect(order.packable).toBe(false);
    expect(order.warnings[0]).toMatch(/status 'awaiting-stock', which this station does not know/);
    expect(JSON.stringify(order)).not.toContain('gold');
    expect(JSON.stringify(order)).not.toContain('lat');
  });

  it('keeps HTML in the partner note as the text it is, control characters gone', () => {
    const note = '<b>Fragile</b> <script>alert(1)</script>\u001b[2J\u202e <img src=x onerror=alert(2)>';
    const order = mapped({ id: 15 }, (raw) => {
      raw.partnerNote = note;
    });
    expect(order.notes).toEqual([
      {
        label: 'Partner note',
        text: '<b>Fragile</b> <script>alert(1)</script> <img src=x onerror=alert(2)>',
      },
    ]);
  });

  it('says what it cannot read: a country that is no ISO code, a line without a part number', () => {
    // The spec's two characters, but no letters: kept as sent, not taken for a country.
    const order = mapped({ id: 16, countryCode: '4?', partNumbers: ['  '] });
    expect(order.deliveryAddress).toMatchObject({ countryCode: null, countryAsSent: '4?' });
    expect(order.pickLines).toEqual([
      { sku: '', name: 'Product', variantCode: null, variantName: null, quantity: 1 },
    ]);
    expect(order.warnings).toEqual([
      'Line 1 (Product) has no part number: count it by hand, it cannot be scanned.',
      'The delivery country "4?" is no ISO country code: check the address before printing the label.',
    ]);
  });

  it('offers for packing only what this station packs: in-house parcels not yet handed over', () => {
    expect([...PACKING_STATUSES].sort()).toEqual(
      ['delivery-requested-outbound', 'inprocess', 'new', 'ready-for-delivery'].sort(),
    );
    expect(mapped({ id: 20, status: 'inprocess' }).packable).toBe(true);
    expect(mapped({ id: 21, status: 'delivery-requested-outbound' }).packable).toBe(true);
    expect(mapped({ id: 22, status: 'in-delivery-outbound' }).packable).toBe(false);
    expect(mapped({ id: 23, status: 'new', fulfillmentType: 'dropshipping' }).packable).toBe(false);
    expect(mapped({ id: 24, status: 'new', transactionType: 'return' }).packable).toBe(false);
    expect(mapped({ id: 25, status: 'cancelled' }).packable).toBe(false);
  });
});
