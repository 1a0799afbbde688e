import { describe, expect, it } from 'vitest';
import { generateOrders } from '../../../electron/main/simulator/index.ts';
import { seedData } from '../../../electron/main/simulator/seed/dataset.ts';
import { SEED_EPOCH } from '../../../electron/main/simulator/seed/generate-orders.ts';
import { FULFILLMENT_ACTIONS } from '../../../shared/api/equipme.ts';
import { allowedActions, traitsOf } from '../../../shared/domain/lifecycle.ts';
import { specMaxLength, specViolations } from '../../fixtures/spec-checker.ts';

const POSTAL_CODE: Record<string, RegExp> = {
  NL: /^[1-9]\d{3} [A-Z]{2}$/,
  DE: /^\d{5}$/,
  BE: /^[1-9]\d{3}$/,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/,
  FR: /^\d{5}$/,
  US: /^\d{5}(-\d{4})?$/,
};

describe('generateOrders', () => {
  it('is deterministic: same seed and count give byte-identical orders', () => {
    const a = JSON.stringify(generateOrders(7, 300));
    const b = JSON.stringify(generateOrders(7, 300));
    expect(a).toBe(b);
    expect(JSON.stringify(generateOrders(8, 300))).not.toBe(a);
  });

  // Its speed is measured by `npm run bench`, not asserted here.
  it('generates 50,000 orders with unique ascending ids', () => {
    const orders = generateOrders(1, 50_000);
    expect(orders).toHaveLength(50_000);
    expect(orders[0]?.id).toBe(100_001);
    expect(new Set(orders.map((o) => o.id)).size).toBe(50_000);
    expect(orders.every((o, i) => i === 0 || o.id > (orders[i - 1]?.id ?? 0))).toBe(true);
  });

  it('produces orders that satisfy the spec schema', () => {
    const orders = generateOrders(3, 4000);
    const violations = orders.flatMap((o) => specViolations('FulfillmentOrder', o));
    expect(violations.slice(0, 10)).toEqual([]);
    // The checker itself must be able to fail.
    const broken = {
      ...orders[0],
      status: 'shipped',
      extra: 1,
      order: { ...orders[0]?.order, created: 'yesterday' },
    };
    expect(specViolations('FulfillmentOrder', broken)).toEqual(
      expect.arrayContaining([
        'FulfillmentOrder.status: "shipped" not in enum',
        'FulfillmentOrder.extra: not in schema',
        'FulfillmentOrder.order.created: not a date-time',
      ]),
    );
  });

  it('creates orders in the 60 days before the fixed epoch, in id order', () => {
    const orders = generateOrders(1, 2000);
    const created = orders.map((o) => Date.parse(o.order.created));
    expect(Math.min(...created)).toBeGreaterThanOrEqual(SEED_EPOCH - 60 * 86_400_000);
    expect(Math.max(...created)).toBeLessThan(SEED_EPOCH);
    expect(created.every((t, i) => i === 0 || t >= (created[i - 1] ?? 0))).toBe(true);
    expect(orders[0]?.order.orderNumber).toMatch(/^SO-2026-0\d{5}$/);
  });

  it('keeps statuses consistent with the lifecycle', () => {
    const orders = generateOrders(2, 10_000);
    for (const order of orders) {
      const ships = ['order', 'change', 'swap'].includes(order.transactionType);
      if (order.isPreorder) expect(ships).toBe(true);
      if (order.status === 'delivery-requested-outbound') expect(order.isPreorder).toBe(true);
      if (!ships) {
        expect(['new', 'inprocess', 'processed', 'cancelled']).toContain(order.status);
      }
      // Every open order has somewhere to go.
      if (order.status !== 'processed' && order.status !== 'cancelled') {
        expect(allowedActions(order.status, traitsOf(order)).length).toBeGreaterThan(0);
      }
    }
    const share = (pred: (o: (typeof orders)[number]) => boolean) =>
      orders.filter(pred).length / orders.length;
    expect(share((o) => o.transactionType === 'order')).toBeGreaterThan(0.5);
    expect(share((o) => o.isPreorder === true)).toBeGreaterThan(0.04);
    expect(share((o) => o.isPreorder === true)).toBeLessThan(0.12);
    expect(share((o) => o.fulfillmentType === 'dropshipping')).toBeGreaterThan(0.05);
    expect(share((o) => o.status === 'processed' || o.status === 'cancelled')).toBeLessThan(0.25);
    expect(new Set(orders.map((o) => o.transactionType)).size).toBe(5);
    expect(new Set(orders.map((o) => o.status)).size).toBe(9);
    expect(FULFILLMENT_ACTIONS.length).toBe(8);
  });

  it('has realistic parties, products and bills of materials', () => {
    const orders = generateOrders(1, 5000);
    const customers = new Set(orders.map((o) => o.customer.name));
    expect(customers.size).toBeGreaterThanOrEqual(6);
    expect(customers.size).toBeLessThanOrEqual(10);
    expect(customers).toContain('Müller & Söhne GmbH');
    const locations = new Set(orders.flatMap((o) => o.assignments?.location?.name ?? []));
    expect(locations).toEqual(
      new Set(['Amsterdam DC', 'Köln Hub', 'Antwerpen Cross-Dock', 'Milton Keynes Fulfilment Centre']),
    );
    for (const order of orders) {
      const lines = order.bomItems ?? [];
      if (order.transactionType !== 'cancellation') {
        expect(lines.length).toBeGreaterThanOrEqual(1);
        expect(lines.length).toBeLessThanOrEqual(12);
      }
      for (const line of lines) {
        expect(line.quantity).toBeGreaterThanOrEqual(1);
        if (line.product?.externalId != null) expect(line.product.externalId).toMatch(/^\d{13}$/);
      }
    }
    const names = orders.flatMap((o) => o.bomItems ?? []).map((l) => l.product?.name ?? '');
    expect(names.some((n) => n.startsWith('Lenovo ThinkPad T14 Gen 5'))).toBe(true);
    expect(names.some((n) => n.startsWith('Apple MacBook Air 13'))).toBe(true);
    expect(orders.some((o) => (o.bomItems ?? []).length === 12)).toBe(true);
    const cancellations = orders.filter((o) => o.transactionType === 'cancellation');
    expect(cancellations.some((o) => o.bomItems === null || o.bomItems?.length === 0)).toBe(true);
    const externalIds = orders.filter((o) => o.externalId).length / orders.length;
    expect(externalIds).toBeGreaterThan(0.4);
    expect(externalIds).toBeLessThan(0.6);
    expect(orders.some((o) => /<b>|<br>|<p>/.test(o.partnerNote ?? ''))).toBe(true);
  });

  it('writes addresses in each country format, awkward ones included', () => {
    const orders = generateOrders(4, 8000);
    const addresses = orders.flatMap((o) => o.deliveryAddress ?? []);
    const countries = new Set(addresses.map((a) => a.countryCode));
    expect(countries).toEqual(new Set(['NL', 'DE', 'BE', 'GB', 'FR', 'US']));
    for (const address of addresses) {
      const format = POSTAL_CODE[address.countryCode ?? ''];
      expect(address.postalCode, `${address.countryCode} ${address.postalCode}`).toMatch(format ?? /^$/);
      if (address.countryCode === 'US') expect(address.regionCode).toMatch(/^US-[A-Z]{2}$/);
    }
    expect(addresses.some((a) => /^(Postbus|PO Box|Postfach|BP) /.test(a.line1 ?? ''))).toBe(true);
    expect(addresses.some((a) => a.street && a.number === null)).toBe(true);
    expect(addresses.some((a) => a.phoneNumber === null)).toBe(true);
    expect(addresses.some((a) => a.dependentLocality && a.countryCode === 'GB')).toBe(true);
    expect(addresses.some((a) => a.regionName)).toBe(true);
    expect(addresses.some((a) => /[üéøßł]/.test(`${a.line1} ${a.street} ${a.city} ${a.addition}`))).toBe(
      true,
    );
    expect(Math.max(...addresses.map((a) => a.line1?.length ?? 0))).toBe(specMaxLength('Address', 'line1'));
    expect(Math.max(...addresses.map((a) => a.addition?.length ?? 0))).toBeGreaterThan(1000);
  });
});

describe('seedData', () => {
  it('hands exactly three orders to a foreign customer, spread through the ids', () => {
    const data = seedData(1, 500);
    expect(data.orders).toHaveLength(503);
    const foreign = data.orders.filter((o) => data.foreignIds.has(o.id));
    expect(foreign).toHaveLength(3);
    expect(new Set(foreign.map((o) => o.customer.name))).toEqual(new Set(['Konkurrenz Leasing GmbH']));
    expect(data.orders.filter((o) => o.customer.name === 'Konkurrenz Leasing GmbH')).toHaveLength(3);
    expect(Math.max(...foreign.map((o) => o.id)) - Math.min(...foreign.map((o) => o.id))).toBeGreaterThan(
      200,
    );
  });
});
