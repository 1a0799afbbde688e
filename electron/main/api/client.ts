// The Equipme fulfillment API client. Every method resolves to a Result and never throws; requests the
// station knows to be wrong are refused before sending (delivery 'not-sent').

import type { z } from 'zod';
import type {
  FulfillmentAction,
  FulfillmentOrder,
  FulfillmentOrderUpdate,
  OrderListQuery,
  PatchOperation,
} from '../../../shared/api/equipme.ts';
import { err, ok, type Result } from '../../../shared/domain/result.ts';
import {
  type ApiError,
  type HttpMethod,
  invalidResponse,
  type RequestContext,
  rejectedBeforeSending,
  withoutSecret,
} from './api-error.ts';
import { getJson, type HttpConfig, sendCommand } from './http.ts';
import { formatIssues, WITH_INPUT } from './issues.ts';
import { type ListedPage, type OrderPage, readListedPage, readOrderPage } from './order-page.ts';
import { followPages } from './order-pages.ts';
import { orderListSearch } from './order-query.ts';
import {
  fulfillmentOrderUpdateSchema,
  fulfillmentTransitionSchema,
  patchOperationSchema,
} from './order-schema.ts';
import { validateOrder } from './validate-order.ts';
import { fetchWire, nodeWire, type Wire } from './wire.ts';

export interface EquipmeClientOptions {
  baseUrl: string;
  apiKey: string;
  /** Per request, including reading the body. Default 15 000. */
  timeoutMs?: number;
  /** Every request goes through this fetch when given (tests watch and fault requests with it). */
  fetch?: typeof fetch;
  /**
   * How the requests about one order (look, transition, update) reach Equipme. Default: `fetch`
   * when given, else node:http on a keep-alive agent, which costs a third of fetch's CPU.
   */
  orderWire?: Wire;
  userAgent?: string;
  /** How many 429 answers a GET waits out before giving up. Default 3. */
  maxRateLimitWaits?: number;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Called once the request is on the wire; never through a fetch other than Node's own. */
  onSent?: () => void;
}

export interface TransitionRequest {
  action: FulfillmentAction;
  /** ISO date-time with zone; only with `complete`. */
  activationDate?: string;
}

export interface EquipmeClient {
  listOrders(query: OrderListQuery, opts?: RequestOptions): Promise<Result<OrderPage, ApiError>>;
  /**
   * One page with its envelope checked and its orders not yet (`checkListedPage`): a pull can ask
   * for the next page before it checks and stores this one.
   */
  listUncheckedOrders(query: OrderListQuery, opts?: RequestOptions): Promise<Result<ListedPage, ApiError>>;
  /** Every page from `query` on, following `next`; stops after an error, which is yielded. */
  iterateOrders(query: OrderListQuery, opts?: RequestOptions): AsyncGenerator<Result<OrderPage, ApiError>>;
  getOrder(orderId: number, opts?: RequestOptions): Promise<Result<FulfillmentOrder, ApiError>>;
  /** Only 204 counts as success. Never retried inside the client. */
  postTransition(
    orderId: number,
    transition: TransitionRequest,
    opts?: RequestOptions,
  ): Promise<Result<void, ApiError>>;
  /** PUT (deprecated by Equipme in favour of patchOrder). */
  updateOrder(
    orderId: number,
    update: FulfillmentOrderUpdate,
    opts?: RequestOptions,
  ): Promise<Result<void, ApiError>>;
  patchOrder(orderId: number, ops: PatchOperation[], opts?: RequestOptions): Promise<Result<void, ApiError>>;
}

const ORDERS_PATH = 'v1/fulfillment/orders';
const LISTING: RequestContext = { method: 'GET', subject: 'the order list' };

export function createEquipmeClient(options: EquipmeClientOptions): EquipmeClient {
  const base = apiBase(options.baseUrl);
  const http: HttpConfig = {
    apiKey: options.apiKey,
    timeoutMs: positive('timeoutMs', options.timeoutMs ?? 15_000),
    wire: fetchWire(options.fetch ?? globalThis.fetch),
    userAgent: options.userAgent ?? 'PackingStation',
    maxRateLimitWaits: Math.max(0, options.maxRateLimitWaits ?? 3),
  };
  // The sync engine's hot path: an order's look before sending, its transition, the look after.
  const orderHttp: HttpConfig = {
    ...http,
    wire: options.orderWire ?? (options.fetch ? http.wire : nodeWire),
  };
  const ordersUrl = new URL(ORDERS_PATH, base);
  const orderUrl = (id: number, tail = '') => new URL(`${ORDERS_PATH}/${id}${tail}`, base);
  // Server text may echo what it was sent: the key must never reach a log or a screen.
  const scrub = <T>(result: Result<T, ApiError>): Result<T, ApiError> =>
    result.ok ? result : err(withoutSecret(result.error, options.apiKey));

  async function fetchPage<P>(
    url: URL,
    opts: RequestOptions,
    read: (body: unknown) => Result<P, string[]>,
  ): Promise<Result<P, ApiError>> {
    const body = await getJson(http, { ...LISTING, url, signal: opts.signal, onSent: opts.onSent });
    if (!body.ok) return body;
    const page = read(body.value);
    if (page.ok) return page;
    const detail = `the list does not match the spec: ${page.error[0]}`;
    return err(invalidResponse(LISTING, detail, { status: 200, issues: page.error }));
  }

  function listUrl(query: OrderListQuery): Result<URL, ApiError> {
    const search = orderListSearch(query);
    if (!search.ok) return err(rejectedBeforeSending(LISTING, search.error));
    const url = new URL(ordersUrl);
    url.search = search.value.toString();
    return ok(url);
  }

  async function getOrder(
    orderId: number,
    signal?: AbortSignal,
  ): Promise<Result<FulfillmentOrder, ApiError>> {
    const ctx = orderContext('GET', orderId);
    if (!ctx.ok) return ctx;
    const body = await getJson(orderHttp, { ...ctx.value, url: orderUrl(orderId), signal });
    if (!body.ok) return body;
    const order = validateOrder(body.value);
    if (!order.ok) {
      const { issues, message } = order.error;
      return err(invalidResponse(ctx.value, message, { status: 200, issues }));
    }
    if (order.value.id !== orderId) {
      return err(invalidResponse(ctx.value, `it returned order ${order.value.id} instead`, { status: 200 }));
    }
    return order;
  }

  /** Checks id and body, then sends; nothing leaves the station when either is wrong. */
  async function send(
    method: Exclude<HttpMethod, 'GET'>,
    orderId: number,
    body: Result<unknown, string[]>,
    extra: { tail?: string; contentType?: string; signal?: AbortSignal | undefined },
  ): Promise<Result<void, ApiError>> {
    const ctx = orderContext(method, orderId);
    if (!ctx.ok) return ctx;
    if (!body.ok) return err(rejectedBeforeSending(ctx.value, body.error));
    const { tail, ...rest } = extra;
    return sendCommand(orderHttp, { ...ctx.value, url: orderUrl(orderId, tail), body: body.value, ...rest });
  }

  return {
    async listOrders(query, opts = {}) {
      const url = listUrl(query);
      return scrub(url.ok ? await fetchPage(url.value, opts, readOrderPage) : url);
    },
    async listUncheckedOrders(query, opts = {}) {
      const url = listUrl(query);
      return scrub(url.ok ? await fetchPage(url.value, opts, readListedPage) : url);
    },
    async *iterateOrders(query, opts = {}) {
      const url = listUrl(query);
      if (!url.ok) {
        yield url;
        return;
      }
      for await (const page of followPages(url.value, query.offset ?? 0, base, (next) =>
        fetchPage(next, { signal: opts.signal }, readOrderPage),
      )) {
        yield scrub(page);
      }
    },
    async getOrder(orderId, opts = {}) {
      return scrub(await getOrder(orderId, opts.signal));
    },
    async postTransition(orderId, transition, opts = {}) {
      const body = transitionBody(transition);
      return scrub(await send('POST', orderId, body, { tail: '/transitions', signal: opts.signal }));
    },
    async updateOrder(orderId, update, opts = {}) {
      const body = parse(fulfillmentOrderUpdateSchema, update);
      return scrub(await send('PUT', orderId, body, { signal: opts.signal }));
    },
    async patchOrder(orderId, ops, opts = {}) {
      const body = parse(patchOperationSchema.array(), ops);
      // The spec declares application/json for the patch body; it is an RFC 6902 document all the same.
      return scrub(
        await send('PATCH', orderId, body, { contentType: 'application/json', signal: opts.signal }),
      );
    },
  };
}

function orderContext(method: HttpMethod, orderId: number): Result<RequestContext, ApiError> {
  const ctx: RequestContext = { method, subject: `order ${orderId}` };
  if (Number.isSafeInteger(orderId) && orderId > 0) return ok(ctx);
  return err(rejectedBeforeSending(ctx, [`orderId: expected a positive integer, received ${orderId}`]));
}

function parse<T>(schema: z.ZodType<T>, input: unknown): Result<T, string[]> {
  const parsed = schema.safeParse(input, WITH_INPUT);
  return parsed.success ? ok(parsed.data) : err(formatIssues(parsed.error));
}

function transitionBody(transition: TransitionRequest): Result<TransitionRequest, string[]> {
  const parsed = parse(fulfillmentTransitionSchema, transition);
  if (!parsed.ok) return parsed;
  const { action, activationDate } = parsed.value;
  if (activationDate == null) return ok({ action });
  if (action !== 'complete')
    return err([`activationDate: only allowed with the complete action, not ${action}`]);
  return ok({ action, activationDate });
}

/** The API root with a trailing slash, so paths resolve beneath any prefix (https://host/equipme/). */
export function apiBase(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`The Equipme API address is not a valid URL: '${baseUrl}'`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`The Equipme API address must start with https:// (got ${url.protocol})`);
  }
  if (url.username || url.password) {
    throw new TypeError('The Equipme API address must not contain a user name or password');
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0)
    throw new RangeError(`${name} must be a positive number, got ${value}`);
  return value;
}
