// Seeded marketplace orders: the same seed gives the same orders, run after run. Names with
// diacritics, addresses up to overlong ones, several lines, and the orders a pull must leave alone
// (still editing, unpaid, shipped, delivered, cancelled). The inner fields of the document's bare
// `object`s are our assumption (docs/sources/marketplace.md).

import { deliveryAddress } from '../seed/addresses.ts';
import { COUNTRY_CODES } from '../seed/countries.ts';
import { FAMILY_NAMES, GIVEN_NAMES, mailboxName } from '../seed/names.ts';
import { createPrng, deriveSeed, type Prng } from '../seed/prng.ts';
import { PRODUCTS } from '../seed/products.ts';

export interface MarketplaceWireLine {
  id: number;
  code: string;
  name: string;
  quantity: number;
  variant_code: string | null;
  variant_name: string | null;
}

export interface MarketplaceWireAddress {
  name: string | null;
  company: string | null;
  street: string | null;
  house_number: string | null;
  address_line_2: string | null;
  address_line_3: string | null;
  zip_code: string | null;
  city: string | null;
  state: string | null;
  country: string | null;
  phone: string | null;
}

/** One order as the simulator serves it: every field the document lists, plus `id`. */
export interface MarketplaceWireOrder {
  id: number;
  line: MarketplaceWireLine[];
  paid: boolean;
  status: { id: number; name: string };
  customer_organisation: { id: number; name: string };
  customer_user: { id: number; name: string; email: string };
  shipping_option: { id: number; code: string; name: string };
  shipped_with: { id: number; name: string; tracking_number: string | null } | null;
  payment_option: { id: number; name: string };
  invoice_address: MarketplaceWireAddress;
  shipping_address: MarketplaceWireAddress;
  currency: { code: string; symbol: string };
  submit_date: string | null;
  shipped_date: string | null;
  delivered_date: string | null;
  external_payment_reference: string | null;
  external_shipping_reference: string | null;
  total: number;
  vat: number;
  vat_rate: number;
  meta: Record<string, string>;
  auto_provisioning: boolean;
  purchase_order_number: string | null;
}

export const STATUS_NAMES = ['EDITING', 'SUBMITTED', 'SHIPPED', 'DELIVERED', 'CANCELED'] as const;

const SHIPPING_OPTIONS = [
  { id: 1, code: 'dhl-parcel', name: 'DHL Paket' },
  { id: 2, code: 'postnl-standard', name: 'PostNL Standaard' },
  { id: 3, code: 'ups-express', name: 'UPS Express Saver' },
  { id: 4, code: 'pickup', name: 'Abholung im Lager' },
] as const;
const CARRIERS = ['DHL', 'PostNL', 'UPS'] as const;
const PAYMENT_OPTIONS = [
  { id: 1, name: 'Invoice' },
  { id: 2, name: 'iDEAL' },
  { id: 3, name: 'Kreditkarte' },
] as const;
const VARIANTS = [
  ['black', 'Schwarz'],
  ['silver', 'Silber'],
  ['de-qwertz', 'Deutsches Layout (QWERTZ)'],
] as const;
const COMPANIES = ['Müller & Söhne GmbH', 'Ødegård Logistikk AS', 'Brasserie Les Tilleuls', 'Van Dijk B.V.'];

/** Orders are submitted from here on, minutes apart, some in the same second. */
const FIRST_SUBMIT = Date.parse('2026-11-02T07:30:00Z');
const VAT_RATE = 0.21;

export function seedOrders(seed: number, count: number): MarketplaceWireOrder[] {
  const prng = createPrng(deriveSeed(seed, 1201));
  const products = [...PRODUCTS.values()];
  const orders: MarketplaceWireOrder[] = [];
  let at = FIRST_SUBMIT;
  for (let index = 0; index < count; index++) {
    // One order in eight shares its submit second with the one before: ties the sort must break.
    if (index === 0 || !prng.chance(0.125)) at += prng.int(1, 90) * 60_000;
    orders.push(seedOrder(prng, products, 50_001 + index, at));
  }
  return orders;
}

function seedOrder(
  prng: Prng,
  products: readonly { name: string; partNumber: string }[],
  id: number,
  submittedAt: number,
): MarketplaceWireOrder {
  const country = prng.pick(COUNTRY_CODES);
  const given = prng.pick(GIVEN_NAMES[country]);
  const family = prng.pick(FAMILY_NAMES[country]);
  const fullName = `${given} ${family}`;
  const company = prng.pick(COMPANIES);
  const status = prng.weighted([
    [1, 70],
    [0, 8],
    [2, 8],
    [3, 6],
    [4, 8],
  ] as const);
  const paid = status >= 2 && status <= 3 ? true : prng.chance(0.85);
  const lines: MarketplaceWireLine[] = [];
  for (let n = prng.int(1, 4); lines.length < n; ) {
    const product = prng.pick(products);
    const variant = prng.chance(0.3) ? prng.pick(VARIANTS) : null;
    lines.push({
      id: id * 10 + lines.length,
      code: product.partNumber,
      name: product.name,
      quantity: prng.int(1, 5),
      variant_code: variant?.[0] ?? null,
      variant_name: variant?.[1] ?? null,
    });
  }
  const total =
    Math.round(lines.reduce((sum, line) => sum + line.quantity * prng.int(9, 1900), 0) * 100) / 100;
  const shippedAt = status >= 2 && status <= 3 ? new Date(submittedAt + 86_400_000).toISOString() : null;
  const shipping = shippingAddress(prng, fullName, company, country, id);
  const carrier = shippedAt ? prng.pick(CARRIERS) : null;
  return {
    id,
    line: lines,
    paid,
    status: { id: status, name: STATUS_NAMES[status] ?? 'UNKNOWN' },
    customer_organisation: { id: 900 + prng.int(1, 40), name: company },
    customer_user: { id: 10_000 + id, name: fullName, email: `${mailboxName(given, family)}@example.com` },
    shipping_option: prng.pick(SHIPPING_OPTIONS),
    shipped_with: carrier
      ? { id: CARRIERS.indexOf(carrier) + 1, name: carrier, tracking_number: `TRK${id}` }
      : null,
    payment_option: prng.pick(PAYMENT_OPTIONS),
    invoice_address: { ...shipping, name: null, company, address_line_2: null, address_line_3: null },
    shipping_address: shipping,
    currency: { code: 'EUR', symbol: '€' },
    submit_date: status === 0 ? null : new Date(submittedAt).toISOString(),
    shipped_date: shippedAt,
    delivered_date: status === 3 && shippedAt ? new Date(submittedAt + 3 * 86_400_000).toISOString() : null,
    external_payment_reference: paid ? `PAY-${id}` : null,
    external_shipping_reference: carrier ? `TRK${id}` : null,
    total,
    vat: Math.round(total * VAT_RATE * 100) / 100,
    vat_rate: VAT_RATE,
    meta: {},
    auto_provisioning: false,
    purchase_order_number: prng.chance(0.4) ? `PO-${2026_0000 + id}` : null,
  };
}

/** The shared seed's delivery address, in the marketplace's fields: a country as a name now and then. */
function shippingAddress(
  prng: Prng,
  fullName: string,
  company: string,
  country: (typeof COUNTRY_CODES)[number],
  id: number,
): MarketplaceWireAddress {
  const address = deliveryAddress(prng, { fullName, company, country }, id);
  const extra = address.addition?.split('\n') ?? [];
  return {
    name: fullName,
    company: address.line1 === fullName ? null : (address.line1 ?? null),
    street: address.street ?? null,
    house_number: address.number ?? null,
    address_line_2: extra[0] ?? null,
    address_line_3: address.dependentLocality ?? null,
    zip_code: address.postalCode ?? null,
    city: address.city ?? null,
    state: address.regionCode ?? address.regionName ?? null,
    country: prng.chance(0.2) ? countryName(country) : country,
    phone: address.phoneNumber ?? null,
  };
}

const names = new Intl.DisplayNames(['en'], { type: 'region' });
const countryName = (code: string) => names.of(code) ?? code;
