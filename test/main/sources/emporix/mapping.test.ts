// An Emporix sales order as the station packs it, through the real path (schema, then mapping):
// names in any script, long addresses, several lines with and without variants, countries as codes
// and as names in several languages, shipping methods, statuses, and what becomes a warning.
import { describe, expect, it } from 'vitest';
import { countryCode } from '../../../../electron/main/sources/country-code.ts';
import { toSourceOrder } from '../../../../electron/main/sources/emporix/mapping.ts';
import { emporixSalesOrderSchema } from '../../../../electron/main/sources/emporix/schema.ts';
import type { SourceOrder } from '../../../../electron/main/sources/order-source.ts';

/** An order with one line and an address, and what the test is about. */
function mapped(order: Record<string, unknown>): SourceOrder {
  const base = {
    id: 'o1',
    status: 'CREATED',
    entries: [{ amount: 1, product: { sku: 'cap-product', name: 'Cap' } }],
    shippingAddress: { country: 'DE' },
  };
  return toSourceOrder(emporixSalesOrderSchema.parse({ ...base, ...order }));
}

const address = (fields: Record<string, unknown>) => ({ shippingAddress: { country: 'DE', ...fields } });

describe('pick lines', () => {
  it('become one line per entry with sku, name, variant and amount', () => {
    const order = mapped({
      entries: [
        {
          amount: 2,
          product: { sku: 'mug-product', name: 'Mug' },
          variant: { code: 'mug-black', name: 'Black Mug' },
        },
        { amount: 1, product: { sku: 'socks-3pack', name: 'Socken 3er-Pack für Größe 43–46' } },
        { amount: 7, product: { sku: 'sticker-set', name: '贴纸套装' } },
      ],
    });
    expect(order.pickLines).toEqual([
      { sku: 'mug-product', name: 'Mug', variantCode: 'mug-black', variantName: 'Black Mug', quantity: 2 },
      {
        sku: 'socks-3pack',
        name: 'Socken 3er-Pack für Größe 43–46',
        variantCode: null,
        variantName: null,
        quantity: 1,
      },
      { sku: 'sticker-set', name: '贴纸套装', variantCode: null, variantName: null, quantity: 7 },
    ]);
    expect(order.warnings).toEqual([]);
  });

  it('scan the variant code when the product has no sku, and warn when neither is there', () => {
    const order = mapped({
      entries: [
        { amount: 1, product: { name: 'Hoodie' }, variant: { code: 'hoodie-grey-m', name: 'Grey Hoodie M' } },
        { amount: 1, product: { name: 'Gift card' } },
        { amount: 0, product: { sku: 'cap-product', name: 'Cap' } },
      ],
    });
    expect(order.pickLines.map((line) => line.sku)).toEqual(['hoodie-grey-m', '']);
    expect(order.warnings).toEqual([
      'Line 2 (Gift card) has no sku: count it by hand, it cannot be scanned.',
      'Line 3 (Cap) has an amount of 0 and is left out.',
    ]);
  });

  it('refuse an amount that is no whole count (the order is rejected by the schema)', () => {
    const parsed = emporixSalesOrderSchema.safeParse({
      id: 'o',
      status: 'CREATED',
      entries: [{ amount: -1 }],
    });
    expect(parsed.success).toBe(false);
  });
});

describe('the delivery address', () => {
  it('joins street and number, keeps both extra lines and every script, and keeps long lines whole', () => {
    const long =
      `${'Zufahrt über die Schloßstraße, Tor 3, dann Halle ł-2 (ehemals Łódź-Lager). '.repeat(12)}`.trim();
    const order = mapped(
      address({
        contactName: 'Łukasz Wójcik-Ødegård',
        companyName: '上海货运服务有限公司',
        street: 'Nymphenburger Str.',
        streetNumber: 86,
        extraLine1: long,
        extraLine2: '  ',
        zipCode: 80636,
        city: 'München',
        state: 'Bayern',
        contactPhone: '+49 89 1234567',
      }),
    );
    expect(order.deliveryAddress).toEqual({
      contactName: 'Łukasz Wójcik-Ødegård',
      companyName: '上海货运服务有限公司',
      street: 'Nymphenburger Str. 86',
      extraLines: [long],
      postalCode: '80636',
      city: 'München',
      state: 'Bayern',
      countryCode: 'DE',
      countryAsSent: 'DE',
      phone: '+49 89 1234567',
    });
    expect(long.length).toBeGreaterThan(800);
  });

  it.each([
    ['CN', 'CN'],
    ['cn', 'CN'],
    ['Germany', 'DE'],
    ['Deutschland', 'DE'],
    ['  germany ', 'DE'],
    ['GERMANY', 'DE'],
    ['Niederlande', 'NL'],
    ['The Netherlands', 'NL'],
    ['Nederland', 'NL'],
    ['Pays-Bas', 'NL'],
    ['Großbritannien', 'GB'],
    ['Grossbritannien', 'GB'],
    ['UK', 'GB'],
    ['USA', 'US'],
    ['Vereinigte Staaten', 'US'],
    ['DEU', 'DE'],
    ['Österreich', 'AT'],
    ["Côte d'Ivoire", 'CI'],
  ])('reads the country %j as %s', (sent, code) => {
    expect(countryCode(sent)).toBe(code);
    const order = mapped(address({ country: sent }));
    expect(order.deliveryAddress).toMatchObject({ countryCode: code, countryAsSent: sent.trim() });
    expect(order.warnings).toEqual([]);
  });

  it.each(['Elbonia', 'XX', 'Germany!!!!!!!!Atlantis', '123'])(
    'warns about the country %j and guesses nothing',
    (sent) => {
      const order = mapped(address({ country: sent }));
      expect(order.deliveryAddress).toMatchObject({ countryCode: null, countryAsSent: sent });
      expect(order.warnings).toEqual([
        `The shipping country "${sent}" is no country the station knows: check the address before printing the label.`,
      ]);
    },
  );

  it('quotes a long unreadable country in a line, not a page', () => {
    const [warning] = mapped(address({ country: 'Atlantis '.repeat(100) })).warnings;
    expect(warning).toMatch(/^The shipping country "Atlantis Atlantis .{30,60}…" is no country/);
  });

  it('warns when the address has no country, or there is no address', () => {
    expect(mapped(address({ country: null })).warnings).toEqual([
      'The shipping address has no country: check it before printing the label.',
    ]);
    expect(mapped({ shippingAddress: null }).warnings).toContain(
      'The order has no shipping address: ask the shop where it goes.',
    );
  });
});

describe('the rest of the order', () => {
  it('takes the first shipping line as the method and says so when there are more', () => {
    const order = mapped({
      shipping: {
        lines: [
          { code: 'dhlstd', name: 'DHL Standard', amount: 10 },
          { code: 'dhlexp', name: 'DHL Express', amount: 20 },
        ],
      },
    });
    expect(order.shippingMethod).toEqual({ code: 'dhlstd', name: 'DHL Standard' });
    expect(order.warnings).toContain(
      'The order names more than one shipping method: DHL Standard is used, not DHL Express.',
    );
  });

  it('keeps the shop’s shipments as they are, a numeric tracking number as text', () => {
    const order = mapped({
      shipments: [
        {
          carrier: 'UPS',
          trackingNumber: 1_234_567,
          shippedDate: '2016-06-25T16:22:52.966Z',
          expectDeliveryOn: 'x',
        },
        { carrier: null },
      ],
    });
    expect(order.shipments).toEqual([
      { carrier: 'UPS', trackingNumber: '1234567', shippedAt: '2016-06-25T16:22:52.966Z' },
      { carrier: null, trackingNumber: null, shippedAt: null },
    ]);
  });

  it.each([
    ['CREATED', true],
    ['CONFIRMED', true],
    ['IN_CHECKOUT', false],
    ['COMPLETED', false],
    ['SHIPPED', false],
    ['DECLINED', false],
  ])('packs an order in status %s: %s', (status, packable) => {
    const order = mapped({ status });
    expect(order.status).toEqual({ code: status, label: null });
    expect(order.packable).toBe(packable);
    expect(order.warnings.some((warning) => warning.startsWith('Status'))).toBe(false);
  });

  it('names the customer by name, else first and last name, else company', () => {
    expect(mapped({ customer: { name: 'Dr. Özlem Öztürk' } }).customerName).toBe('Dr. Özlem Öztürk');
    expect(mapped({ customer: { firstName: 'Siobhán', lastName: "O'Brien" } }).customerName).toBe(
      "Siobhán O'Brien",
    );
    expect(mapped({ customer: { company: 'emporix' } }).customerName).toBe('emporix');
  });

  it('keeps a readable order date and warns about an unreadable one', () => {
    expect(mapped({ created: '2014-03-31T10:18:21.134Z' }).createdAt).toBe('2014-03-31T10:18:21.134Z');
    const order = mapped({ created: 'yesterday' });
    expect(order.createdAt).toBeNull();
    expect(order.warnings).toContain('The order date is unreadable.');
  });
});
