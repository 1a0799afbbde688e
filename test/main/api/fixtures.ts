// Spec-valid payloads for tests; each test breaks exactly the field it is about.
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';

const link = (path: string) => ({ href: `https://api.example.test${path}` });

export function validOrder(id: number): FulfillmentOrder {
  return {
    id,
    transactionType: 'order',
    status: 'new',
    fulfillmentType: 'in-house',
    isPreorder: false,
    partnerNote: null,
    offer: {
      id: 7,
      type: 'rental',
      purchasePrice: 0,
      recurringPrice: 19.9,
      currency: 'EUR',
      subscriptionPeriod: 24,
      self: link('/offers/7'),
    },
    service: { id: 3, name: 'Laptop Pro', type: 'service', self: link('/services/3') },
    order: {
      id: 5000 + id,
      orderNumber: `SO-${id}`,
      created: '2025-03-01T10:00:00Z',
      self: link('/orders/1'),
    },
    customer: { id: 11, name: 'Acme GmbH', self: link('/customers/11') },
    orderedBy: { id: 21, firstName: 'Ada', lastName: 'Lovelace', self: link('/employees/21') },
    deliveryAddress: {
      id: 31,
      street: 'Main St',
      number: '1',
      city: 'Berlin',
      countryCode: 'DE',
      self: link('/a/31'),
    },
    bomItems: [
      { quantity: 1, product: { id: 41, name: 'Laptop', partNumber: 'LP-1', self: link('/products/41') } },
      { quantity: 2, product: { id: 42, name: 'Charger', partNumber: 'CH-2', self: link('/products/42') } },
      { quantity: 1, product: { id: 43, name: 'Bag', partNumber: 'BG-3', self: link('/products/43') } },
    ],
    externalId: null,
    self: link(`/v1/fulfillment/orders/${id}`),
  };
}

/** A deep copy as plain JSON, for tests that break a field. */
export function rawOrder(id: number): Record<string, unknown> & { bomItems: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(validOrder(id)));
}

export function orderList(
  items: unknown[],
  extra: { total?: number; next?: string; previous?: string; self?: string } = {},
): Record<string, unknown> {
  const { total = items.length, next, previous, self = '/v1/fulfillment/orders' } = extra;
  return {
    items,
    total,
    self: { href: self },
    ...(next === undefined ? {} : { next: { href: next } }),
    ...(previous === undefined ? {} : { previous: { href: previous } }),
  };
}

/** The product of a raw order's bom line, for tests that break it. */
export function bomProduct(raw: ReturnType<typeof rawOrder>, line: number): Record<string, unknown> {
  const product = raw.bomItems[line]?.product;
  if (typeof product !== 'object' || product === null) throw new Error(`fixture has no bom line ${line}`);
  return product as Record<string, unknown>;
}
