// The simulator's sales routes: every fulfillment order links to a sales order and a customer it
// serves, in the sales spec's shapes, with the same key check, faults and ErrorResponse as the rest.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { seedData } from '../../../electron/main/simulator/seed/dataset.ts';
import { generateOrders } from '../../../electron/main/simulator/seed/generate-orders.ts';
import { HOSTILE_NOTE } from '../../../electron/main/simulator/seed/sales-orders.ts';
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { LANGUAGES, type WireCustomer, type WireSalesOrder } from '../../../shared/api/equipme-sales.ts';
import { SALES_SPEC, specViolations } from '../../fixtures/spec-checker.ts';
import { type SimClient, simClient } from './sim-client.ts';

let sim: Simulator;
let client: SimClient;

beforeAll(async () => {
  sim = await startSimulator({ seed: 1, orders: 500, apiKey: 'sales-key' });
  client = simClient(sim);
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.reset();
});

const orders = () => sim.orderIds().map((id) => sim.order(id) as FulfillmentOrder);
const path = (href: string) => href.replace(sim.url, '');
function bySalesOrder(lines: readonly FulfillmentOrder[]): Map<number, FulfillmentOrder[]> {
  const groups = new Map<number, FulfillmentOrder[]>();
  for (const line of lines) groups.set(line.order.id, [...(groups.get(line.order.id) ?? []), line]);
  return groups;
}

async function salesOrderOf(order: FulfillmentOrder): Promise<WireSalesOrder> {
  const answer = await client.get(path(order.order.self.href));
  expect(answer.status).toBe(200);
  return answer.json as WireSalesOrder;
}

describe('sales orders', () => {
  it('every fulfillment order links to a served sales order of its customer that counts its lines', async () => {
    const bySales = bySalesOrder(orders());
    for (const [id, lines] of bySales) {
      const first = lines[0] as FulfillmentOrder;
      expect(path(first.order.self.href)).toBe(`/v1/sales/orders/${id}`);
      const sales = await salesOrderOf(first);
      expect(specViolations('SalesOrder', sales, SALES_SPEC)).toEqual([]);
      expect(sales).toMatchObject({ id, orderNumber: first.order.orderNumber, created: first.order.created });
      expect(sales.customer.id).toBe(first.customer.id);
      expect(sales.self.href).toBe(`${sim.url}/v1/sales/orders/${id}`);
      expect(sales.items.total).toBe(lines.length);
      expect(sales.customerOrderNumber).toBe(first.order.customerOrderNumber);
      expect(sales.orderedBy.id).toBe(first.orderedBy.id);
    }
    const sizes = new Set([...bySales.values()].map((l) => l.length));
    expect(sizes).toEqual(new Set([1, 2, 3, 4]));
  });

  it('some sales orders split their lines across two delivery addresses', () => {
    const bySales = bySalesOrder(orders());
    const split = [...bySales.values()].filter(
      (lines) => new Set(lines.flatMap((o) => o.deliveryAddress?.id ?? [])).size > 1,
    );
    expect(split.length).toBeGreaterThan(3);
    expect(split.every((lines) => new Set(lines.map((o) => o.customer.id)).size === 1)).toBe(true);
  });

  it('the note is HTML as the customer wrote it: sometimes null, once hostile', async () => {
    const notes = [];
    for (const id of new Set(orders().map((o) => o.order.id))) {
      notes.push(((await client.get(`/v1/sales/orders/${id}`)).json as WireSalesOrder).note);
    }
    expect(notes).toContain(null);
    expect(notes).toContain(HOSTILE_NOTE);
    expect(HOSTILE_NOTE).toMatch(/<script>.*<img [^>]*onerror=/s);
    expect(HOSTILE_NOTE).toContain('\u0007');
    expect(notes.some((n) => n && n !== HOSTILE_NOTE && /<\w+>/.test(n))).toBe(true);
  });

  it('its status follows its fulfillment orders as they move', async () => {
    const lone = orders().find(
      (o) => o.status === 'new' && orders().filter((x) => x.order.id === o.order.id).length === 1,
    ) as FulfillmentOrder;
    expect((await salesOrderOf(lone)).status).toBe('new');
    const moved = await client.transition(lone.id, { action: 'cancel' });
    expect(moved.status).toBe(204);
    expect((await salesOrderOf(lone)).status).toBe('cancelled');
  });

  it('answers 404 for an unknown id, 400 for a non-integer one, 403 for another provider', async () => {
    const missing = await client.get('/v1/sales/orders/123');
    expect(missing.status).toBe(404);
    expect(specViolations('ErrorResponse', missing.json, SALES_SPEC)).toEqual([]);
    expect((await client.get('/v1/sales/orders/abc')).status).toBe(400);
    const foreign = sim.order(sim.foreignOrderIds()[0] ?? 0) as FulfillmentOrder;
    const refused = await client.get(path(foreign.order.self.href));
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({ errorCode: 'Forbidden' });
  });
});

describe('customers', () => {
  it("every order's customer is served at its self link, in the spec's shape", async () => {
    const served = new Map<number, WireCustomer>();
    for (const order of orders()) {
      expect(path(order.customer.self.href)).toBe(`/v1/sales/customers/${order.customer.id}`);
      if (served.has(order.customer.id)) continue;
      const answer = await client.get(path(order.customer.self.href));
      expect(answer.status).toBe(200);
      const customer = answer.json as WireCustomer;
      expect(specViolations('Customer', customer, SALES_SPEC)).toEqual([]);
      expect(customer).toMatchObject({ id: order.customer.id, name: order.customer.name });
      expect(customer.self.href).toBe(order.customer.self.href);
      served.set(customer.id, customer);
    }
    const all = [...served.values()];
    expect(new Set(all.map((c) => c.language))).toEqual(new Set(LANGUAGES));
    expect(all.some((c) => c.active === false)).toBe(true);
    expect(all.some((c) => c.contactPhone === null)).toBe(true);
    expect(all.every((c) => c.contactName)).toBe(true);
  });

  it('metadata: packing instructions for some customers, none for others', async () => {
    const keys = new Map<number, string[]>();
    for (const id of new Set(orders().map((o) => o.customer.id))) {
      const answer = await client.get(`/v1/sales/customers/${id}/metadata`);
      expect(answer.status).toBe(200);
      const items = answer.json as { key: string; self: { href: string } }[];
      for (const item of items) {
        expect(specViolations('MetadataItem', item, SALES_SPEC)).toEqual([]);
        expect(item.self.href).toBe(`${sim.url}/v1/sales/customers/${id}/metadata/${item.key}`);
      }
      keys.set(
        id,
        items.map((i) => i.key),
      );
    }
    const flat = [...keys.values()];
    expect(flat.some((k) => k.includes('packing.instructions'))).toBe(true);
    expect(flat.some((k) => k.includes('station.note'))).toBe(true);
    expect(flat.some((k) => k.length === 0)).toBe(true);
  });

  it('404 unknown, 400 beyond int32, 403 for another provider, on the customer and its metadata', async () => {
    for (const tail of ['', '/metadata']) {
      expect((await client.get(`/v1/sales/customers/4242${tail}`)).status).toBe(404);
      expect((await client.get(`/v1/sales/customers/2147483648${tail}`)).status).toBe(400);
      const foreign = sim.order(sim.foreignOrderIds()[0] ?? 0) as FulfillmentOrder;
      expect((await client.get(`${path(foreign.customer.self.href)}${tail}`)).status).toBe(403);
    }
  });
});

describe('the same door as the fulfillment routes', () => {
  it('a wrong key is 401 and the fault knobs apply', async () => {
    const route = '/v1/sales/customers/1201';
    expect((await client.get(route, { 'x-api-key': 'wrong' })).status).toBe(401);
    sim.setFaults({ error5xx: 1 });
    expect((await client.get(route)).status).toBeGreaterThanOrEqual(500);
    sim.setFaults({ error5xx: 0, rate429: 1 });
    const limited = await client.get('/v1/sales/orders/880001');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    sim.setFaults({ rate429: 0, unauthorized: true });
    expect((await client.get(`${route}/metadata`)).status).toBe(401);
  });

  it('the lists page with offset, limit and next (the 403 probe asks for one)', async () => {
    for (const list of ['/v1/sales/orders', '/v1/sales/customers']) {
      const page = (await client.get(`${list}?limit=1`)).json as {
        items: unknown[];
        total: number;
        next?: { href: string };
      };
      expect(page.items).toHaveLength(1);
      expect(page.next?.href).toBe(`${sim.url}${list}?offset=1&limit=1`);
      expect((await client.get(`${list}?limit=1001`)).status).toBe(400);
    }
  });
});

describe('the sales data draws from dice of its own', () => {
  it('only the few orders it joins or splits change, and only where they belong to their sales order', () => {
    for (const seed of [1, 7]) {
      const generated = generateOrders(seed, 503);
      const data = seedData(seed, 500);
      const changed = new Set<string>();
      let count = 0;
      for (const [i, order] of data.orders.entries()) {
        if (data.foreignIds.has(order.id)) continue;
        const before = generated[i] as FulfillmentOrder;
        // Every customer link moved to /v1/sales/customers: compare who the customer is, not the link.
        const who = (o: FulfillmentOrder) => ({ ...o, customer: { ...o.customer, self: null } });
        const fields = Object.keys({ ...before, ...order }).filter(
          (key) =>
            JSON.stringify(who(before)[key as keyof FulfillmentOrder]) !==
            JSON.stringify(who(order)[key as keyof FulfillmentOrder]),
        );
        if (fields.length > 0) count++;
        for (const field of fields) changed.add(field);
      }
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(40);
      for (const field of changed) {
        expect(['order', 'customer', 'orderedBy', 'deliveryAddress', 'billingAddress']).toContain(field);
      }
    }
  });
});
