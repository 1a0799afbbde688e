// The fulfillment routes of the Equipme spec: list, read, update the external id, post transitions.
import { z } from 'zod';
import type {
  WireFulfillmentOrder as FulfillmentOrder,
  FulfillmentOrderList,
} from '../../../../shared/api/equipme.ts';
import { FULFILLMENT_ACTIONS } from '../../../../shared/api/equipme.ts';
import type { Result } from '../../../../shared/domain/result.ts';
import { err, ok } from '../../../../shared/domain/result.ts';
import { parseDateTime } from '../date-time.ts';
import { listOrders } from '../list-orders.ts';
import type { OrderBook } from '../order-book.ts';
import { parseListQuery } from '../query.ts';
import { applied, json, parseId, parseJsonBody, problem, type Reply } from '../reply.ts';
import type { Route, RouteRequest } from '../router.ts';

const LIST_PATH = '/v1/fulfillment/orders';
const EXTERNAL_ID_MAX = 100;

const orderUpdate = z.strictObject({ externalId: z.string().max(EXTERNAL_ID_MAX).nullable().optional() });
const patchOperation = z.strictObject({
  op: z.string().nullable().optional(),
  path: z.string().nullable().optional(),
  value: z.unknown().optional(),
  from: z.string().nullable().optional(),
});
const transition = z.strictObject({
  action: z.enum(FULFILLMENT_ACTIONS),
  activationDate: z
    .string()
    .refine((text) => parseDateTime(text) !== undefined, 'must be an ISO 8601 date-time')
    .nullable()
    .optional(),
});

function invalidBody(error: z.ZodError): Reply {
  const issue = error.issues[0];
  const where = issue?.path.length ? `'${issue.path.join('.')}'` : 'body';
  return problem(400, 'InvalidRequestBody', `Invalid ${where}: ${issue?.message ?? 'validation failed'}.`);
}

function pageLink(origin: string, query: URLSearchParams, offset: number, limit: number) {
  const params = new URLSearchParams(query);
  params.set('offset', String(offset));
  params.set('limit', String(limit));
  return { href: `${origin}${LIST_PATH}?${params}` };
}

/** Finds an order the caller may touch; a foreign order is 403, an unknown one 404. */
function ownOrder(book: OrderBook, id: number): Result<FulfillmentOrder, Reply> {
  const found = book.lookup(id);
  if (found.kind === 'missing') {
    return err(problem(404, 'NotFound', `Fulfillment order ${id} was not found.`));
  }
  if (found.kind === 'foreign') return err(problem(403, 'Forbidden', 'Resource access denied.'));
  return ok(found.order);
}

/** Body first (as model binding validates before the handler runs), then the order. */
function bodyThenOrder<T>(
  book: OrderBook,
  request: RouteRequest,
  schema: z.ZodType<T>,
): Result<{ body: T; order: FulfillmentOrder }, Reply> {
  const id = parseId(request.params[0] ?? '', 'orderId');
  if (!id.ok) return id;
  const raw = parseJsonBody(request.body);
  if (!raw.ok) return raw;
  const parsed = schema.safeParse(raw.value);
  if (!parsed.success) return err(invalidBody(parsed.error));
  const order = ownOrder(book, id.value);
  return order.ok ? ok({ body: parsed.data, order: order.value }) : order;
}

export function orderRoutes(book: OrderBook): Route[] {
  const list = (request: RouteRequest): Reply => {
    const query = parseListQuery(request.query);
    if (!query.ok) return problem(400, 'InvalidQueryParameter', query.error);
    const { offset, limit } = query.value;
    const page = listOrders(book.listable(), query.value);
    const link = (at: number) => pageLink(request.origin, request.query, at, limit);
    const body: FulfillmentOrderList = { items: page.items, total: page.total, self: link(offset) };
    if (offset + limit < page.total) body.next = link(offset + limit);
    if (offset > 0) body.previous = link(Math.max(0, offset - limit));
    return json(200, body);
  };

  const read = (request: RouteRequest): Reply => {
    const id = parseId(request.params[0] ?? '', 'orderId');
    if (!id.ok) return id.error;
    const order = ownOrder(book, id.value);
    return order.ok ? json(200, order.value) : order.error;
  };

  const update = (request: RouteRequest): Reply => {
    const found = bodyThenOrder(book, request, orderUpdate.optional());
    if (!found.ok) return found.error;
    const externalId = found.value.body?.externalId;
    // null means "leave as is"; the empty string clears.
    if (externalId !== null && externalId !== undefined) {
      book.setExternalId(found.value.order, externalId === '' ? null : externalId);
    }
    return applied();
  };

  const patch = (request: RouteRequest): Reply => {
    const found = bodyThenOrder(book, request, z.array(patchOperation));
    if (!found.ok) return found.error;
    const values: (string | null)[] = [];
    for (const [index, operation] of found.value.body.entries()) {
      const value = patchValue(operation, index);
      if (!value.ok) return value.error;
      values.push(value.value);
    }
    // All operations were valid: apply them in order, all or nothing.
    for (const value of values) book.setExternalId(found.value.order, value);
    return applied();
  };

  const transit = (request: RouteRequest): Reply => {
    const found = bodyThenOrder(book, request, transition);
    if (!found.ok) return found.error;
    const { body, order } = found.value;
    if (body.activationDate != null && body.action !== 'complete') {
      return problem(
        400,
        'InvalidRequestBody',
        `'activationDate' is only applicable for the 'complete' action, not '${body.action}'.`,
      );
    }
    const result = book.transition(order, body.action, new Date());
    if (!result.ok) {
      return problem(
        409,
        'InvalidTransition',
        `Action '${body.action}' is not possible for order ${order.id} in status '${order.status}': ${result.error}`,
      );
    }
    return applied();
  };

  return [
    { pattern: /^\/v1\/fulfillment\/orders$/, methods: { GET: list } },
    { pattern: /^\/v1\/fulfillment\/orders\/([^/]+)$/, methods: { GET: read, PUT: update, PATCH: patch } },
    { pattern: /^\/v1\/fulfillment\/orders\/([^/]+)\/transitions$/, methods: { POST: transit } },
  ];
}

/** The only patchable field is /externalId: replace/add set it, remove clears it. */
function patchValue(operation: z.infer<typeof patchOperation>, index: number): Result<string | null, Reply> {
  const { op, path } = operation;
  const bad = (why: string) => err(problem(400, 'InvalidPatchOperation', `Operation ${index} ${why}.`));
  if (path !== '/externalId') {
    return bad(`(op '${op}') targets unsupported path '${path}'; only '/externalId' can be patched`);
  }
  if (op === 'remove') return ok(null);
  if (op !== 'replace' && op !== 'add') {
    return bad(`has unsupported op '${op}' on '${path}'; use replace, add or remove`);
  }
  const { value } = operation;
  if (value === null) return ok(null);
  if (typeof value !== 'string') return bad(`('${op}' on '${path}') needs a string value`);
  if (value.length > EXTERNAL_ID_MAX) {
    return bad(`('${op}' on '${path}') value is longer than ${EXTERNAL_ID_MAX} characters`);
  }
  return ok(value === '' ? null : value);
}
