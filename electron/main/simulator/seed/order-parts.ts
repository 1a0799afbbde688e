// Building blocks of a generated order: the references to catalog entries, prices and the bill of
// materials the packer works through.
import type {
  BomItem,
  WireFulfillmentOrder as FulfillmentOrder,
  ProductReference,
  TransactionType,
} from '../../../../shared/api/equipme.ts';
import type { Currency, Customer, Employee, OfferKind } from './customers.ts';
import { OPTIONS } from './options.ts';
import type { Prng } from './prng.ts';
import { type CatalogProduct, type ProductKey, product } from './products.ts';
import type { CatalogService } from './services.ts';

type OfferReference = FulfillmentOrder['offer'];
type ServiceReference = FulfillmentOrder['service'];
type ServiceOption = NonNullable<FulfillmentOrder['options']>[number];

const CURRENCY_RATE: Readonly<Record<Currency, number>> = { EUR: 1, GBP: 0.86, USD: 1.09 };
const CURRENCY_INDEX: Readonly<Record<Currency, number>> = { EUR: 0, GBP: 1, USD: 2 };
const OFFER_KINDS: readonly OfferKind[] = ['rental', 'lease', 'purchase', 'subscription', 'leasing'];
const OFFER_MONTHS: Readonly<Record<OfferKind, number>> = {
  rental: 36,
  lease: 36,
  purchase: 0,
  subscription: 12,
  leasing: 48,
};

export const money = (amount: number): number => Math.round(amount * 100) / 100;

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * A catalog reference is the same in every order that mentions it: build it once and share it,
 * frozen so no order can change it for the others. Keeps 50,000 orders light on memory.
 */
export function shared<A extends unknown[], V>(
  key: (...args: A) => string | number,
  build: (...args: A) => V,
): (...args: A) => V {
  const cache = new Map<string | number, V>();
  return (...args) => {
    const k = key(...args);
    const hit = cache.get(k);
    if (hit !== undefined) return hit;
    const value = deepFreeze(build(...args));
    cache.set(k, value);
    return value;
  };
}

export const serviceReference = shared(
  (service: CatalogService) => service.id,
  (service): ServiceReference => ({
    id: service.id,
    name: service.name,
    category: service.category,
    supplierName: service.supplierName,
    externalId: `SVC-${service.id}`,
    type: service.type,
    self: { href: `/v1/services/${service.id}` },
  }),
);

export const offerReference = shared(
  (service: CatalogService, kind: OfferKind, currency: Currency) => `${service.id}/${kind}/${currency}`,
  (service, kind, currency): OfferReference => {
    const id = service.id * 100 + OFFER_KINDS.indexOf(kind) * 10 + CURRENCY_INDEX[currency];
    const monthly = service.monthlyEur * CURRENCY_RATE[currency];
    const months = OFFER_MONTHS[kind];
    const recurringFactor = kind === 'subscription' ? 1.1 : kind === 'lease' || kind === 'leasing' ? 0.92 : 1;
    return {
      id,
      type: kind,
      purchasePrice: kind === 'purchase' ? money(Math.round(monthly * 30) - 0.1) : 0,
      recurringPrice: kind === 'purchase' ? 0 : money(monthly * recurringFactor),
      currency,
      subscriptionPeriod: months,
      name: months === 0 ? 'One-time purchase' : `${kind[0]?.toUpperCase()}${kind.slice(1)} ${months} months`,
      isDefault: kind === 'rental',
      self: { href: `/v1/offers/${id}` },
    };
  },
);

export function pickOptions(prng: Prng, service: CatalogService, currency: Currency): ServiceOption[] {
  const available = OPTIONS.filter((o) => service.optionGroups.includes(o.group));
  const chosen = available.filter(() => prng.chance(0.35));
  return chosen.map((option) => {
    const version = prng.pick(option.versions);
    const offerId = 60_000_000 + version.id * 10 + CURRENCY_INDEX[currency];
    return {
      offer: {
        id: offerId,
        purchasePrice: money(version.purchaseEur * CURRENCY_RATE[currency]),
        recurringPrice: money(version.monthlyEur * CURRENCY_RATE[currency]),
        self: { href: `/v1/offers/${offerId}` },
      },
      option: { id: option.id, name: option.name, self: { href: `/v1/options/${option.id}` } },
      version: {
        id: version.id,
        name: version.name,
        self: { href: `/v1/options/${option.id}/versions/${version.id}` },
      },
    };
  });
}

const productReference = shared(
  (item: CatalogProduct) => item.id,
  (item) => {
    const reference: ProductReference = {
      id: item.id,
      name: item.name,
      partNumber: item.partNumber,
      self: { href: `/v1/products/${item.id}` },
    };
    if (item.ean !== null) reference.externalId = item.ean;
    return reference;
  },
);

/** Most lines are single items; cables and small accessories come in handfuls. */
const CABLE_QUANTITIES = [
  [1, 4],
  [2, 3],
  [3, 1],
  [5, 1],
  [10, 1],
] as const;
const ITEM_QUANTITIES = [
  [1, 12],
  [2, 3],
  [3, 1],
  [4, 1],
] as const;

function extraQuantity(prng: Prng, item: CatalogProduct): number {
  return prng.weighted(item.kind === 'cable' ? CABLE_QUANTITIES : ITEM_QUANTITIES);
}

const MAX_LINES = 12;
const RETURNABLE = new Set(['laptop', 'tablet', 'phone', 'dock', 'monitor', 'headset']);

/** What the packer picks: the service's core items, extras for shipments, the device for returns. */
export function billOfMaterials(
  prng: Prng,
  service: CatalogService,
  transactionType: TransactionType,
): BomItem[] | null {
  const counts = new Map<ProductKey, number>();
  for (const key of service.core) counts.set(key, (counts.get(key) ?? 0) + 1);
  const core = [...counts].map(([key, quantity]) => [product(key), quantity] as const);
  const devices = core.filter(([item]) => RETURNABLE.has(item.kind));
  const received = (devices.length > 0 ? devices : core.slice(0, 1)).map(([item]) => ({
    quantity: 1,
    product: productReference(item),
  }));
  if (transactionType === 'return') return received;
  if (transactionType === 'cancellation') {
    return prng.weighted<() => BomItem[] | null>([
      [() => null, 5],
      [() => [], 3],
      [() => received, 2],
    ])();
  }
  // A team order ships several of the main device at once.
  const teamSize = prng.chance(0.08) ? prng.int(2, 4) : 1;
  const lines: BomItem[] = core.map(([item, quantity], index) => ({
    quantity: index === 0 ? quantity * teamSize : quantity,
    product: productReference(item),
  }));
  const extras = [...service.extras];
  const wanted = Math.min(
    extras.length,
    MAX_LINES - lines.length,
    prng.weighted([
      [0, 4],
      [1, 3],
      [2, 3],
      [4, 2],
      [8, 1],
      [12, 1],
    ]),
  );
  for (let i = 0; i < wanted; i++) {
    const index = prng.int(i, extras.length - 1);
    const key = extras[index];
    const swapped = extras[i];
    if (key === undefined || swapped === undefined) break;
    extras[index] = swapped;
    extras[i] = key;
    const item = product(key);
    lines.push({ quantity: extraQuantity(prng, item), product: productReference(item) });
  }
  return lines;
}

export const customerReference = shared(
  (customer: Customer) => customer.id,
  (customer): FulfillmentOrder['customer'] => ({
    id: customer.id,
    name: customer.name,
    customerNumber: customer.customerNumber,
    self: { href: `/v1/sales/customers/${customer.id}` },
  }),
);

export function employeeReference(employee: Employee): FulfillmentOrder['orderedBy'] {
  return {
    id: employee.id,
    firstName: employee.firstName,
    lastName: employee.lastName,
    email: employee.email,
    phoneBusiness: employee.phoneBusiness,
    phoneMobile: employee.phoneMobile,
    self: { href: `/v1/employees/${employee.id}` },
  };
}
