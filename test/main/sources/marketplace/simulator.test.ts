// The marketplace simulator on its own: the document's filters, sorts and paging headers, its 400s,
// its seeded orders, and its fault knobs (shared ones and token expiry).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarketplaceFaults } from '../../../../electron/main/simulator/marketplace/faults.ts';
import {
  type MarketplaceSimulator,
  startMarketplaceSimulator,
} from '../../../../electron/main/simulator/marketplace/index.ts';
import {
  type MarketplaceWireOrder,
  seedOrders,
} from '../../../../electron/main/simulator/marketplace/seed.ts';
import { marketplaceOrderSchema } from '../../../../electron/main/sources/marketplace/schemas.ts';

let sim: MarketplaceSimulator;
let token: string;

beforeAll(async () => {
  sim = await startMarketplaceSimulator({ seed: 3, orders: 80 });
  token = await logIn();
});
afterAll(() => sim.close());

async function logIn(): Promise<string> {
  const response = await fetch(`${sim.url}/api/v1/authenticate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: sim.username, password: sim.password }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { auth_token: string }).auth_token;
}

async function list(params: Record<string, string>, bearer = token) {
  const response = await fetch(`${sim.url}/api/v1/orders?${new URLSearchParams(params)}`, {
    headers: { authorization: `Bearer ${bearer}` },
  });
  const body = (await response.json()) as MarketplaceWireOrder[];
  return { status: response.status, headers: response.headers, body };
}

const all = (): MarketplaceWireOrder[] => sim.orders();
const ids = (orders: readonly MarketplaceWireOrder[]) => orders.map((order) => order.id);
const at = (order: MarketplaceWireOrder) =>
  order.submit_date ? Date.parse(order.submit_date) : Number.NEGATIVE_INFINITY;

describe('marketplace simulator', () => {
  it('seeds the same orders from the same seed, with the awkward ones a pull must meet', () => {
    expect(seedOrders(3, 80)).toEqual(seedOrders(3, 80));
    expect(seedOrders(4, 80)).not.toEqual(seedOrders(3, 80));
    const orders = seedOrders(3, 200);
    const statuses = new Set(orders.map((order) => order.status.id));
    expect([...statuses].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(orders.some((order) => order.status.id === 1 && !order.paid)).toBe(true);
    expect(orders.some((order) => order.line.length >= 3)).toBe(true);
    expect(orders.some((order) => /[^\x20-\x7e]/.test(order.shipping_address.name ?? ''))).toBe(true);
    expect(
      orders.some(
        (order) =>
          (order.shipping_address.address_line_2 ?? '').length > 300 ||
          (order.shipping_address.company ?? '').length > 80,
      ),
    ).toBe(true);
    expect(orders.some((order) => (order.shipping_address.country ?? '').length > 2)).toBe(true);
    expect(orders.filter((order) => order.status.id === 0).every((order) => order.submit_date === null)).toBe(
      true,
    );
    // Everything it serves is what the client reads: no seeded order is rejected.
    const problems = orders.flatMap((order) => marketplaceOrderSchema.safeParse(order).error?.issues ?? []);
    expect(problems).toEqual([]);
  });

  it('refuses the list without a token it issued', async () => {
    expect((await list({}, 'forged')).status).toBe(401);
    const response = await fetch(`${sim.url}/api/v1/orders`);
    expect(response.status).toBe(401);
    const wrong = await fetch(`${sim.url}/api/v1/authenticate`, {
      method: 'POST',
      body: JSON.stringify({ username: sim.username, password: 'nope' }),
    });
    expect(wrong.status).toBe(401);
    const malformed = await fetch(`${sim.url}/api/v1/authenticate`, { method: 'POST', body: '{"username":' });
    expect(malformed.status).toBe(400);
  });

  it('sorts by submit_date newest first when no sort is given', async () => {
    const { body } = await list({ per_page: '100' });
    const expected = [...all()].sort((a, b) => at(b) - at(a));
    expect(body.map(at)).toEqual(expected.map(at));
  });

  it.each([
    ['+submit_date', (a: MarketplaceWireOrder, b: MarketplaceWireOrder) => at(a) - at(b)],
    ['-submit_date', (a: MarketplaceWireOrder, b: MarketplaceWireOrder) => at(b) - at(a)],
    ['id', (a: MarketplaceWireOrder, b: MarketplaceWireOrder) => a.id - b.id],
    ['-id', (a: MarketplaceWireOrder, b: MarketplaceWireOrder) => b.id - a.id],
    ['+total_amount', (a: MarketplaceWireOrder, b: MarketplaceWireOrder) => a.total - b.total],
    [
      '-total_amount,+id',
      (a: MarketplaceWireOrder, b: MarketplaceWireOrder) => b.total - a.total || a.id - b.id,
    ],
  ])('sorts by %s', async (sort, compare) => {
    const { body } = await list({ sort, per_page: '100' });
    expect([...ids(body)].sort()).toEqual([...ids(all())].sort());
    const sorted = [...body].sort(compare);
    expect(body.map((order) => [order.total, at(order)])).toEqual(
      sorted.map((order) => [order.total, at(order)]),
    );
  });

  it('sorts ascending by +id both encoded and as a bare + (a space once decoded)', async () => {
    const encoded = await list({ sort: '+id', per_page: '100' });
    const response = await fetch(`${sim.url}/api/v1/orders?sort=+id&per_page=100`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(ids((await response.json()) as MarketplaceWireOrder[])).toEqual(ids(encoded.body));
    expect(ids(encoded.body)).toEqual(ids(all()).sort((a, b) => a - b));
  });

  const pivot = () => all()[30] as MarketplaceWireOrder;
  it.each([
    ['id:', (o: MarketplaceWireOrder, p: MarketplaceWireOrder) => o.id === p.id],
    ['id!:', (o: MarketplaceWireOrder, p: MarketplaceWireOrder) => o.id !== p.id],
    ['id>', (o: MarketplaceWireOrder, p: MarketplaceWireOrder) => o.id > p.id],
    ['id>=', (o: MarketplaceWireOrder, p: MarketplaceWireOrder) => o.id >= p.id],
    ['id<', (o: MarketplaceWireOrder, p: MarketplaceWireOrder) => o.id < p.id],
    ['id<=', (o: MarketplaceWireOrder, p: MarketplaceWireOrder) => o.id <= p.id],
  ])('filters q=%s<id>', async (prefix, keep) => {
    const p = pivot();
    const { body, headers } = await list({ q: `${prefix}${p.id}`, per_page: '100', sort: 'id' });
    expect(ids(body)).toEqual(ids(all().filter((order) => keep(order, p))));
    expect(headers.get('x-count')).toBe(String(body.length));
  });

  it('filters id with ^~ (like: the id starts with the value)', async () => {
    const { body } = await list({ q: 'id^~5002', per_page: '100', sort: 'id' });
    expect(ids(body)).toEqual(ids(all().filter((order) => String(order.id).startsWith('5002'))));
    expect(body.length).toBeGreaterThan(0);
  });

  it.each([':', '>', '>=', '<', '<='])('filters submit_date with %s', async (operator) => {
    const p = all().find((order, index) => index > 20 && order.submit_date !== null) as MarketplaceWireOrder;
    const pAt = at(p);
    const keep = {
      ':': (t: number) => t === pAt,
      '>': (t: number) => t > pAt,
      '>=': (t: number) => t >= pAt,
      '<': (t: number) => t < pAt,
      '<=': (t: number) => t <= pAt,
    }[operator] as (t: number) => boolean;
    const { body } = await list({ q: `submit_date${operator}${p.submit_date}`, per_page: '100', sort: 'id' });
    expect(ids(body)).toEqual(ids(all().filter((order) => order.submit_date !== null && keep(at(order)))));
  });

  it.each([
    ['status:1', (o: MarketplaceWireOrder) => o.status.id === 1],
    ['status!:1', (o: MarketplaceWireOrder) => o.status.id !== 1],
    ['status>2', (o: MarketplaceWireOrder) => o.status.id > 2],
    ['status>=2', (o: MarketplaceWireOrder) => o.status.id >= 2],
    ['status<1', (o: MarketplaceWireOrder) => o.status.id < 1],
    ['status<=1', (o: MarketplaceWireOrder) => o.status.id <= 1],
    ['paid:0', (o: MarketplaceWireOrder) => !o.paid],
    ['paid!:0', (o: MarketplaceWireOrder) => o.paid],
    ['status:1,paid:1', (o: MarketplaceWireOrder) => o.status.id === 1 && o.paid],
  ])('filters q=%s', async (q, keep) => {
    const { body } = await list({ q, per_page: '100', sort: 'id' });
    expect(ids(body)).toEqual(ids(all().filter(keep)));
  });

  it('pages with X-page, X-per-page, X-pages and X-count, and cuts per_page to its maximum', async () => {
    const second = await list({ sort: 'id', page: '2', per_page: '30' });
    expect(ids(second.body)).toEqual(ids(all()).slice(30, 60));
    expect(second.headers.get('x-page')).toBe('2');
    expect(second.headers.get('x-per-page')).toBe('30');
    expect(second.headers.get('x-pages')).toBe('3');
    expect(second.headers.get('x-count')).toBe('80');
    const beyond = await list({ page: '9', per_page: '30' });
    expect(beyond.body).toEqual([]);
    const huge = await list({ per_page: '5000' });
    expect(huge.headers.get('x-per-page')).toBe('100');
    const defaults = await list({});
    expect(defaults.headers.get('x-per-page')).toBe('25');
    expect(defaults.headers.get('x-page')).toBe('1');
  });

  it.each([
    ['an unknown field', { q: 'total:5' }],
    ['an operator the field does not take', { q: 'paid>0' }],
    ['like on a date', { q: 'submit_date^~2026' }],
    ['no value', { q: 'status:' }],
    ['a value of the wrong kind', { q: 'status:one' }],
    ['a date that is none', { q: 'submit_date>yesterday' }],
    ['an empty criterion', { q: 'status:1,,paid:1' }],
    ['an unknown sort field', { sort: 'status' }],
    ['a sort operator of its own', { sort: '*id' }],
    ['a page that is no number', { page: 'two' }],
    ['page 0', { page: '0' }],
    ['a per_page below one', { per_page: '-3' }],
  ])('answers 400 for %s', async (_what, params) => {
    const { status } = await list(params);
    expect(status).toBe(400);
  });

  it('parses the fault spec, token lifetime included, and refuses garbage', () => {
    expect(parseMarketplaceFaults('latency=10,tokenLifetime=3,rate429=0.5')).toEqual({
      ok: true,
      value: { latency: 10, rate429: 0.5, tokenLifetime: 3 },
    });
    expect(parseMarketplaceFaults('tokenLifetime=-1').ok).toBe(false);
    expect(parseMarketplaceFaults('tokenLifetime=1=2').ok).toBe(false);
    expect(parseMarketplaceFaults('bogus=1').ok).toBe(false);
  });

  it('expires tokens after tokenLifetime requests, and all at once on expireTokens', async () => {
    sim.setFaults({ tokenLifetime: 2 });
    const short = await logIn();
    expect((await list({}, short)).status).toBe(200);
    expect((await list({}, short)).status).toBe(200);
    expect((await list({}, short)).status).toBe(401);
    sim.setFaults({ tokenLifetime: 0 });
    const fresh = await logIn();
    expect((await list({}, fresh)).status).toBe(200);
    sim.expireTokens();
    expect((await list({}, fresh)).status).toBe(401);
    token = await logIn();
  });

  it('sets faults over /_sim/faults and answers 5xx, 429 and 401 as told', async () => {
    const set = await fetch(`${sim.url}/_sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ error5xx: 1 }),
    });
    expect(set.status).toBe(200);
    expect([500, 502, 503]).toContain((await list({})).status);
    const bad = await fetch(`${sim.url}/_sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ tokenLifetime: 'x' }),
    });
    expect(bad.status).toBe(400);
    sim.setFaults({ error5xx: 0, rate429: 1 });
    const throttled = await fetch(`${sim.url}/api/v1/orders`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('1');
    sim.setFaults({ rate429: 0, unauthorized: true });
    expect((await list({})).status).toBe(401);
    sim.setFaults({ unauthorized: false });
    expect((await list({})).status).toBe(200);
  });
});
