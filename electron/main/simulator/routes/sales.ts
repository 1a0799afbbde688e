// The sales routes of the Equipme spec the station reads: one sales order, one customer, a customer's
// metadata, and the two lists (offset/limit only) that tell a refused key from a refused resource.
// A sales order's status is read from its fulfillment orders as they stand now.
import type { WireFulfillmentOrder as FulfillmentOrder } from '../../../../shared/api/equipme.ts';
import type { SalesOrderStatus, WireSalesOrder } from '../../../../shared/api/equipme-sales.ts';
import type { Result } from '../../../../shared/domain/result.ts';
import { err, ok } from '../../../../shared/domain/result.ts';
import type { OrderBook } from '../order-book.ts';
import { json, parseId, problem, type Reply } from '../reply.ts';
import type { Route, RouteRequest } from '../router.ts';
import type { SalesOrderRecord } from '../seed/sales-orders.ts';

const INT32_MAX = 2_147_483_647;
const MAX_LIMIT = 1000;

function statusOf(orders: readonly FulfillmentOrder[]): SalesOrderStatus {
  if (orders.length === 0) return 'unknown';
  if (orders.every((o) => o.status === 'cancelled')) return 'cancelled';
  if (orders.every((o) => o.status === 'processed' || o.status === 'cancelled')) return 'processed';
  if (orders.every((o) => o.status === 'new')) return 'new';
  return 'inprocess';
}

function wireSalesOrder(book: OrderBook, record: SalesOrderRecord): WireSalesOrder {
  const orders = record.orderIds.flatMap((id) => {
    const found = book.lookup(id);
    return found.kind === 'missing' ? [] : [found.order];
  });
  const body: WireSalesOrder = {
    id: record.id,
    orderNumber: record.orderNumber,
    created: record.created,
    status: statusOf(orders),
    customer: record.customer,
    orderedBy: record.orderedBy,
    note: record.note,
    items: {
      total: record.orderIds.length,
      self: { href: `/v1/fulfillment/orders?order=${encodeURIComponent(record.orderNumber)}` },
    },
    self: { href: `/v1/sales/orders/${record.id}` },
  };
  if (record.customerOrderNumber !== undefined) body.customerOrderNumber = record.customerOrderNumber;
  return body;
}

function customerId(text: string): Result<number, Reply> {
  const id = parseId(text, 'customerId');
  if (!id.ok) return id;
  if (Math.abs(id.value) > INT32_MAX) {
    return err(
      problem(400, 'InvalidPathParameter', `Path parameter 'customerId' must be an int32, got '${text}'.`),
    );
  }
  return id;
}

/** offset and limit as the spec's lists take them; nothing else is filtered here. */
function paging(query: URLSearchParams): Result<{ offset: number; limit: number }, Reply> {
  const read = (name: string, fallback: number, min: number, max: number): Result<number, Reply> => {
    const text = query.get(name);
    if (text === null) return ok(fallback);
    const value = /^\d{1,10}$/.test(text) ? Number(text) : Number.NaN;
    if (value >= min && value <= max) return ok(value);
    return err(
      problem(400, 'InvalidQueryParameter', `'${name}' must be between ${min} and ${max}, got '${text}'.`),
    );
  };
  const offset = read('offset', 0, 0, INT32_MAX);
  if (!offset.ok) return offset;
  const limit = read('limit', 100, 1, MAX_LIMIT);
  return limit.ok ? ok({ offset: offset.value, limit: limit.value }) : limit;
}

function listReply<T>(request: RouteRequest, path: string, items: readonly T[]): Reply {
  const page = paging(request.query);
  if (!page.ok) return page.error;
  const { offset, limit } = page.value;
  const link = (at: number) => ({ href: `${path}?offset=${at}&limit=${limit}` });
  const body: Record<string, unknown> = {
    items: items.slice(offset, offset + limit),
    total: items.length,
    self: link(offset),
  };
  if (offset + limit < items.length) body.next = link(offset + limit);
  if (offset > 0) body.previous = link(Math.max(0, offset - limit));
  return json(200, body);
}

export function salesRoutes(book: OrderBook): Route[] {
  const ownSalesOrders = () =>
    book.salesOrderIds().flatMap((id) => {
      const record = book.salesOrder(id);
      return record && !book.isForeignCustomer(record.customerId) ? [wireSalesOrder(book, record)] : [];
    });
  const ownCustomers = () =>
    book.customerIds().flatMap((id) => {
      const record = book.customer(id);
      return record && !book.isForeignCustomer(id) ? [record.customer] : [];
    });

  const listSalesOrders = (request: RouteRequest) => listReply(request, '/v1/sales/orders', ownSalesOrders());
  const listCustomers = (request: RouteRequest) => listReply(request, '/v1/sales/customers', ownCustomers());

  const readSalesOrder = (request: RouteRequest): Reply => {
    const id = parseId(request.params[0] ?? '', 'orderId');
    if (!id.ok) return id.error;
    const record = book.salesOrder(id.value);
    // The spec lists no 404 here; an unknown id is answered as the customer routes answer one.
    if (!record) return problem(404, 'NotFound', `Sales order ${id.value} was not found.`);
    if (book.isForeignCustomer(record.customerId))
      return problem(403, 'Forbidden', 'Resource access denied.');
    return json(200, wireSalesOrder(book, record));
  };

  const ownCustomer = (request: RouteRequest) => {
    const id = customerId(request.params[0] ?? '');
    if (!id.ok) return id;
    const record = book.customer(id.value);
    if (!record) return err(problem(404, 'NotFound', `Customer ${id.value} was not found.`));
    if (book.isForeignCustomer(id.value)) {
      return err(problem(403, 'Forbidden', 'Resource access denied or resource does not exist anymore.'));
    }
    return ok(record);
  };

  const readCustomer = (request: RouteRequest): Reply => {
    const found = ownCustomer(request);
    return found.ok ? json(200, found.value.customer) : found.error;
  };

  const readMetadata = (request: RouteRequest): Reply => {
    const found = ownCustomer(request);
    return found.ok ? json(200, found.value.metadata) : found.error;
  };

  return [
    { pattern: /^\/v1\/sales\/orders$/, methods: { GET: listSalesOrders } },
    { pattern: /^\/v1\/sales\/orders\/([^/]+)$/, methods: { GET: readSalesOrder } },
    {
      pattern: /^\/v1\/sales\/customers$/,
      methods: { GET: listCustomers },
    },
    { pattern: /^\/v1\/sales\/customers\/([^/]+)$/, methods: { GET: readCustomer } },
    { pattern: /^\/v1\/sales\/customers\/([^/]+)\/metadata$/, methods: { GET: readMetadata } },
  ];
}
