import { describe, expect, it } from 'vitest';
import { toSourceOrder } from '../../../../electron/main/sources/marketplace/mapping.ts';
import { marketplaceOrderSchema } from '../../../../electron/main/sources/marketplace/schemas.ts';

function mapped(raw: unknown) {
  const parsed = marketplaceOrderSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.message);
  return toSourceOrder(parsed.data);
}

const LONG_STREET = `Zufahrt über die Schloßstraße, Tor 3, Halle ł-2 (ehemals Łódź-Lager) ${'und weiter '.repeat(40)}`;

const full = {
  id: 70001,
  paid: true,
  status: { id: 1, name: 'SUBMITTED' },
  customer_organisation: { id: 4, name: 'Ødegård Logistikk AS' },
  customer_user: { id: 9, name: 'Søren Ødegård', email: 'soren@example.com' },
  shipping_option: { id: 3, code: 'ups-express', name: 'UPS Express Saver' },
  shipping_address: {
    name: 'Jürgen Weiß',
    company: 'Müller & Söhne GmbH',
    street: LONG_STREET,
    house_number: '86a',
    address_line_2: 'Hinterhaus, 3. OG',
    address_line_3: 'c/o Empfang',
    zip_code: '80636',
    city: 'München',
    state: 'BY',
    country: 'Germany',
    phone: '+49 89 1234567',
  },
  line: [
    {
      id: 1,
      code: 'MXD33D/A',
      name: 'MacBook Air 15″ – Polarstern',
      quantity: 2,
      variant_code: 'de-qwertz',
      variant_name: 'Deutsches Layout',
    },
    { id: 2, code: '960-001459', name: 'Logitech Brio 505', quantity: 1 },
    { id: 3, code: 'USB-C-2M', name: 'Câble USB-C 2 m', quantity: 5 },
  ],
  submit_date: '2026-11-02T07:30:00Z',
  purchase_order_number: 'PO-4711',
  external_shipping_reference: 'TRK-1',
  shipped_with: { id: 1, name: 'DHL', tracking_number: null },
  shipped_date: '2026-11-03T07:30:00Z',
};

describe('marketplace mapping', () => {
  it('maps lines, the delivery address, shipping option, references and status', () => {
    const order = mapped(full);
    expect(order.key).toEqual({ source: 'marketplace', id: '70001' });
    expect(order.packable).toBe(true);
    expect(order.status).toEqual({ code: '1', label: 'SUBMITTED' });
    expect(order.customerName).toBe('Ødegård Logistikk AS');
    expect(order.pickLines).toEqual([
      {
        sku: 'MXD33D/A',
        name: 'MacBook Air 15″ – Polarstern',
        variantCode: 'de-qwertz',
        variantName: 'Deutsches Layout',
        quantity: 2,
      },
      { sku: '960-001459', name: 'Logitech Brio 505', variantCode: null, variantName: null, quantity: 1 },
      { sku: 'USB-C-2M', name: 'Câble USB-C 2 m', variantCode: null, variantName: null, quantity: 5 },
    ]);
    expect(order.deliveryAddress).toEqual({
      contactName: 'Jürgen Weiß',
      companyName: 'Müller & Söhne GmbH',
      street: `${LONG_STREET.trim()} 86a`,
      extraLines: ['Hinterhaus, 3. OG', 'c/o Empfang'],
      postalCode: '80636',
      city: 'München',
      state: 'BY',
      countryCode: 'DE',
      countryAsSent: 'Germany',
      phone: '+49 89 1234567',
    });
    expect(order.shippingMethod).toEqual({ code: 'ups-express', name: 'UPS Express Saver' });
    expect(order.references).toEqual([
      { kind: 'order-number', value: '70001' },
      { kind: 'purchase-order', value: 'PO-4711' },
      { kind: 'external', value: 'TRK-1' },
    ]);
    expect(order.shipments).toEqual([
      { carrier: 'DHL', trackingNumber: 'TRK-1', shippedAt: '2026-11-03T07:30:00Z' },
    ]);
    expect(order.warnings).toEqual([]);
  });

  it('reads a country by code or by its Dutch, German or French name, and warns when it cannot', () => {
    const country = (value: string) =>
      mapped({ ...full, shipping_address: { ...full.shipping_address, country: value } });
    expect(country('nl').deliveryAddress?.countryCode).toBe('NL');
    expect(country('Duitsland').deliveryAddress?.countryCode).toBe('DE');
    expect(country('Österreich').deliveryAddress?.countryCode).toBe('AT');
    expect(country('Belgique').deliveryAddress?.countryCode).toBe('BE');
    const unknown = country('Atlantis');
    expect(unknown.deliveryAddress?.countryCode).toBeNull();
    expect(unknown.deliveryAddress?.countryAsSent).toBe('Atlantis');
    expect(unknown.warnings.join(' ')).toContain("'Atlantis'");
    expect(country('XX').deliveryAddress?.countryCode).toBeNull();
  });

  it('keeps an unknown status code and an editing or unpaid order as not packable', () => {
    const future = mapped({ ...full, status: { id: 7, name: 'ON_HOLD' } });
    expect(future.status).toEqual({ code: '7', label: 'ON_HOLD' });
    expect(future.packable).toBe(false);
    expect(future.warnings.join(' ')).toContain('status 7');
    expect(mapped({ ...full, status: { id: 4 } }).status).toEqual({ code: '4', label: 'CANCELED' });
    expect(mapped({ ...full, status: { id: 0, name: 'EDITING' } }).packable).toBe(false);
    expect(mapped({ ...full, paid: false }).packable).toBe(false);
    expect(mapped({ ...full, paid: 1 }).packable).toBe(true);
  });

  it('turns missing inner fields into null with a warning, never an invented value', () => {
    const bare = mapped({
      id: 'MP-9',
      line: [{ quantity: 3 }],
      status: {},
      shipping_option: {},
      shipping_address: { street: 'Coolsingel' },
    });
    expect(bare.key.id).toBe('MP-9');
    expect(bare.status).toEqual({ code: '', label: null });
    expect(bare.packable).toBe(false);
    expect(bare.pickLines).toEqual([
      { sku: '', name: 'Line 1', variantCode: null, variantName: null, quantity: 3 },
    ]);
    expect(bare.shippingMethod).toEqual({ code: null, name: null });
    expect(bare.deliveryAddress).toMatchObject({
      street: 'Coolsingel',
      city: null,
      postalCode: null,
      countryCode: null,
    });
    expect(bare.customerName).toBeNull();
    expect(bare.warnings).toEqual(
      expect.arrayContaining([
        'The marketplace sent no status code for the order.',
        'The marketplace did not say whether the order is paid.',
        'Line 1 has no code to scan: count it by hand.',
        'The shipping address has no country.',
        'The shipping address has no city.',
        'The shipping option has neither a code nor a name.',
      ]),
    );
    const nothing = mapped({
      id: 1,
      shipping_address: null,
      shipping_option: null,
      status: null,
      line: null,
    });
    expect(nothing.deliveryAddress).toBeNull();
    expect(nothing.shippingMethod).toBeNull();
    expect(nothing.warnings).toEqual(
      expect.arrayContaining(['The order has no lines to pick.', 'The order has no shipping address.']),
    );
  });

  it('strips control characters and keeps HTML as text', () => {
    const order = mapped({
      ...full,
      customer_organisation: { name: '<script>alert(1)</script>\u001b[2J\u202eAG' },
      line: [{ code: 'A\u0000B', name: 'Cut\u001dV here', quantity: 1 }],
    });
    expect(order.customerName).toBe('<script>alert(1)</script>AG');
    expect(order.pickLines[0]?.sku).toBe('AB');
    expect(order.pickLines[0]?.name).toBe('CutV here');
  });
});
