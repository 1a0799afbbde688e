// The client against the real simulator: every filter checked against the simulator's own data,
// sorting, offset/limit, and paging through more than 2,500 orders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEquipmeClient, type EquipmeClient } from '../../../electron/main/api/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { SERVICE_CATEGORIES } from '../../../electron/main/simulator/seed/services.ts';
import type { FulfillmentOrder, OrderListQuery } from '../../../shared/api/equipme.ts';

let sim: Simulator;
let api: EquipmeClient;
/** Every order as listed with default sorting (date desc). */
let all: FulfillmentOrder[];

async function listAll(query: OrderListQuery): Promise<FulfillmentOrder[]> {
  const orders: FulfillmentOrder[] = [];
  for await (const page of api.iterateOrders({ limit: 1000, ...query })) {
    if (!page.ok) throw new Error(page.error.message);
    expect(page.value.rejected).toEqual([]);
    orders.push(...page.value.orders);
  }
  return orders;
}

async function idsFor(query: OrderListQuery): Promise<number[]> {
  return (await listAll(query)).map((o) => o.id).sort((a, b) => a - b);
}

function idsWhere(keep: (order: FulfillmentOrder) => boolean): number[] {
  return all
    .filter(keep)
    .map((o) => o.id)
    .sort((a, b) => a - b);
}

/** Two distinct values of a field, so a filter must combine them. */
function twoOf<T>(pick: (order: FulfillmentOrder) => T): [T, T] {
  const values = [...new Set(all.map(pick))];
  expect(values.length).toBeGreaterThanOrEqual(2);
  return [values[0] as T, values[1] as T];
}

beforeAll(async () => {
  sim = await startSimulator({ seed: 7, orders: 2600 });
  api = createEquipmeClient({ baseUrl: sim.url, apiKey: sim.apiKey });
  all = await listAll({});
});
afterAll(() => sim.close());

describe('paging', () => {
  it('lists every order exactly once, as the simulator holds it', () => {
    const ids = all.map((o) => o.id);
    expect(ids.length).toBe(sim.orderIds().length);
    expect(ids.length).toBeGreaterThan(2500);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => a - b)).toEqual([...sim.orderIds()].sort((a, b) => a - b));
    for (const order of all) expect(order).toEqual(sim.order(order.id));
  });

  it('follows next links page by page until count reaches total', async () => {
    let pages = 0;
    const ids: number[] = [];
    for await (const page of api.iterateOrders({ limit: 100 })) {
      if (!page.ok) throw new Error(page.error.message);
      pages++;
      expect(page.value.total).toBe(all.length);
      expect(page.value.previous !== undefined).toBe(pages > 1);
      ids.push(...page.value.orders.map((o) => o.id));
    }
    expect(pages).toBe(Math.ceil(all.length / 100));
    expect(ids).toEqual(all.map((o) => o.id));
  });

  it('serves offset and limit as a slice of the full listing', async () => {
    const page = await api.listOrders({ offset: 10, limit: 5 });
    if (!page.ok) throw new Error(page.error.message);
    expect(page.value.orders.map((o) => o.id)).toEqual(all.slice(10, 15).map((o) => o.id));
    expect(page.value.total).toBe(all.length);
  });
});

describe('filters match the simulator data', () => {
  it('customers', async () => {
    const pair = twoOf((o) => o.customer.id);
    expect(await idsFor({ customers: pair })).toEqual(idsWhere((o) => pair.includes(o.customer.id)));
  });

  it('services', async () => {
    const pair = twoOf((o) => o.service.id);
    expect(await idsFor({ services: pair })).toEqual(idsWhere((o) => pair.includes(o.service.id)));
  });

  it('status', async () => {
    const expected = idsWhere((o) => o.status === 'new' || o.status === 'inprocess');
    expect(expected.length).toBeGreaterThan(0);
    expect(await idsFor({ status: ['new', 'inprocess'] })).toEqual(expected);
  });

  it('transactionTypes', async () => {
    const expected = idsWhere((o) => o.transactionType === 'return' || o.transactionType === 'swap');
    expect(expected.length).toBeGreaterThan(0);
    expect(await idsFor({ transactionTypes: ['return', 'swap'] })).toEqual(expected);
  });

  it('order (sales order number)', async () => {
    const number = all[42]?.order.orderNumber ?? '';
    expect(await idsFor({ order: number })).toEqual(idsWhere((o) => o.order.orderNumber === number));
  });

  it('externalIds, after setting them through PATCH and PUT', async () => {
    const [a, b] = [all[3]?.id ?? 0, all[4]?.id ?? 0];
    expect(await api.patchOrder(a, [{ op: 'replace', path: '/externalId', value: 'ERP-A' }])).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await api.updateOrder(b, { externalId: 'ERP-B' })).toEqual({ ok: true, value: undefined });
    expect(sim.order(a)?.externalId).toBe('ERP-A');
    expect(sim.order(b)?.externalId).toBe('ERP-B');
    expect(await idsFor({ externalIds: ['ERP-A', 'ERP-B'] })).toEqual([a, b].sort((x, y) => x - y));
    sim.reset();
  });

  it('serviceCategories', async () => {
    const picked = SERVICE_CATEGORIES.slice(0, 2);
    const names = picked.map((c) => c.name);
    const expected = idsWhere((o) => names.includes(o.service.category ?? ''));
    expect(expected.length).toBeGreaterThan(0);
    expect(await idsFor({ serviceCategories: picked.map((c) => c.id) })).toEqual(expected);
  });

  it('after and before (exclusive)', async () => {
    const times = all.map((o) => Date.parse(o.order.created)).sort((a, b) => a - b);
    const [from, to] = [times[500] ?? 0, times[900] ?? 0];
    const expected = idsWhere((o) => {
      const t = Date.parse(o.order.created);
      return t > from && t < to;
    });
    expect(expected.length).toBeGreaterThan(300);
    const query = { after: new Date(from).toISOString(), before: new Date(to).toISOString() };
    expect(await idsFor(query)).toEqual(expected);
  });

  it('sortBy date ascending', async () => {
    const orders = await listAll({ sortBy: 'date', sortOrder: 'asc' });
    const times = orders.map((o) => Date.parse(o.order.created));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(orders.length).toBe(all.length);
  });

  it('sortBy customer descending', async () => {
    const names = (await listAll({ sortBy: 'customer', sortOrder: 'desc' })).map((o) => o.customer.name);
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    expect(names).toEqual([...names].sort((a, b) => collator.compare(b, a)));
    expect(new Set(names).size).toBeGreaterThan(1);
  });
});
