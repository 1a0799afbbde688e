import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { SERVICE_CATEGORIES } from '../../../electron/main/simulator/seed/services.ts';
import type { FulfillmentOrder, FulfillmentOrderList } from '../../../shared/api/equipme.ts';
import { specViolations } from '../../fixtures/spec-checker.ts';
import { type SimClient, simClient } from './sim-client.ts';

let sim: Simulator;
let client: SimClient;
/** Ground truth: every listable order, read through the programmatic interface. */
let all: FulfillmentOrder[];

beforeAll(async () => {
  sim = await startSimulator({ seed: 11, orders: 500 });
  client = simClient(sim);
  all = sim.orderIds().map((id) => sim.order(id) as FulfillmentOrder);
});
afterAll(() => sim.close());

async function list(query: string): Promise<FulfillmentOrderList> {
  const response = await client.get(`/v1/fulfillment/orders?${query}`);
  expect(response.status, response.text).toBe(200);
  return response.json as FulfillmentOrderList;
}

/** Follows `next` links from the first page and returns all items. */
async function everything(query: string): Promise<FulfillmentOrder[]> {
  const items: FulfillmentOrder[] = [];
  let href: string | undefined = `${sim.url}/v1/fulfillment/orders?${query}`;
  while (href) {
    const page = (await client.get(href.slice(sim.url.length))).json as FulfillmentOrderList;
    items.push(...page.items);
    href = page.next?.href;
  }
  return items;
}

const ids = (orders: readonly FulfillmentOrder[]) => orders.map((o) => o.id).sort((a, b) => a - b);
const byDateDesc = (a: FulfillmentOrder, b: FulfillmentOrder) =>
  Date.parse(b.order.created) - Date.parse(a.order.created) || b.id - a.id;

describe('GET /v1/fulfillment/orders', () => {
  it('returns the first 100 orders newest first, with absolute links and the total', async () => {
    const response = await client.get('/v1/fulfillment/orders');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const page = response.json as FulfillmentOrderList;
    expect(specViolations('FulfillmentOrderList', page)).toEqual([]);
    expect(page.total).toBe(500);
    expect(page.items.map((o) => o.id)).toEqual(
      [...all]
        .sort(byDateDesc)
        .slice(0, 100)
        .map((o) => o.id),
    );
    expect(page.self.href).toBe(`${sim.url}/v1/fulfillment/orders?offset=0&limit=100`);
    expect(page.next?.href).toBe(`${sim.url}/v1/fulfillment/orders?offset=100&limit=100`);
    expect(page.previous).toBeUndefined();
    expect(page.items[0]?.self.href).toBe(`${sim.url}/v1/fulfillment/orders/${page.items[0]?.id}`);
    expect(page.items[0]?.customer.self.href.startsWith(`${sim.url}/v1/sales/customers/`)).toBe(true);
  });

  it('never lists foreign orders', async () => {
    const listed = await everything('limit=1000');
    expect(listed).toHaveLength(500);
    for (const id of sim.foreignOrderIds()) expect(listed.map((o) => o.id)).not.toContain(id);
    expect(listed.some((o) => o.customer.name === 'Konkurrenz Leasing GmbH')).toBe(false);
  });

  it('pages through everything exactly once with next, and links back with previous', async () => {
    const walked = await everything('limit=73');
    expect(walked).toHaveLength(500);
    expect(new Set(walked.map((o) => o.id)).size).toBe(500);
    const second = await list('limit=73&offset=73');
    expect(second.previous?.href).toBe(`${sim.url}/v1/fulfillment/orders?limit=73&offset=0`);
    expect(second.next?.href).toBe(`${sim.url}/v1/fulfillment/orders?limit=73&offset=146`);
    const last = await list('limit=73&offset=438');
    expect(last.items).toHaveLength(62);
    expect(last.next).toBeUndefined();
    const exact = await list('limit=100&offset=400');
    expect(exact.next).toBeUndefined();
    const beyond = await list('offset=900');
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(500);
    expect(beyond.previous?.href).toContain('offset=800');
  });

  it('keeps every filter in next and previous', async () => {
    const page = await list(
      'status=new&status=inprocess&customers=1201,1203&sortBy=customer&limit=5&offset=5',
    );
    for (const link of [page.next?.href, page.previous?.href, page.self.href]) {
      const params = new URL(link ?? '').searchParams;
      expect(params.getAll('status')).toEqual(['new', 'inprocess']);
      expect(params.get('customers')).toBe('1201,1203');
      expect(params.get('sortBy')).toBe('customer');
      expect(params.get('limit')).toBe('5');
    }
  });

  it('accepts the limit bounds 1 and 1000', async () => {
    expect((await list('limit=1')).items).toHaveLength(1);
    expect((await list('limit=1000')).items).toHaveLength(500);
  });
});

describe('filters', () => {
  const cases: [string, (o: FulfillmentOrder) => boolean][] = [
    ['customers=1201', (o) => o.customer.id === 1201],
    ['customers=1201&customers=1204', (o) => [1201, 1204].includes(o.customer.id)],
    ['customers=1201,1204', (o) => [1201, 1204].includes(o.customer.id)],
    ['services=2101,2401', (o) => [2101, 2401].includes(o.service.id)],
    ['status=ready-for-delivery', (o) => o.status === 'ready-for-delivery'],
    [
      'status=new&status=delivery-returned-outbound',
      (o) => ['new', 'delivery-returned-outbound'].includes(o.status),
    ],
    ['transactionTypes=return,cancellation', (o) => ['return', 'cancellation'].includes(o.transactionType)],
    ['serviceCategories=11', (o) => o.service.category === 'Laptops'],
    [
      'serviceCategories=14&serviceCategories=17',
      (o) => ['Mobile', 'Tablets'].includes(o.service.category ?? ''),
    ],
    ['serviceCategories=999', () => false],
    ['customers=424242', () => false],
    [
      'status=new,inprocess&transactionTypes=order&customers=1201,1203,1206&serviceCategories=11',
      (o) =>
        ['new', 'inprocess'].includes(o.status) &&
        o.transactionType === 'order' &&
        [1201, 1203, 1206].includes(o.customer.id) &&
        o.service.category === 'Laptops',
    ],
  ];

  it.each(cases)('%s', async (query, predicate) => {
    const expected = all.filter(predicate);
    const listed = await everything(`${query}&limit=50`);
    expect(ids(listed)).toEqual(ids(expected));
    const first = await list(`${query}&limit=50`);
    expect(first.total).toBe(expected.length);
  });

  it('finds the laptops category by the id the catalog gives it', () => {
    expect(SERVICE_CATEGORIES.find((c) => c.id === 11)?.name).toBe('Laptops');
  });

  it('matches the sales order by order number or by its numeric id', async () => {
    const multiLine = all.find((o) => all.filter((x) => x.order.id === o.order.id).length > 1);
    const sales = multiLine?.order ?? all[0]?.order;
    const expected = ids(all.filter((o) => o.order.id === sales?.id));
    expect(ids((await list(`order=${sales?.orderNumber}`)).items)).toEqual(expected);
    expect(ids((await list(`order=${sales?.id}`)).items)).toEqual(expected);
    expect((await list('order=SO-2026-099999')).total).toBe(0);
    expect(
      (await list(`order=${sales?.orderNumber.slice(0, -1)}`)).items.map((o) => o.order.id),
    ).not.toContain(sales?.id);
  });

  it('matches external ids exactly', async () => {
    const withIds = all.filter((o) => o.externalId).slice(0, 3);
    expect(withIds).toHaveLength(3);
    const query = withIds.map((o) => `externalIds=${o.externalId}`).join('&');
    expect(ids((await list(query)).items)).toEqual(ids(withIds));
    expect((await list('externalIds=ERP-NOPE')).total).toBe(0);
  });

  it('filters by creation date, strictly after and before', async () => {
    const sorted = [...all].sort(byDateDesc).reverse();
    const low = sorted[100]?.order.created ?? '';
    const high = sorted[300]?.order.created ?? '';
    const expected = all.filter((o) => o.order.created > low && o.order.created < high);
    const listed = await everything(`after=${low}&before=${high}&limit=1000`);
    expect(ids(listed)).toEqual(ids(expected));
    expect(listed.length).toBeGreaterThan(150);
    const afterOnly = await list(`after=${encodeURIComponent(high.replace('Z', '+00:00'))}&limit=1`);
    expect(afterOnly.total).toBe(all.filter((o) => o.order.created > high).length);
    expect((await list('after=2026-11-20')).total).toBe(0);
    expect((await list('before=2026-09-01T00:00:00Z')).total).toBe(0);
  });
});

describe('sorting', () => {
  it('sorts by date ascending and descending, ties by id', async () => {
    const asc = await everything('sortBy=date&sortOrder=asc&limit=1000');
    const expectedAsc = [...all].sort(byDateDesc).reverse();
    expect(asc.map((o) => o.id)).toEqual(expectedAsc.map((o) => o.id));
    const desc = await everything('sortOrder=desc&limit=1000');
    expect(desc.map((o) => o.id)).toEqual(expectedAsc.map((o) => o.id).reverse());
  });

  it('sorts by customer name then order id, both ways', async () => {
    const asc = await everything('sortBy=customer&sortOrder=asc&limit=1000');
    const names = asc.map((o) => o.customer.name);
    const distinct = [...new Set(names)];
    expect(distinct).toEqual([...distinct].sort((a, b) => a.localeCompare(b, 'en')));
    expect(distinct[0]).toBe('Brightwater Analytics Ltd');
    for (let i = 1; i < asc.length; i++) {
      const [prev, cur] = [asc[i - 1], asc[i]];
      if (prev?.customer.name === cur?.customer.name) expect(cur?.id).toBeGreaterThan(prev?.id ?? 0);
    }
    const desc = await everything('sortBy=customer&sortOrder=desc&limit=1000');
    expect(desc.map((o) => o.id)).toEqual(asc.map((o) => o.id).reverse());
    // The default sort order is descending.
    expect((await list('sortBy=customer&limit=1')).items[0]?.id).toBe(desc[0]?.id);
  });
});

describe('invalid query parameters', () => {
  const cases: [string, string][] = [
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    ['limit=ten', 'limit'],
    ['limit=1.5', 'limit'],
    ['offset=-1', 'offset'],
    ['limit=10&limit=20', 'limit'],
    ['status=shipped', 'status'],
    ['status=new,', 'status'],
    ['transactionTypes=refund', 'transactionTypes'],
    ['customers=abc', 'customers'],
    ['services=12x', 'services'],
    ['serviceCategories=1.5', 'serviceCategories'],
    ['sortBy=price', 'sortBy'],
    ['sortOrder=up', 'sortOrder'],
    ['after=yesterday', 'after'],
    ['before=2026-02-30T00:00:00Z', 'before'],
    ['after=2026-10-01T25:00:00Z', 'after'],
    ['statuses=new', 'statuses'],
  ];

  it.each(cases)('%s → 400 naming %s', async (query, name) => {
    const response = await client.get(`/v1/fulfillment/orders?${query}`);
    expect(response.status).toBe(400);
    expect(specViolations('ErrorResponse', response.json)).toEqual([]);
    expect(response.json).toMatchObject({ errorCode: 'InvalidQueryParameter' });
    expect((response.json as { errorDescription: string }).errorDescription).toContain(`'${name}'`);
  });
});
