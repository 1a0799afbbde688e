// A strict Equipme sales server for tests, written from the sales spec's words alone (it shares no
// code with the station or its simulator): GET one sales order, one customer, a customer's metadata,
// and the two lists the 403 probe asks. Answers are plain values a test sets; a knob answers one
// route with raw bytes instead (captive portals, truncated JSON, any status).
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RawReply {
  status: number;
  contentType?: string;
  body: string;
}

export interface StrictSales {
  url: string;
  apiKey: string;
  /** Sales orders, customers and metadata lists by id, as the server will send them. */
  salesOrders: Map<number, unknown>;
  customers: Map<number, unknown>;
  metadata: Map<number, unknown>;
  /** Ids this key may not see (403 "access denied or resource does not exist anymore"). */
  refused: Set<number>;
  /** The next requests to a path (without query) get this answer, `times` times. */
  answerRaw(path: string, reply: RawReply, times?: number): void;
  /** Paths and queries of every request, in order. */
  seen: string[];
  close(): Promise<void>;
}

const error = (res: ServerResponse, status: number, errorCode: string, errorDescription: string) =>
  send(res, { status, body: JSON.stringify({ errorCode, errorDescription, data: null }) });

function send(res: ServerResponse, reply: RawReply): void {
  res.writeHead(reply.status, { 'content-type': reply.contentType ?? 'application/json; charset=utf-8' });
  res.end(reply.body);
}

/** The spec: orderId int64, customerId int32, both path integers; anything else is a 400. */
function pathId(text: string, int32: boolean): number | undefined {
  if (!/^\d{1,19}$/.test(text)) return undefined;
  const id = Number(text);
  if (!Number.isSafeInteger(id) || (int32 && id > 2_147_483_647)) return undefined;
  return id;
}

export async function startStrictSales(apiKey = 'strict-sales-key'): Promise<StrictSales> {
  const raw = new Map<string, { reply: RawReply; times: number }>();
  const state = {
    salesOrders: new Map<number, unknown>(),
    customers: new Map<number, unknown>(),
    metadata: new Map<number, unknown>(),
    refused: new Set<number>(),
    seen: [] as string[],
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://strict.invalid');
    state.seen.push(`${url.pathname}${url.search}`);
    if (req.method !== 'GET') return error(res, 400, 'BadRequest', 'Only GET is served here.');
    // "Required for authorization in every request": X-API-KEY.
    if (req.headers['x-api-key'] !== apiKey) return error(res, 401, 'Unauthorized', 'Invalid api key.');
    const override = raw.get(url.pathname);
    if (override && override.times > 0) {
      override.times--;
      return send(res, override.reply);
    }
    const list = /^\/v1\/sales\/(orders|customers)$/.exec(url.pathname);
    if (list) {
      const limit = Number(url.searchParams.get('limit') ?? 100);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
        return error(res, 400, 'BadRequest', 'limit must be between 1 and 1000.');
      }
      const items = [...(list[1] === 'orders' ? state.salesOrders : state.customers).values()];
      const self = { href: `${url.pathname}?offset=0&limit=${limit}` };
      return send(res, {
        status: 200,
        body: JSON.stringify({ items: items.slice(0, limit), total: items.length, self }),
      });
    }
    const one = /^\/v1\/sales\/(orders|customers)\/([^/]+)(\/metadata)?$/.exec(url.pathname);
    if (!one || (one[1] === 'orders' && one[3]))
      return error(res, 404, 'NotFound', 'Requested resource could not be found.');
    const id = pathId(one[2] ?? '', one[1] === 'customers');
    if (id === undefined) return error(res, 400, 'BadRequest', `The value '${one[2]}' is not valid.`);
    if (state.refused.has(id))
      return error(res, 403, 'Forbidden', 'Resource access denied or resource does not exist anymore.');
    const store = one[1] === 'orders' ? state.salesOrders : one[3] ? state.metadata : state.customers;
    const body = store.get(id);
    if (body === undefined) return error(res, 404, 'NotFound', 'Requested resource could not be found.');
    return send(res, { status: 200, body: JSON.stringify(body) });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    ...state,
    answerRaw: (path, reply, times = 1) => raw.set(path, { reply, times }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A sales order with every field the spec lists, as Equipme would send it. */
export function fullSalesOrder(id: number, customerId: number): Record<string, unknown> {
  return {
    status: 'inprocess',
    customer: {
      id: customerId,
      name: 'Acme Bürotechnik GmbH',
      customerNumber: 'K-1',
      self: { href: `/v1/sales/customers/${customerId}` },
    },
    note: '<p>Ring at the <b>back door</b></p>',
    orderedBy: {
      id: 77,
      firstName: 'Jana',
      lastName: 'Nowak',
      email: 'jana.nowak@acme.example',
      username: 'jana.nowak@acme.example',
      self: { href: '/v1/users/77' },
    },
    items: { total: 3, self: { href: `/v1/sales/orders/${id}/items` } },
    id,
    customerOrderNumber: 'PO-4711',
    orderNumber: `SO-${id}`,
    created: '2026-11-02T09:30:00Z',
    self: { href: `/v1/sales/orders/${id}`, method: 'GET' },
  };
}

/** A customer with every field the spec lists. */
export function fullCustomer(id: number): Record<string, unknown> {
  const employee = {
    id: 5,
    firstName: 'Lea',
    lastName: 'Roth',
    fullName: 'Roth, Lea',
    email: 'lea.roth@provider.example',
    username: 'lea.roth@provider.example',
    costCenter: 'CC-1',
    costCenterId: 12,
    self: { href: '/v1/employees/5' },
  };
  return {
    uuid: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    description: 'Key account',
    active: true,
    contactName: 'Piotr Zieliński',
    contactEmail: 'piotr@acme.example',
    contactPhone: '+48 22 123 45 67',
    customAttribute1: 'a',
    customAttribute2: 'b',
    customAttribute3: 'c',
    accountManager: employee,
    language: 'pl',
    companyAddress: {
      line1: 'Acme',
      street: 'Marszałkowska',
      number: '10',
      addition: null,
      city: 'Warszawa',
      postalCode: '00-001',
      countryCode: 'PL',
      regionCode: null,
      regionName: null,
      dependentLocality: null,
      phoneNumber: null,
      id: 900,
      self: { href: '/v1/addresses/900' },
    },
    referredBy: {
      referredOn: '2025-01-01T00:00:00Z',
      company: { id: 2, name: 'Partner AG', self: { href: '/v1/sales/customers/2' } },
      employee,
    },
    id,
    name: 'Acme Bürotechnik GmbH',
    customerNumber: 'K-1',
    self: { href: `/v1/sales/customers/${id}` },
  };
}
