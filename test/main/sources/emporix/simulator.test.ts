// The Emporix simulator on its own, over HTTP: the tenant path and saas-token check, pageNumber,
// pageSize and sort as the document describes them (bad values are 400s), short last pages, and the
// seeded shop: deterministic, and holding the awkward orders the station must meet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type EmporixSimulator,
  startEmporixSimulator,
} from '../../../../electron/main/simulator/emporix/index.ts';
import {
  type EmporixOrderJson,
  generateEmporixOrders,
  UNREADABLE_COUNTRY,
} from '../../../../electron/main/simulator/emporix/seed.ts';
import { emporixSalesOrderSchema } from '../../../../electron/main/sources/emporix/schema.ts';

let sim: EmporixSimulator;

beforeAll(async () => {
  sim = await startEmporixSimulator({ orders: 60 });
});
afterAll(() => sim.close());

async function list(query: string, token: string | null = sim.token, tenant = sim.tenant) {
  const headers: Record<string, string> = token === null ? {} : { 'saas-token': token };
  const response = await fetch(`${sim.url}/order-v2/${tenant}/salesorders${query}`, { headers });
  return { status: response.status, body: (await response.json()) as unknown };
}

const ids = (body: unknown) => (body as EmporixOrderJson[]).map((order) => order.id);

describe('the list as documented', () => {
  it('pages from 1: full pages, a short last page, then empty arrays', async () => {
    const all = sim.orders().map((order) => order.id);
    expect(ids((await list('?pageNumber=1&pageSize=16')).body)).toEqual(all.slice(0, 16));
    expect(ids((await list('?pageNumber=4&pageSize=16')).body)).toEqual(all.slice(48, 60));
    expect((await list('?pageNumber=5&pageSize=16')).body).toEqual([]);
    expect(ids((await list('')).body)).toEqual(all.slice(0, 16));
  });

  it.each([
    '?pageNumber=0',
    '?pageNumber=-1',
    '?pageNumber=1.5',
    '?pageSize=abc',
    '?pageSize=100000',
    '?sort=created:sideways',
    '?sort=created;drop',
    '?sort=,',
  ])('answers %s with a 400', async (query) => {
    expect((await list(query)).status).toBe(400);
  });

  it('sorts by field, field:desc, comma lists and dotted paths', async () => {
    const orders = sim.orders();
    const byCreatedDesc = [...orders]
      .sort((a, b) => (a.created < b.created ? 1 : -1))
      .map((order) => order.id);
    expect(ids((await list('?pageSize=100&sort=created:desc')).body)).toEqual(byCreatedDesc);
    const statusThenId = [...orders]
      .sort((a, b) => (a.status === b.status ? (a.id < b.id ? 1 : -1) : a.status < b.status ? -1 : 1))
      .map((order) => order.id);
    expect(ids((await list('?pageSize=100&sort=status,id:desc')).body)).toEqual(statusThenId);
    const cities = (await list('?pageSize=100&sort=shippingAddress.city:asc')).body as EmporixOrderJson[];
    const names = cities.map((order) => (order.shippingAddress as { city: string }).city);
    expect(names).toEqual([...names].sort());
  });

  it('sorts a localized attribute by fieldName.language', async () => {
    const [template] = sim.orders();
    if (!template) throw new Error('no orders');
    const titled = (id: string, en: string, de: string) => ({ ...template, id, title: { en, de } });
    sim.addOrder(titled('t-1', 'Apple', 'Zitrone'));
    sim.addOrder(titled('t-2', 'Zebra', 'Apfel'));
    try {
      const german = ids((await list('?pageSize=100&sort=title.de')).body).filter((id) =>
        id.startsWith('t-'),
      );
      const english = ids((await list('?pageSize=100&sort=title.en:asc')).body).filter((id) =>
        id.startsWith('t-'),
      );
      expect(german).toEqual(['t-2', 't-1']);
      expect(english).toEqual(['t-1', 't-2']);
    } finally {
      sim.removeOrder('t-1');
      sim.removeOrder('t-2');
    }
  });

  it('wants the saas-token, and the tenant the token is for', async () => {
    expect((await list('', null)).status).toBe(401);
    expect((await list('', 'wrong')).status).toBe(401);
    expect((await list('', sim.token, 'othershop')).status).toBe(403);
  });

  it('applies the fault knobs to the API routes', async () => {
    sim.setFaults({ unauthorized: true });
    expect((await list('')).status).toBe(401);
    sim.setFaults({ unauthorized: false, rate429: 1 });
    expect((await list('')).status).toBe(429);
    sim.setFaults({ rate429: 0, error5xx: 1 });
    expect([500, 502, 503]).toContain((await list('')).status);
    sim.setFaults({ error5xx: 0, offline: true });
    await expect(list('')).rejects.toThrow();
    sim.setFaults({ offline: false });
    expect((await list('')).status).toBe(200);
  });
});

describe('the seeded shop', () => {
  it('is the same shop for the same seed, and another for another seed', () => {
    expect(generateEmporixOrders(7, 30)).toEqual(generateEmporixOrders(7, 30));
    expect(generateEmporixOrders(8, 30)).not.toEqual(generateEmporixOrders(7, 30));
  });

  it('holds every order the station must handle, each valid by the source schema', () => {
    const orders = sim.orders();
    for (const order of orders) expect(emporixSalesOrderSchema.safeParse(order).success).toBe(true);
    const addresses = orders.map((order) => order.shippingAddress as Record<string, string>);
    const countries = new Set(addresses.map((address) => address.country ?? ''));
    expect(addresses.some((address) => /[^\x20-\x7e]/.test(address.contactName ?? ''))).toBe(true);
    expect(addresses.some((address) => (address.extraLine1 ?? '').length > 150)).toBe(true);
    expect(countries).toContain(UNREADABLE_COUNTRY);
    expect([...countries].some((country) => /^[A-Z]{2}$/.test(country))).toBe(true);
    expect(
      [...countries].some((country) => ['Germany', 'Netherlands', 'France', 'Belgium'].includes(country)),
    ).toBe(true);
    expect(
      [...countries].some((country) => ['Deutschland', 'Niederlande', 'Frankreich'].includes(country)),
    ).toBe(true);
    const entries = orders.map((order) => order.entries as { variant?: unknown }[]);
    expect(entries.some((list) => list.length > 1)).toBe(true);
    expect(entries.some((list) => list.some((entry) => entry.variant))).toBe(true);
    expect(entries.some((list) => list.some((entry) => !entry.variant))).toBe(true);
    expect(orders.some((order) => Array.isArray(order.shipments))).toBe(true);
    const statuses = new Set(orders.map((order) => order.status));
    for (const status of ['CREATED', 'COMPLETED', 'ON_HOLD']) expect(statuses).toContain(status);
  });
});
