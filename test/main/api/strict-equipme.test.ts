// The strict Equipme server itself, over plain fetch: what it serves is valid by the spec, it answers
// only the statuses the spec lists per route, and it takes the lifecycle notes literally.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specStatuses, specViolations } from '../../fixtures/spec-checker.ts';
import { type StrictEquipme, seededOrders, startStrictEquipme } from '../../fixtures/strict-equipme/index.ts';
import { rawClient } from '../../fixtures/strict-equipme/raw-client.ts';

type Raw = Record<string, unknown>;
type List = {
  items: Raw[];
  total: number;
  self: { href: string };
  next?: { href: string };
  previous?: { href: string };
};

let server: StrictEquipme;
let api: ReturnType<typeof rawClient>;

beforeAll(async () => {
  server = await startStrictEquipme({ seed: 7, orders: 3000 });
  api = rawClient(server);
});
afterAll(() => server.close());

const ORDERS = '/v1/fulfillment/orders';
const created = (o: Raw) => Date.parse((o.order as { created: string }).created);

async function listAll(query: string): Promise<Raw[]> {
  const items: Raw[] = [];
  for (let path: string | undefined = `${ORDERS}?${query}`; path; ) {
    const answer = await api.get(path);
    expect(answer.status).toBe(200);
    const page = answer.json as List;
    items.push(...page.items);
    path = page.next && new URL(page.next.href).pathname + new URL(page.next.href).search;
  }
  return items;
}

const used = new Set<number>();
/** A matching order no earlier test has taken (tests share one server and change its orders). */
function find(test: (o: Raw) => boolean): number {
  const id = server.orderIds().find((i) => !used.has(i) && test(server.order(i) as Raw));
  if (id === undefined) throw new Error('the seed has no such order');
  used.add(id);
  return id;
}

describe('what it serves', () => {
  it('serves 3000 orders, each valid by the spec, in list envelopes valid by the spec', async () => {
    const items: Raw[] = [];
    for (let offset = 0; offset < 3000; offset += 1000) {
      const answer = await api.get(`${ORDERS}?limit=1000&offset=${offset}&sortOrder=asc`);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect(specViolations('FulfillmentOrderList', answer.json)).toEqual([]);
      items.push(...(answer.json as List).items);
    }
    expect(new Set(items.map((o) => o.id)).size).toBe(3000);
    for (const id of [100_001, 101_500, 103_000]) {
      const one = await api.get(`${ORDERS}/${id}`);
      expect(one.status).toBe(200);
      expect(specViolations('FulfillmentOrder', one.json)).toEqual([]);
    }
  });

  it('the seed covers every transaction type, preorders, multi-order sales orders, absent and null fields', () => {
    const orders = seededOrders({ seed: 7, count: 3000, baseUrl: 'http://x.test' }) as unknown as Raw[];
    expect(seededOrders({ seed: 7, count: 50, baseUrl: 'http://x.test' })).toEqual(orders.slice(0, 50));
    expect(new Set(orders.map((o) => o.transactionType))).toEqual(
      new Set(['order', 'return', 'change', 'swap', 'cancellation']),
    );
    expect(new Set(orders.map((o) => o.status)).size).toBe(9);
    expect(orders.some((o) => o.isPreorder === true)).toBe(true);
    const perSalesOrder = new Map<unknown, number>();
    for (const o of orders)
      perSalesOrder.set((o.order as Raw).id, (perSalesOrder.get((o.order as Raw).id) ?? 0) + 1);
    expect([...perSalesOrder.values()].filter((n) => n > 1).length).toBeGreaterThan(10);
    for (const optional of [
      'fulfillmentType',
      'isPreorder',
      'deliveryAddress',
      'bomItems',
      'externalId',
      'options',
    ]) {
      expect(
        orders.some((o) => !(optional in o)),
        optional,
      ).toBe(true);
    }
    for (const nullable of ['partnerNote', 'externalId', 'bomItems', 'options', 'preferredProvisionDate']) {
      expect(
        orders.some((o) => o[nullable] === null),
        nullable,
      ).toBe(true);
    }
    expect(orders.some((o) => /[+-]\d\d:\d\d$/.test((o.order as { created: string }).created))).toBe(true);
  });
});

describe('the key', () => {
  it('401 without X-API-KEY or with a wrong one, as an ErrorResponse; the log says whether a key came', async () => {
    for (const key of [null, 'wrong']) {
      const answer = await api.get(`${ORDERS}/100001`, { key });
      expect(answer.status).toBe(401);
      expect(specViolations('ErrorResponse', answer.json)).toEqual([]);
      expect(answer.json).toMatchObject({ errorCode: 'Unauthorized' });
    }
    expect(
      server
        .requests()
        .slice(-2)
        .map((r) => r.apiKeySent),
    ).toEqual([false, true]);
  });
});

describe('the listing', () => {
  it.each([
    'limit=0',
    'limit=1001',
    'limit=ten',
    'offset=-1',
    'limit=5&limit=6',
    'sortBy=price',
    'sortOrder=up',
    'status=shipped',
    'status=new,inprocess',
    'transactionTypes=refund',
    'customers=acme',
    'after=2025-01-01',
    'after=2025-01-01T00:00:00',
    'before=2025-02-30T00:00:00Z',
    'colour=red',
  ])('400 ErrorResponse for %s', async (query) => {
    const answer = await api.get(`${ORDERS}?${query}`);
    expect(answer.status).toBe(400);
    expect(specViolations('ErrorResponse', answer.json)).toEqual([]);
    expect(answer.json).toMatchObject({
      errorCode: 'InvalidQueryParameter',
      data: { parameter: query.split('=')[0] },
    });
  });

  it('pages with total, self, next and previous; default limit 100, newest first', async () => {
    const first = (await api.get(ORDERS)).json as List;
    expect(first.items).toHaveLength(100);
    expect(first.total).toBe(3000);
    expect(first.previous).toBeUndefined();
    expect(first.self.href).toBe(`${server.url}${ORDERS}`);
    const next = new URL(first.next?.href ?? '');
    expect(next.searchParams.get('offset')).toBe('100');
    const second = (await api.get(next.pathname + next.search)).json as List;
    expect(new URL(second.previous?.href ?? '').searchParams.get('offset')).toBe('0');
    const times = [...first.items, ...second.items].map(created);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const last = (await api.get(`${ORDERS}?offset=2990&limit=10`)).json as List;
    expect(last.items).toHaveLength(10);
    expect(last.next).toBeUndefined();
  });

  it('filters by status, type, customer, order number, external id and category', async () => {
    const all = await listAll('limit=1000');
    const check = async (query: string, test: (o: Raw) => boolean) => {
      const got = await listAll(`limit=1000&${query}`);
      expect(got.map((o) => o.id).sort(), query).toEqual(
        all
          .filter(test)
          .map((o) => o.id)
          .sort(),
      );
      expect(got.length, query).toBeGreaterThan(0);
    };
    await check('status=new&status=cancelled', (o) => o.status === 'new' || o.status === 'cancelled');
    await check('transactionTypes=swap', (o) => o.transactionType === 'swap');
    await check('customers=501', (o) => (o.customer as Raw).id === 501);
    await check('services=42', (o) => (o.service as Raw).id === 42);
    await check('order=SO-700010', (o) => (o.order as Raw).orderNumber === 'SO-700010');
    const externalIds = all
      .map((o) => o.externalId)
      .filter((e) => typeof e === 'string')
      .slice(3, 5) as string[];
    await check(externalIds.map((e) => `externalIds=${e}`).join('&'), (o) =>
      externalIds.includes(o.externalId as string),
    );
    await check('serviceCategories=12', (o) => (o.service as Raw).category === 'Phones');
  });

  it('after and before compare the instant of order.created strictly, whatever its zone', async () => {
    const sibling = find((o) => /[+-]\d\d:\d\d$/.test((o.order as { created: string }).created));
    const at = new Date(created(server.order(sibling) as Raw)).toISOString();
    const after = await listAll(`limit=1000&sortOrder=asc&after=${encodeURIComponent(at)}`);
    expect(after.every((o) => created(o) > Date.parse(at))).toBe(true);
    expect(after.some((o) => o.id === sibling)).toBe(false);
    const before = await listAll(`limit=1000&before=${encodeURIComponent(at)}`);
    expect(before.every((o) => created(o) < Date.parse(at))).toBe(true);
    expect(after.length + before.length).toBeLessThan(3000);
  });

  it('sorts by customer name or by date, both directions, ties in id order', async () => {
    const byCustomer = await listAll('limit=1000&sortBy=customer&sortOrder=asc');
    const names = byCustomer.map((o) => (o.customer as Raw).name as string);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const byDate = await listAll('limit=1000&sortBy=date&sortOrder=asc');
    const times = byDate.map(created);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('calls the hook as each listing request arrives, before the page is computed', async () => {
    const seen: number[] = [];
    server.onListPage(({ offset, request }) => {
      seen.push(offset);
      if (offset === 10)
        server.setStatus(
          find((o) => o.status === 'new'),
          'processed',
        );
      expect(request).toBeGreaterThan(0);
    });
    const before = ((await api.get(`${ORDERS}?status=new&limit=10`)).json as List).total;
    const after = ((await api.get(`${ORDERS}?status=new&limit=10&offset=10`)).json as List).total;
    server.onListPage(null);
    expect(seen).toEqual([0, 10]);
    expect(after).toBe(before - 1);
  });
});

describe('one order and the write routes', () => {
  it('GET of an unknown or removed order is 403 (the spec lists no 404 for it); a bad id is 400', async () => {
    const gone = find((o) => o.status === 'new');
    server.remove(gone);
    for (const id of [gone, 999_999]) {
      const answer = await api.get(`${ORDERS}/${id}`);
      expect(answer.status).toBe(403);
      expect(answer.json).toMatchObject({
        errorDescription: expect.stringContaining('does not exist anymore'),
      });
    }
    expect((await api.get(`${ORDERS}/abc`)).status).toBe(400);
    expect((await api.get(`${ORDERS}/99999999999999999999`)).status).toBe(400);
    expect((await listAll('limit=1000')).some((o) => o.id === gone)).toBe(false);
    expect((await api.transition(gone, { action: 'cancel' })).status).toBe(403);
    expect((await api.transition(999_999, { action: 'cancel' })).status).toBe(404);
    expect((await api.call('PUT', `${ORDERS}/999999`, { body: { externalId: 'x' } })).status).toBe(404);
    expect((await api.call('PATCH', `${ORDERS}/${gone}`, { body: [] })).status).toBe(403);
  });

  it('forbidOrder: 403 on writes only, the order stays readable and unchanged', async () => {
    const id = find((o) => o.status === 'new');
    server.forbidOrder(id);
    expect((await api.transition(id, { action: 'process' })).status).toBe(403);
    expect((await api.call('PUT', `${ORDERS}/${id}`, { body: { externalId: 'x' } })).status).toBe(403);
    expect((await api.call('PATCH', `${ORDERS}/${id}`, { body: [] })).status).toBe(403);
    const read = await api.get(`${ORDERS}/${id}`);
    expect(read.status).toBe(200);
    expect((read.json as Raw).status).toBe('new');
  });

  it.each<[unknown, string]>([
    [{}, 'no action'],
    [{ action: 'ship' }, 'an action outside the enum'],
    [{ action: 'process', note: 'x' }, 'an extra field'],
    [{ action: 'process', activationDate: '2026-01-01T00:00:00Z' }, 'activationDate without complete'],
    [{ action: 'complete', activationDate: 'tomorrow' }, 'a date that is not a date-time'],
    [[{ action: 'process' }], 'an array'],
  ])('400 for a transition with %j (%s)', async (body) => {
    const id = find((o) => o.status === 'new');
    const answer = await api.transition(id, body);
    expect(answer.status).toBe(400);
    expect(specViolations('ErrorResponse', answer.json)).toEqual([]);
    expect(server.order(id)?.status).toBe('new');
  });

  it('400 for a body that is not JSON or not sent as application/json', async () => {
    const id = find((o) => o.status === 'new');
    const path = `${ORDERS}/${id}/transitions`;
    expect(
      (await api.call('POST', path, { text: '{"action":', headers: { 'content-type': 'application/json' } }))
        .status,
    ).toBe(400);
    expect(
      (
        await api.call('POST', path, {
          text: '{"action":"process"}',
          headers: { 'content-type': 'text/plain' },
        })
      ).status,
    ).toBe(400);
    expect((await api.call('POST', path)).status).toBe(400);
  });

  it('PUT sets externalId, ignores null, clears with an empty string, refuses more than 100 characters', async () => {
    const id = find((o) => typeof o.externalId === 'string');
    const put = (body: unknown) => api.call('PUT', `${ORDERS}/${id}`, { body });
    expect((await put({ externalId: 'WMS-1' })).status).toBe(204);
    expect(server.order(id)?.externalId).toBe('WMS-1');
    expect((await put({ externalId: null })).status).toBe(204);
    expect(server.order(id)?.externalId).toBe('WMS-1');
    expect((await put({ externalId: 'x'.repeat(101) })).status).toBe(400);
    expect((await put({ externalId: 'A', status: 'processed' })).status).toBe(400);
    expect((await put({ externalId: '' })).status).toBe(204);
    expect(server.order(id)?.externalId).toBeNull();
  });

  it('PATCH applies /externalId operations all or nothing', async () => {
    const id = find((o) => o.status === 'inprocess');
    const patch = (body: unknown) => api.call('PATCH', `${ORDERS}/${id}`, { body });
    expect((await patch([{ op: 'replace', path: '/externalId', value: 'WMS-2' }])).status).toBe(204);
    expect(server.order(id)?.externalId).toBe('WMS-2');
    const failing = [
      { op: 'replace', path: '/externalId', value: 'WMS-3' },
      { op: 'test', path: '/externalId', value: 'WMS-2' },
      { op: 'replace', path: '/status', value: 'processed' },
    ];
    expect((await patch(failing)).status).toBe(400);
    expect((await patch([{ op: 'test', path: '/externalId', value: 'other' }])).status).toBe(400);
    expect((await patch({ op: 'replace' })).status).toBe(400);
    expect(server.order(id)?.externalId).toBe('WMS-2');
    expect((await patch([{ op: 'remove', path: '/externalId' }])).status).toBe(204);
    expect(server.order(id)?.externalId).toBeNull();
  });
});

describe('the lifecycle notes, literally', () => {
  async function expectMove(id: number, action: string, status: number, to?: string) {
    const answer = await api.transition(id, { action });
    expect(answer.status, `${action} on ${id}`).toBe(status);
    if (to) expect(server.order(id)?.status).toBe(to);
  }

  it('an order goes new → inprocess → ready → in delivery → delivered → processed; each step logged once', async () => {
    const id = find((o) => o.status === 'new' && o.transactionType === 'order' && o.isPreorder !== true);
    await expectMove(id, 'confirmDelivery', 409, 'new');
    await expectMove(id, 'process', 204, 'inprocess');
    await expectMove(id, 'process', 204, 'ready-for-delivery');
    await expectMove(id, 'dispatchDelivery', 204, 'in-delivery-outbound');
    await expectMove(id, 'process', 409, 'in-delivery-outbound');
    await expectMove(id, 'confirmDelivery', 204, 'delivered-outbound');
    await expectMove(id, 'complete', 204, 'processed');
    await expectMove(id, 'cancel', 409, 'processed');
    await expectMove(id, 'complete', 409, 'processed');
    expect(
      server
        .transitions()
        .filter((t) => t.id === id)
        .map((t) => `${t.from}>${t.to}`),
    ).toEqual([
      'new>inprocess',
      'inprocess>ready-for-delivery',
      'ready-for-delivery>in-delivery-outbound',
      'in-delivery-outbound>delivered-outbound',
      'delivered-outbound>processed',
    ]);
  });

  it('a preorder is not dispatched until the customer requests the delivery', async () => {
    const id = find((o) => o.isPreorder === true && o.status === 'ready-for-delivery');
    await expectMove(id, 'dispatchDelivery', 409, 'ready-for-delivery');
    server.setStatus(id, 'delivery-requested-outbound');
    await expectMove(id, 'dispatchDelivery', 204, 'in-delivery-outbound');
  });

  it('a rejected delivery comes back, is processed again, and can be cancelled before it leaves', async () => {
    const id = find((o) => o.status === 'in-delivery-outbound');
    await expectMove(id, 'rejectDelivery', 204, 'delivery-returned-outbound');
    await expectMove(id, 'processReturnedItem', 204, 'inprocess');
    await expectMove(id, 'cancel', 204, 'cancelled');
  });

  it("cancel is accepted in every status before processed: the notes' two passages part on delivery", async () => {
    for (const status of ['in-delivery-outbound', 'delivered-outbound', 'delivery-returned-outbound']) {
      await expectMove(
        find((o) => o.status === status),
        'cancel',
        204,
        'cancelled',
      );
    }
    await expectMove(
      find((o) => o.status === 'cancelled'),
      'cancel',
      409,
      'cancelled',
    );
  });

  it('a return order checks its item in from inprocess, then is decommissioned; not before', async () => {
    const id = find((o) => o.transactionType === 'return' && o.status === 'inprocess');
    await expectMove(id, 'completeReturnDecommission', 409, 'inprocess');
    await expectMove(id, 'processReturnedItem', 204, 'inprocess');
    await expectMove(id, 'completeReturnDecommission', 204, 'processed');
    const other = find((o) => o.transactionType === 'order' && o.status === 'inprocess');
    await expectMove(other, 'processReturnedItem', 409, 'inprocess');
    await expectMove(other, 'completeReturnDecommission', 409, 'inprocess');
    await expectMove(other, 'complete', 204, 'processed');
  });

  it('a status a test invented is refused with 409, not a crash', async () => {
    const id = find((o) => o.status === 'new');
    server.setStatus(id, 'on-hold');
    await expectMove(id, 'process', 409, 'on-hold');
  });
});

describe('knobs', () => {
  it('respondRaw answers exactly what it is given, before the key check, as often as asked', async () => {
    server.respondRaw(
      { method: 'GET', path: /^\/v1\/fulfillment\/orders$/, times: 1 },
      {
        status: 302,
        headers: { location: 'http://portal.example/login' },
      },
    );
    const redirected = await api.get(ORDERS, { key: null });
    expect(redirected.status).toBe(302);
    expect(redirected.headers.get('location')).toBe('http://portal.example/login');
    expect((await api.get(ORDERS, { key: null })).status).toBe(401);
  });

  it('mutate puts raw JSON into an order as is', async () => {
    const id = find((o) => o.status === 'new');
    server.mutate(id, (o) => {
      o.status = 'awaiting-stock';
      o.surprise = { nested: ['<b>bold</b>', '\u0007'] };
    });
    const answer = await api.get(`${ORDERS}/${id}`);
    expect(answer.json).toMatchObject({
      status: 'awaiting-stock',
      surprise: { nested: ['<b>bold</b>', '\u0007'] },
    });
    expect(specViolations('FulfillmentOrder', answer.json)).toEqual([
      'FulfillmentOrder.status: "awaiting-stock" not in enum',
      'FulfillmentOrder.surprise: not in schema',
    ]);
  });

  it('answers only statuses the spec lists for each route', () => {
    const routes: [RegExp, string, string][] = [
      [/^\/v1\/fulfillment\/orders$/, 'GET', '/v1/fulfillment/orders'],
      [/^\/v1\/fulfillment\/orders\/[^/]+$/, 'GET', '/v1/fulfillment/orders/{orderId}'],
      [/^\/v1\/fulfillment\/orders\/[^/]+$/, 'PUT', '/v1/fulfillment/orders/{orderId}'],
      [/^\/v1\/fulfillment\/orders\/[^/]+$/, 'PATCH', '/v1/fulfillment/orders/{orderId}'],
      [
        /^\/v1\/fulfillment\/orders\/[^/]+\/transitions$/,
        'POST',
        '/v1/fulfillment/orders/{orderId}/transitions',
      ],
    ];
    // respondRaw's answers are the test's own words, not the server's.
    const own = server.requests().filter((r) => r.status !== 302);
    for (const [pattern, method, specPath] of routes) {
      const answered = new Set(
        own.filter((r) => r.method === method && pattern.test(r.path)).map((r) => r.status),
      );
      expect(answered.size, `${method} ${specPath}`).toBeGreaterThan(1);
      expect([...answered].filter((s) => !specStatuses(specPath, method.toLowerCase()).includes(s))).toEqual(
        [],
      );
    }
  });
});
