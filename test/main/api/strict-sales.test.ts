// The station's sales client against a strict server written from the sales spec's words: every
// status the spec lists for the three GETs, the shapes the spec allows (fields missing, nulls, new
// fields, new enum values) and hostile answers, each as the value and message the station gets.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../../electron/main/api/index.ts';
import { createSalesClient, type SalesClient } from '../../../electron/main/api/sales-client.ts';
import type { Result } from '../../../shared/domain/result.ts';
import { SALES_SPEC, specStatuses } from '../../fixtures/spec-checker.ts';
import { fullCustomer, fullSalesOrder, type StrictSales, startStrictSales } from './strict-sales-server.ts';

let server: StrictSales;
let api: SalesClient;

beforeAll(async () => {
  server = await startStrictSales();
  api = createSalesClient({ baseUrl: server.url, apiKey: server.apiKey, timeoutMs: 5000 });
});
afterAll(() => server.close());
beforeEach(() => {
  server.salesOrders.clear();
  server.customers.clear();
  server.metadata.clear();
  server.refused.clear();
  server.salesOrders.set(880_001, fullSalesOrder(880_001, 1201));
  server.customers.set(1201, fullCustomer(1201));
  server.metadata.set(1201, [
    {
      key: 'packing.instructions',
      value: 'Bubble wrap each device',
      scope: 'Supplier',
      self: { href: '/m/1' },
    },
  ]);
});

function failure(result: Result<unknown, ApiError>): ApiError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value).slice(0, 200)}`);
  expect(JSON.stringify(result.error)).not.toContain(server.apiKey);
  expect(result.error.message).not.toMatch(/:\s*$/);
  return result.error;
}
function value<T>(result: Result<T, ApiError>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

type Call = (client?: SalesClient) => Promise<Result<unknown, ApiError>>;
const ROUTES: readonly (readonly [string, Call, string])[] = [
  ['/v1/sales/orders/{orderId}', (client = api) => client.getSalesOrder(880_001), 'sales order 880001'],
  ['/v1/sales/customers/{customerId}', (client = api) => client.getCustomer(1201), 'customer 1201'],
  [
    '/v1/sales/customers/{customerId}/metadata',
    (client = api) => client.getCustomerMetadata(1201),
    'the metadata of customer 1201',
  ],
];

it('the routes list exactly the statuses tested here', () => {
  expect(specStatuses('/v1/sales/orders/{orderId}', 'get', SALES_SPEC)).toEqual([200, 400, 401, 403]);
  expect(specStatuses('/v1/sales/customers/{customerId}', 'get', SALES_SPEC)).toEqual([
    200, 400, 401, 403, 404,
  ]);
  expect(specStatuses('/v1/sales/customers/{customerId}/metadata', 'get', SALES_SPEC)).toEqual([
    200, 400, 401, 403, 404,
  ]);
});

describe('200', () => {
  it('a sales order with every field, its note HTML exactly as sent', async () => {
    const order = value(await api.getSalesOrder(880_001));
    expect(order).toEqual(fullSalesOrder(880_001, 1201));
    expect(order.note).toBe('<p>Ring at the <b>back door</b></p>');
  });

  it('a customer with every field, and its metadata', async () => {
    expect(value(await api.getCustomer(1201))).toEqual(fullCustomer(1201));
    expect(value(await api.getCustomerMetadata(1201))).toEqual(server.metadata.get(1201));
    expect(server.seen.at(-1)).toBe('/v1/sales/customers/1201/metadata');
  });

  it('optional fields missing: only what the spec requires', async () => {
    const { note: _n, customerOrderNumber: _c, ...bare } = fullSalesOrder(880_002, 1201);
    server.salesOrders.set(880_002, { ...bare, orderedBy: { self: { href: '/v1/users/1' } } });
    server.customers.set(7, { id: 7, name: 'Bare Ltd', self: { href: '/v1/sales/customers/7' } });
    server.metadata.set(7, [{ key: 'station.note', self: { href: '/m/2' } }]);
    const order = value(await api.getSalesOrder(880_002));
    expect(order.note).toBeUndefined();
    expect(order.orderedBy).toEqual({ self: { href: '/v1/users/1' } });
    const customer = value(await api.getCustomer(7));
    expect(customer.language).toBeUndefined();
    expect(customer.active).toBeUndefined();
    expect(value(await api.getCustomerMetadata(7))).toEqual([
      { key: 'station.note', self: { href: '/m/2' } },
    ]);
  });

  it('nullable fields null', async () => {
    server.salesOrders.set(880_003, {
      ...fullSalesOrder(880_003, 1201),
      note: null,
      customerOrderNumber: null,
    });
    const nulls = Object.fromEntries(
      [
        'description',
        'contactName',
        'contactEmail',
        'contactPhone',
        'customAttribute1',
        'customerNumber',
      ].map((k) => [k, null]),
    );
    server.customers.set(8, { ...fullCustomer(8), ...nulls });
    server.metadata.set(8, [{ key: 'k', value: null, scope: null, self: { href: '/m/3', method: null } }]);
    expect(value(await api.getSalesOrder(880_003))).toMatchObject({ note: null, customerOrderNumber: null });
    expect(value(await api.getCustomer(8))).toMatchObject({ contactPhone: null, contactName: null });
    expect(value(await api.getCustomerMetadata(8))[0]).toMatchObject({ value: null, scope: null });
  });

  it('unknown extra fields are no failure', async () => {
    server.salesOrders.set(880_004, {
      ...fullSalesOrder(880_004, 1201),
      channel: 'webshop',
      items: { total: 1, self: { href: '/x' }, open: 1 },
    });
    server.customers.set(9, { ...fullCustomer(9), loyaltyTier: 'gold' });
    server.metadata.set(9, [{ key: 'k', value: 'v', self: { href: '/m' }, createdAt: '2026-01-01' }]);
    expect(value(await api.getSalesOrder(880_004)).items.total).toBe(1);
    expect(value(await api.getCustomer(9)).name).toBe('Acme Bürotechnik GmbH');
    expect(value(await api.getCustomerMetadata(9))).toHaveLength(1);
  });

  it('enum values a newer Equipme adds are kept as data', async () => {
    server.salesOrders.set(880_005, { ...fullSalesOrder(880_005, 1201), status: 'on-hold' });
    server.customers.set(10, { ...fullCustomer(10), language: 'sv' });
    expect(value(await api.getSalesOrder(880_005)).status).toBe('on-hold');
    expect(value(await api.getCustomer(10)).language).toBe('sv');
  });
});

describe('the statuses the spec lists', () => {
  for (const [route, call, subject] of ROUTES) {
    it(`${route}: 400 with the server's words`, async () => {
      server.answerRaw(route.replace(/\{\w+\}/, route.includes('orders') ? '880001' : '1201'), {
        status: 400,
        body: JSON.stringify({ errorCode: 'BadRequest', errorDescription: 'Bad id.', data: null }),
      });
      const error = failure(await call());
      expect(error).toMatchObject({
        kind: 'bad-request',
        status: 400,
        errorCode: 'BadRequest',
        retryable: false,
      });
      expect(error.message).toBe(
        `The Equipme API rejected the request for ${subject} as invalid (HTTP 400) (Equipme says: Bad id.). The station needs a fix: report this to support.`,
      );
    });

    it(`${route}: 401 is the key`, async () => {
      const wrong = createSalesClient({ baseUrl: server.url, apiKey: 'not-the-key', timeoutMs: 5000 });
      const error = failure(await call(wrong));
      expect(error).toMatchObject({ kind: 'unauthorized', status: 401, delivery: 'answered' });
    });

    it(`${route}: 403 while the list still answers belongs to that resource alone`, async () => {
      server.refused.add(880_001).add(1201);
      const before = server.seen.length;
      const error = failure(await call());
      expect(error).toMatchObject({ kind: 'forbidden', status: 403 });
      expect(error.message).toContain(`denied access to ${subject}`);
      expect(error.message).toContain('no longer exist');
      // The probe asked the list of the same kind for one item.
      expect(server.seen.slice(before)[1]).toMatch(/^\/v1\/sales\/(orders|customers)\?limit=1$/);
    });

    it(`${route}: 403 on the list too is the station's key, not the resource`, async () => {
      server.refused.add(880_001).add(1201);
      const list = route.includes('orders') ? '/v1/sales/orders' : '/v1/sales/customers';
      server.answerRaw(list, {
        status: 403,
        body: JSON.stringify({ errorCode: 'Forbidden', errorDescription: 'Resource access denied.' }),
      });
      const error = failure(await call());
      expect(error).toMatchObject({ kind: 'unauthorized', status: 403 });
      expect(error.message).toMatch(/refuses this station the (sales order|customer) list too \(HTTP 403\)/);
    });
  }

  it('404 for an unknown customer and its metadata', async () => {
    for (const error of [
      failure(await api.getCustomer(4242)),
      failure(await api.getCustomerMetadata(4242)),
    ]) {
      expect(error).toMatchObject({ kind: 'not-found', status: 404, retryable: false });
    }
    expect(failure(await api.getCustomer(4242)).message).toContain('does not know customer 4242');
  });

  it('ids the spec cannot carry never leave the station', async () => {
    const before = server.seen.length;
    for (const result of [
      await api.getSalesOrder(0),
      await api.getSalesOrder(2 ** 53),
      await api.getCustomer(2_147_483_648),
      await api.getCustomerMetadata(-1),
    ]) {
      expect(failure(result)).toMatchObject({ kind: 'bad-request', delivery: 'not-sent' });
    }
    expect(server.seen.length).toBe(before);
  });
});

describe('hostile answers', () => {
  it('a captive portal page is an invalid answer that names the network', async () => {
    server.answerRaw('/v1/sales/customers/1201', {
      status: 200,
      contentType: 'text/html',
      body: '<html><form>Wi-Fi login</form></html>',
    });
    const error = failure(await api.getCustomer(1201));
    expect(error).toMatchObject({ kind: 'invalid-response', retryable: true });
    expect(error.message).toContain('HTTP 200 with text/html instead of JSON');
    expect(error.message).toContain('Wi-Fi login page');
  });

  it('truncated JSON', async () => {
    const text = JSON.stringify(fullSalesOrder(880_001, 1201));
    server.answerRaw('/v1/sales/orders/880001', { status: 200, body: text.slice(0, text.length / 2) });
    expect(failure(await api.getSalesOrder(880_001)).message).toContain('HTTP 200 with malformed JSON');
  });

  it('control characters leave every string but the note, which is kept as sent', async () => {
    const note = '<p>a</p>\u0007\u001b[2J<script>alert(1)</script>';
    server.salesOrders.set(880_006, {
      ...fullSalesOrder(880_006, 1201),
      orderNumber: 'SO-\u001b[31m6\u202e',
      note,
    });
    server.customers.set(11, { ...fullCustomer(11), contactName: 'Jana\u0000 Nowak\u0085' });
    server.metadata.set(11, [
      { key: 'packing.instructions', value: 'Fragile\u0007\u001b[0m', self: { href: '/m' } },
    ]);
    const order = value(await api.getSalesOrder(880_006));
    expect(order.orderNumber).toBe('SO-6');
    expect(order.note).toBe(note);
    expect(value(await api.getCustomer(11)).contactName).toBe('Jana Nowak');
    expect(value(await api.getCustomerMetadata(11))[0]?.value).toBe('Fragile');
  });

  it("a huge string beyond the spec's maxLength is refused, and the message stays short", async () => {
    server.metadata.set(12, [
      { key: 'packing.instructions', value: 'x'.repeat(200_000), self: { href: '/m' } },
    ]);
    server.customers.set(12, { ...fullCustomer(12), name: 'y'.repeat(200_000) });
    const error = failure(await api.getCustomerMetadata(12));
    expect(error.kind).toBe('invalid-response');
    expect(error.issues).toEqual(['[0].value: longer than 500 characters']);
    expect(error.message.length).toBeLessThan(400);
    // No maxLength on a customer's name: a long one is data, kept whole.
    expect(value(await api.getCustomer(12)).name).toHaveLength(200_000);
  });

  it('a body of the wrong shape names the field, and another id is no answer', async () => {
    server.salesOrders.set(880_007, {
      ...fullSalesOrder(880_007, 1201),
      items: { total: '3', self: { href: '/x' } },
    });
    expect(failure(await api.getSalesOrder(880_007)).issues).toEqual([
      'items.total: expected number, received string',
    ]);
    server.salesOrders.set(880_008, fullSalesOrder(880_009, 1201));
    expect(failure(await api.getSalesOrder(880_008)).message).toContain(
      'it returned sales order 880009 instead',
    );
    server.metadata.set(13, { key: 'not-an-array' });
    expect(failure(await api.getCustomerMetadata(13)).issues).toEqual(['expected array, received object']);
  });
});
