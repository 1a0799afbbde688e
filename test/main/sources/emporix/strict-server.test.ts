// The Emporix source against a strict server written from the document's words alone: the example
// answer, every status the document lists (OK) and the 401 of an expired token, fields missing, null
// and unknown, new statuses, and hostile answers, each as the value and message the station gets.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../../../electron/main/api/api-error.ts';
import { createEmporixSource } from '../../../../electron/main/sources/emporix/client.ts';
import type { OrderSource, SourcePage } from '../../../../electron/main/sources/order-source.ts';
import type { Result } from '../../../../shared/domain/result.ts';
import {
  bareOrder,
  documentExample,
  type StrictEmporix,
  startStrictEmporix,
} from './strict-emporix-server.ts';

let server: StrictEmporix;
let source: OrderSource;

function sourceFor(pageSize: number, extra: { timeoutMs?: number } = {}): OrderSource {
  const created = createEmporixSource({
    baseUrl: server.url,
    tenant: server.tenant,
    token: server.token,
    pageSize,
    maxRateLimitWaits: 0,
    ...extra,
  });
  if (!created.ok) throw new Error(created.error.join('; '));
  return created.value;
}

beforeAll(async () => {
  server = await startStrictEmporix();
  source = sourceFor(16);
});
afterAll(() => server.close());
beforeEach(() => {
  server.orders = documentExample();
  server.seen.length = 0;
  server.tokens.length = 0;
});

function page(result: Result<SourcePage, ApiError>): SourcePage {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function failure(result: Result<unknown, ApiError>): ApiError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value).slice(0, 200)}`);
  expect(JSON.stringify(result.error)).not.toContain(server.token);
  expect(result.error.message).toContain('Emporix');
  expect(result.error.message).not.toContain('Equipme');
  expect(result.error.message).not.toMatch(/:\s*$/);
  return result.error;
}

describe('the document example', () => {
  it('maps both orders of the example answer, field by field', async () => {
    const { orders, rejected, next, total } = page(await source.pullPage(null));
    expect(rejected).toEqual([]);
    expect(next).toBeNull();
    expect(total).toBeNull();
    const [completed, created] = orders;
    expect(completed).toMatchObject({
      key: { source: 'emporix', id: 'orderId123456' },
      orderNumber: 'orderId123456',
      createdAt: '2014-03-31T10:18:21.134Z',
      status: { code: 'COMPLETED', label: null },
      packable: false,
      customerName: 'Example Buyer',
      shippingMethod: { code: 'dhlstd', name: 'DHL Standard' },
      shipments: [{ carrier: 'UPS', trackingNumber: '123987456', shippedAt: '2016-06-25T16:22:52.966Z' }],
      warnings: [],
    });
    expect(completed?.pickLines).toEqual([
      {
        sku: 'mug-product',
        name: 'Mug',
        variantCode: 'mug-black-small',
        variantName: 'Black Small Mug',
        quantity: 2,
      },
      {
        sku: 'shirt-product',
        name: 'Shirt',
        variantCode: 't-shirt-black-small',
        variantName: 'Black Small T-Shirt',
        quantity: 5,
      },
    ]);
    expect(completed?.deliveryAddress).toEqual({
      contactName: 'Joe Smith',
      companyName: 'Cargo Services Airfreight',
      street: 'Cheng Xiang Zhen Guan Tang Lu 1031',
      extraLines: ['No. 2058', 'Suzhou City'],
      postalCode: '201202',
      city: 'Taicang City',
      state: 'Jiangsu Province',
      countryCode: 'CN',
      countryAsSent: 'CN',
      phone: '+86 182 9349 4663',
    });
    expect(created).toMatchObject({
      key: { source: 'emporix', id: 'orderId123457' },
      status: { code: 'CREATED', label: null },
      packable: true,
      shippingMethod: null,
      shipments: [],
      pickLines: [{ sku: 'mug-product', name: 'Mug', variantCode: null, variantName: null, quantity: 1 }],
    });
  });

  it('sends the saas-token, pageNumber from 1, pageSize and a sort in the documented form', async () => {
    await source.pullPage(null);
    expect(server.tokens).toEqual([server.token]);
    const [request] = server.seen;
    const url = new URL(request ?? '', 'http://x.invalid');
    expect(url.pathname).toBe('/order-v2/strictshop/salesorders');
    expect(url.searchParams.get('pageNumber')).toBe('1');
    expect(url.searchParams.get('pageSize')).toBe('16');
    expect(url.searchParams.get('sort')).toBe('created:asc,id:asc');
  });
});

describe('paging without a total', () => {
  const many = (count: number) => Array.from({ length: count }, (_, i) => bareOrder(`o${1000 + i}`));

  it('reads pages until one comes back short', async () => {
    server.orders = many(7);
    const small = sourceFor(3);
    const seen: string[] = [];
    let cursor = null;
    let pages = 0;
    do {
      const read = page(await small.pullPage(cursor));
      seen.push(...read.orders.map((order) => order.key.id));
      cursor = read.next;
      pages++;
    } while (cursor !== null && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(server.orders.map((order) => (order as { id: string }).id));
    expect(
      server.seen.map((path) => new URL(path, 'http://x.invalid').searchParams.get('pageNumber')),
    ).toEqual(['1', '2', '3']);
  });

  it('ends on the empty page after a last page that was exactly full', async () => {
    server.orders = many(6);
    const small = sourceFor(3);
    const second = page(await small.pullPage({ pageNumber: 2, pageSize: 3, lastId: 'o1002' }));
    expect(second.orders.map((order) => order.key.id)).toEqual(['o1003', 'o1004', 'o1005']);
    expect(second.next).toEqual({ pageNumber: 3, pageSize: 3, lastId: 'o1005' });
    const third = page(await small.pullPage(second.next));
    expect(third).toEqual({ orders: [], rejected: [], next: null, total: null });
  });

  it('refuses an answer longer than the page it asked for: such a server would never end a pull', async () => {
    server.answerRaw({ status: 200, body: JSON.stringify(many(5)) });
    const error = failure(await sourceFor(3).pullPage(null));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('5 orders where 3 were asked for');
  });

  it('refuses a stored cursor that is not one, before sending', async () => {
    const error = failure(await source.pullPage({ pageNumber: 0, pageSize: 'x', lastId: null }));
    expect(error).toMatchObject({ kind: 'bad-request', delivery: 'not-sent' });
    expect(error.issues).toHaveLength(2);
    expect(server.seen).toEqual([]);
  });
});

describe('what the document allows an order to be', () => {
  it('takes an order with every optional field missing', async () => {
    server.orders = [{ id: 'minimal', status: 'CREATED' }];
    const [order] = page(await source.pullPage(null)).orders;
    expect(order).toMatchObject({
      key: { source: 'emporix', id: 'minimal' },
      createdAt: null,
      customerName: null,
      pickLines: [],
      deliveryAddress: null,
      shippingMethod: null,
      shipments: [],
    });
    expect(order?.warnings).toEqual([
      'The order has no shipping address: ask the shop where it goes.',
      'The order has nothing to pick.',
    ]);
  });

  it('takes null wherever a value may plausibly be absent', async () => {
    server.orders = [
      {
        id: 'nulls',
        status: 'CREATED',
        created: null,
        completed: null,
        customer: { name: null, firstName: 'Zoë', lastName: 'Ødegård', company: null },
        entries: [{ id: null, amount: 1, product: { sku: 'cap-product', name: null }, variant: null }],
        shippingAddress: {
          contactName: null,
          companyName: null,
          street: 'Damrak',
          streetNumber: null,
          extraLine1: null,
          extraLine2: null,
          zipCode: null,
          city: 'Amsterdam',
          state: null,
          country: 'NL',
          contactPhone: null,
        },
        shipping: { lines: null },
        shipments: null,
      },
    ];
    const { orders, rejected } = page(await source.pullPage(null));
    expect(rejected).toEqual([]);
    expect(orders[0]).toMatchObject({
      customerName: 'Zoë Ødegård',
      pickLines: [{ sku: 'cap-product', name: 'cap-product', quantity: 1 }],
      deliveryAddress: { street: 'Damrak', extraLines: [], postalCode: null, countryCode: 'NL', phone: null },
      shippingMethod: null,
      shipments: [],
    });
  });

  it('keeps unknown fields out of the way and a new status as sent, not packable, with a warning', async () => {
    server.orders = [
      bareOrder('future', {
        status: 'AWAITING_APPROVAL',
        loyaltyPoints: { earned: 12 },
        entries: [{ amount: 2, product: { sku: 'mug-product', name: 'Mug', hazmat: true }, giftWrap: 'yes' }],
      }),
    ];
    const [order] = page(await source.pullPage(null)).orders;
    expect(order?.status).toEqual({ code: 'AWAITING_APPROVAL', label: null });
    expect(order?.packable).toBe(false);
    expect(order?.warnings).toContain(
      'Status AWAITING_APPROVAL is new to the station: it is shown as sent and not offered for packing.',
    );
    expect(order?.pickLines).toEqual([
      { sku: 'mug-product', name: 'Mug', variantCode: null, variantName: null, quantity: 2 },
    ]);
  });

  it('sets one bad order of a page aside as rejected, naming its id and the field, and keeps the rest', async () => {
    server.orders = [
      bareOrder('good-1'),
      bareOrder('bad', { entries: [{ amount: 1.5, product: { sku: 'cheese' } }] }),
      { status: 'CREATED' },
      'not an order',
      bareOrder('good-2'),
    ];
    const { orders, rejected } = page(await source.pullPage(null));
    expect(orders.map((order) => order.key.id)).toEqual(['good-1', 'good-2']);
    expect(rejected).toEqual([
      { id: 'bad', problems: ['entries[0].amount: expected integer, received number'] },
      { id: null, problems: ['id: expected string, received undefined'] },
      { id: null, problems: ['expected object, received string'] },
    ]);
  });
});

describe('the saas-token', () => {
  it('turns a 401 (the token expired) into an unauthorized error that says what to do', async () => {
    const stale = createEmporixSource({ baseUrl: server.url, tenant: server.tenant, token: 'expired-token' });
    if (!stale.ok) throw new Error('settings');
    const error = failure(await stale.value.pullPage(null));
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, retryable: false });
    expect(error.message).toBe(
      "The Emporix API refused the station's saas-token: it has expired or lacks the scope order.order_read. Ask a supervisor to enter a fresh token in Settings.",
    );
  });

  it('never shows the token, even when the server echoes it', async () => {
    server.answerRaw({
      status: 500,
      body: JSON.stringify({ errorCode: server.token, errorDescription: `bad ${server.token}` }),
    });
    const error = failure(await source.pullPage(null));
    expect(error.kind).toBe('server');
  });
});

describe('hostile answers are values, never throws', () => {
  it('a captive portal login page with status 200', async () => {
    server.answerRaw({
      status: 200,
      contentType: 'text/html',
      body: '<html><body>Log in to the Wi-Fi</body></html>',
    });
    const error = failure(await source.pullPage(null));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('text/html instead of JSON');
    expect(error.message).toContain('Wi-Fi login page');
  });

  it('truncated JSON', async () => {
    server.answerRaw({ status: 200, body: JSON.stringify(documentExample()).slice(0, 500) });
    expect(failure(await source.pullPage(null)).message).toContain('malformed JSON');
  });

  it('a JSON object where the array belongs', async () => {
    server.answerRaw({ status: 200, body: JSON.stringify({ items: documentExample(), total: 2 }) });
    expect(failure(await source.pullPage(null)).message).toContain('the list is not an array of orders');
  });

  it.each([
    [400, 'bad-request', false],
    [403, 'forbidden', false],
    [404, 'not-found', false],
    [429, 'rate-limited', true],
    [500, 'server', true],
  ] as const)('a %i the document does not list is a %s error', async (status, kind, retryable) => {
    server.answerRaw({ status, body: JSON.stringify({ code: status, message: 'no' }) });
    expect(failure(await source.pullPage(null))).toMatchObject({ kind, status, retryable });
  });

  it('a redirect and a 503 with a body that is no JSON', async () => {
    server.answerRaw({ status: 302, body: '' });
    expect(failure(await source.pullPage(null)).kind).toBe('invalid-response');
    server.answerRaw({ status: 503, body: 'down' });
    expect(failure(await source.pullPage(null))).toMatchObject({ kind: 'server', retryable: true });
  });

  it('control characters and printer commands leave every text; a page of text is refused', async () => {
    const esc = String.fromCharCode(0x1b);
    const gs = String.fromCharCode(0x1d);
    server.orders = [
      bareOrder('ctl', {
        entries: [{ amount: 1, product: { sku: `mug${gs}V\u0000-product`, name: `Mug${esc}[2J\u202e` } }],
        shippingAddress: {
          contactName: 'Jürgen\r\nWeiß',
          street: `Hauptstr.${esc}@`,
          streetNumber: 5,
          country: 'DE',
        },
      }),
      bareOrder('huge', { shippingAddress: { street: 'x'.repeat(200_000), country: 'DE' } }),
      bareOrder('<script>alert(1)</script>', { customer: { name: '<b>Robert</b>"); DROP TABLE orders;--' } }),
    ];
    const { orders, rejected } = page(await source.pullPage(null));
    const [ctl, html] = orders;
    expect(ctl?.pickLines[0]).toMatchObject({ sku: 'mugV-product', name: 'Mug' });
    expect(ctl?.deliveryAddress).toMatchObject({ contactName: 'Jürgen Weiß', street: 'Hauptstr.@ 5' });
    expect(html?.customerName).toBe('<b>Robert</b>"); DROP TABLE orders;--');
    expect(rejected).toEqual([
      { id: 'huge', problems: ['shippingAddress.street: longer than 1000 characters'] },
    ]);
  });
});

describe('settings and parameters are checked before anything is sent', () => {
  it.each([
    ['../other', 'may hold only lower-case letters'],
    ['shop/salesorders?x=1', 'may hold only lower-case letters'],
    ['Shop', 'may hold only lower-case letters'],
    ['', 'is empty'],
    ['a'.repeat(65), 'longer than 64'],
  ])('refuses the tenant %j', (tenant, problem) => {
    const created = createEmporixSource({ baseUrl: server.url, tenant, token: server.token });
    expect(created.ok).toBe(false);
    if (!created.ok) expect(created.error.join()).toContain(problem);
  });

  it('refuses a token that would split the header, and an address that is no web address', () => {
    const created = createEmporixSource({
      baseUrl: 'ftp://shop.invalid',
      tenant: 'shop',
      token: 'a\r\nX-Evil: 1',
    });
    expect(created.ok ? [] : created.error).toEqual([
      'the Emporix API address must start with https://',
      'the saas-token is empty or holds spaces or characters a header cannot carry',
    ]);
  });
});
