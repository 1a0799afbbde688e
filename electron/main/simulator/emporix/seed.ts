// Seeded Emporix sales orders, shaped as the document's example: the same seed gives the same shop.
// On purpose: non-ASCII names, long address lines, countries sent as codes, English and German
// names and once unreadably, several entries (some with variants), existing shipments, statuses
// the document shows and one it does not, and the fields the station ignores (prices, mixins).
import { COUNTRIES, COUNTRY_CODES, type CountryCode } from '../seed/countries.ts';
import { FAMILY_NAMES, GIVEN_NAMES } from '../seed/names.ts';
import { createPrng, deriveSeed, type Prng } from '../seed/prng.ts';
import { CARRIERS, SHIPPING_METHODS, SHOP_PRODUCTS } from './catalog.ts';

export type EmporixOrderJson = Record<string, unknown> & { id: string; created: string; status: string };

/** 2026-11-20T00:00:00Z, as the Equipme seed: orders follow every 37 minutes. */
const EPOCH = Date.UTC(2026, 10, 20);
const STEP_MS = 37 * 60_000;
export const FIRST_EMPORIX_ID = 200_001;

const ENGLISH: Record<CountryCode, string> = {
  NL: 'Netherlands',
  DE: 'Germany',
  BE: 'Belgium',
  GB: 'United Kingdom',
  FR: 'France',
  US: 'United States',
};
const GERMAN: Record<CountryCode, string> = {
  NL: 'Niederlande',
  DE: 'Deutschland',
  BE: 'Belgien',
  GB: 'Großbritannien',
  FR: 'Frankreich',
  US: 'Vereinigte Staaten',
};
/** No country anyone knows: the station must warn, not guess. */
export const UNREADABLE_COUNTRY = 'Elbonia';

const STATUSES = [
  ['CREATED', 60],
  ['CONFIRMED', 8],
  ['COMPLETED', 20],
  ['SHIPPED', 6],
  ['DECLINED', 3],
  // A status the document does not show: kept as sent, never packed.
  ['ON_HOLD', 3],
] as const;

const LONG_EXTRA =
  'Hinterhaus, 3. Obergeschoss, Zugang über die Laderampe an der Rückseite — bitte beim Pförtner Ødegård melden, nicht beim Nachbarn abgeben; Lieferung nur Mo–Fr 08:00–16:00';

export function emporixOrderId(index: number): string {
  return `orderId${FIRST_EMPORIX_ID + index}`;
}

export function createdAt(index: number): string {
  return new Date(EPOCH + index * STEP_MS).toISOString();
}

export function generateEmporixOrders(seed: number, count: number): EmporixOrderJson[] {
  const orders: EmporixOrderJson[] = [];
  for (let index = 0; index < count; index++) {
    orders.push(emporixOrder(createPrng(deriveSeed(seed, 1000 + index)), index));
  }
  return orders;
}

function emporixOrder(prng: Prng, index: number): EmporixOrderJson {
  const countryCode = prng.pick(COUNTRY_CODES);
  const country = COUNTRIES[countryCode];
  const city = prng.pick(country.cities);
  const given = prng.pick(GIVEN_NAMES[countryCode]);
  const family = prng.pick(FAMILY_NAMES[countryCode]);
  const status = index % 13 === 9 ? 'ON_HOLD' : prng.weighted(STATUSES);
  const shipping = prng.pick(SHIPPING_METHODS);
  const entries = Array.from({ length: prng.int(1, 4) }, (_, line) => entry(prng, index, line));
  const total = entries.reduce((sum, e) => sum + (e.totalPrice as number), 0);
  const done = status === 'COMPLETED' || status === 'SHIPPED';
  const longAddress = index % 7 === 3;
  const shippingAddress: Record<string, unknown> = {
    contactName: `${given} ${family}`,
    street: prng.pick(country.streets),
    streetNumber: country.houseNumber(prng),
    zipCode: city.postalCode(prng),
    city: city.name,
    country: countryAsSent(prng, countryCode, index),
    mixins: { secondaryContactPhone: { number: country.mobile(prng) } },
  };
  if (prng.chance(0.4)) shippingAddress.companyName = `${family} & Söhne GmbH`;
  if (longAddress) {
    shippingAddress.companyName = `${family} – Abteilung Informationstechnologie, Beschaffung, Arbeitsplatzausstattung und Logistik`;
    shippingAddress.extraLine1 = LONG_EXTRA;
    shippingAddress.extraLine2 = `c/o ${given} ${family}, Gebäude B`;
  } else if (prng.chance(0.3)) {
    shippingAddress.extraLine1 = prng.pick(['Unit 12', 'Gebäude B', '3e verdieping', 'Bâtiment C']);
  }
  if (city.regionName) shippingAddress.state = city.regionName;
  if (prng.chance(0.85)) shippingAddress.contactPhone = country.landline(prng, city.area);
  const order: EmporixOrderJson = {
    id: emporixOrderId(index),
    metadata: { mixins: { additionalCode: 'https://example.invalid/schemata/example-schema.json' } },
    mixins: { additionalCode: { code: `DFG-${100 + index}` } },
    created: createdAt(index),
    status,
    siteCode: 'Germany',
    countryCode: 'DE',
    channel: { name: prng.pick(['Storefront', 'Pinterest', 'Twitter']), source: 'https://example.invalid/' },
    entries,
    customer: {
      id: `C${1_000_000 + index}`,
      name: `${given} ${family}`,
      firstName: given,
      lastName: family,
      email: 'noreply@example.invalid',
    },
    billingAddress: { ...shippingAddress, contactName: `${given} ${family}` },
    shippingAddress,
    subTotalPrice: total,
    totalPrice: total + 10,
    currency: 'EUR',
    shipping: {
      total: { amount: 10, currency: 'EUR' },
      lines: [{ amount: 10, currency: 'EUR', ...shipping }],
    },
  };
  if (done) order.completed = new Date(Date.parse(order.created) + 86_400_000).toISOString();
  if (done || (status === 'CREATED' && prng.chance(0.1))) {
    order.shipments = [
      {
        trackingNumber: String(prng.int(100_000_000, 999_999_999)),
        carrier: prng.pick(CARRIERS),
        shippedDate: new Date(Date.parse(order.created) + 43_200_000).toISOString(),
        expectDeliveryOn: order.created.slice(0, 10),
      },
    ];
  }
  return order;
}

function countryAsSent(prng: Prng, code: CountryCode, index: number): string {
  if (index % 17 === 5) return UNREADABLE_COUNTRY;
  return prng.weighted<() => string>([
    [() => code, 5],
    [() => ENGLISH[code], 3],
    [() => GERMAN[code], 2],
    [() => ENGLISH[code].toUpperCase(), 1],
  ])();
}

function entry(prng: Prng, index: number, line: number): Record<string, unknown> {
  const product = prng.pick(SHOP_PRODUCTS);
  const amount = prng.int(1, 5);
  const unitPrice = prng.int(5, 60) * 10;
  const item: Record<string, unknown> = {
    id: `e${index}-${line}`,
    amount,
    orderedAmount: amount,
    unitPrice,
    totalPrice: unitPrice * amount,
    product: { description: product.description, name: product.name, sku: product.sku, published: true },
  };
  if (product.variants.length > 0) {
    const variant = prng.pick(product.variants);
    item.variant = { id: `v-${variant.code}`, ...variant, options: {} };
  }
  return item;
}
