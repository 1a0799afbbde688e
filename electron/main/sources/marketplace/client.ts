// The marketplace order source: logs in for a bearer token, lists submitted and paid orders page by
// page, reads one order through the list (the document has no single-order path) and maps each into
// a SourceOrder. Read-only: the document has no write endpoint. Same request core, timeouts, 429
// waits and ApiError values as the Equipme client; resolves to a Result and never throws.
import { plainLine } from '../../../../shared/domain/plain-text.ts';
import { err, ok, type Result } from '../../../../shared/domain/result.ts';
import {
  type ApiError,
  type ApiVoice,
  aborted,
  errorFromStatus,
  invalidResponse,
  type RequestContext,
  rejectedBeforeSending,
  withoutSecret,
} from '../../api/api-error.ts';
import { getJsonAnswer, type HttpConfig } from '../../api/http.ts';
import { formatIssues, WITH_INPUT } from '../../api/issues.ts';
import { fetchWire } from '../../api/wire.ts';
import type {
  OrderSource,
  RejectedSourceOrder,
  SourceCapabilities,
  SourceOrder,
  SourcePage,
} from '../order-source.ts';
import { toSourceOrder } from './mapping.ts';
import {
  alreadyRead,
  type MarketplaceCursor,
  nextCursor,
  pagingHeaders,
  readCursor,
  toPullCursor,
} from './paging.ts';
import { buildFilter, buildSort, type FilterCriterion } from './q-filter.ts';
import { authAnswerSchema, marketplaceOrderSchema, orderListSchema } from './schemas.ts';

/** Read-only: the shop is never sent a status change (docs/sources.md). */
export const MARKETPLACE_CAPABILITIES: SourceCapabilities = { transitions: [] };

export const AUTHENTICATE_PATH = 'api/v1/authenticate';
export const ORDERS_PATH = 'api/v1/orders';
const DEFAULT_PER_PAGE = 50;
const MAX_PER_PAGE = 500;
const MAX_PROBLEMS = 5;

/** What the pull asks for: submitted, paid orders, oldest first (id breaks a tie). */
const PULL_FILTER: FilterCriterion[] = [
  { field: 'status', operator: ':', value: 1 },
  { field: 'paid', operator: ':', value: 1 },
];
const PULL_SORT = buildSort([
  { field: 'submit_date', direction: 'ascending' },
  { field: 'id', direction: 'ascending' },
]);

export const LOGIN_REJECTED_MESSAGE =
  "The marketplace refused the station's login. Ask a supervisor to enter the marketplace user name and password again in Settings.";
export const SESSION_REJECTED_MESSAGE =
  "The marketplace refused the station's session even after a fresh login. Ask a supervisor to check the marketplace account in Settings; the station keeps the orders it has.";

/** How the messages name the marketplace; a 401 that survives a fresh login is the session's. */
const MARKETPLACE_API: ApiVoice = { name: 'marketplace', credentialRejected: SESSION_REJECTED_MESSAGE };

export interface MarketplaceSourceOptions {
  /** Where the API lives, e.g. https://shop.example.com (the paths start with /api/v1/). */
  baseUrl: string;
  username: string;
  password: string;
  /** Orders per page, 1 to 500; 50 unless said. */
  perPage?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
  userAgent?: string;
  maxRateLimitWaits?: number;
}

export interface MarketplaceSource extends OrderSource {
  /** Forgets the token, so the next request logs in again (a changed password). */
  logOut(): void;
}

export function createMarketplaceSource(options: MarketplaceSourceOptions): MarketplaceSource {
  const base = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
  const perPage = options.perPage ?? DEFAULT_PER_PAGE;
  if (!Number.isSafeInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
    throw new RangeError(`perPage must be an integer from 1 to ${MAX_PER_PAGE}, got ${perPage}`);
  }
  const timeoutMs = options.timeoutMs ?? 15_000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new RangeError(`timeoutMs must be a positive number, got ${timeoutMs}`);
  }
  const http: HttpConfig = {
    apiKey: '',
    keyHeader: null,
    timeoutMs,
    wire: fetchWire(options.fetch ?? globalThis.fetch),
    userAgent: options.userAgent ?? 'PackingStation',
    maxRateLimitWaits: Math.max(0, options.maxRateLimitWaits ?? 3),
  };
  let token: string | null = null;
  let loggingIn: Promise<Result<string, ApiError>> | null = null;

  const scrub = <T>(result: Result<T, ApiError>): Result<T, ApiError> => {
    if (result.ok) return result;
    let error = withoutSecret(result.error, options.password);
    if (token) error = withoutSecret(error, token);
    return err(error);
  };

  /**
   * One login at a time: requests that find no token wait for the same one. It runs under the
   * timeout only, not one caller's signal: a caller that gives up must not fail the others' login.
   */
  function logIn(): Promise<Result<string, ApiError>> {
    loggingIn ??= (async () => {
      const ctx: RequestContext = { method: 'POST', subject: 'the marketplace login', api: MARKETPLACE_API };
      const answer = await getJsonAnswer(http, {
        ...ctx,
        url: new URL(AUTHENTICATE_PATH, base),
        body: { username: options.username, password: options.password },
      });
      if (!answer.ok) {
        return answer.error.kind === 'unauthorized' || answer.error.kind === 'forbidden'
          ? err({ ...answer.error, kind: 'unauthorized' as const, message: LOGIN_REJECTED_MESSAGE })
          : answer;
      }
      const parsed = authAnswerSchema.safeParse(answer.value.body);
      if (!parsed.success) {
        return err(invalidResponse(ctx, 'the login answer has no auth_token', { status: 200 }));
      }
      token = parsed.data.auth_token;
      return ok(token);
    })().finally(() => {
      loggingIn = null;
    });
    return loggingIn;
  }

  /** A GET with the bearer token; a 401 renews the token once and the request goes once more. */
  async function authorizedGet(ctx: RequestContext, url: URL, signal: AbortSignal | undefined) {
    for (let attempt = 0; ; attempt++) {
      const current = token ?? (await untilAborted(logIn(), signal, ctx));
      if (typeof current !== 'string' && !current.ok) return current;
      const bearer = typeof current === 'string' ? current : current.value;
      const answer = await getJsonAnswer(
        { ...http, keyHeader: 'Authorization', apiKey: `Bearer ${bearer}` },
        { ...ctx, url, signal },
      );
      if (answer.ok || answer.error.kind !== 'unauthorized') return answer;
      if (token === bearer) token = null;
      if (attempt >= 1) return err({ ...answer.error, message: SESSION_REJECTED_MESSAGE });
    }
  }

  async function listPage(ctx: RequestContext, query: URLSearchParams, signal: AbortSignal | undefined) {
    const answer = await authorizedGet(ctx, new URL(`${ORDERS_PATH}?${query}`, base), signal);
    if (!answer.ok) return answer;
    const list = orderListSchema.safeParse(answer.value.body);
    if (!list.success) {
      return err(
        invalidResponse(ctx, 'it is not a list of orders', { status: 200, issues: ['expected array'] }),
      );
    }
    return ok({ items: list.data, headers: answer.value.headers });
  }

  async function pullPage(cursorIn: Parameters<OrderSource['pullPage']>[0], signal?: AbortSignal) {
    const ctx: RequestContext = {
      method: 'GET',
      subject: 'the marketplace order list',
      api: MARKETPLACE_API,
    };
    const cursor = readCursor(cursorIn);
    const criteria = [...PULL_FILTER];
    if (cursor.since !== null) criteria.push({ field: 'submit_date', operator: '>=', value: cursor.since });
    const q = buildFilter(criteria);
    if (!q.ok) return err(rejectedBeforeSending(ctx, [q.error]));
    if (!PULL_SORT.ok) return err(rejectedBeforeSending(ctx, [PULL_SORT.error]));
    const query = new URLSearchParams({
      q: q.value,
      sort: PULL_SORT.value,
      page: String(cursor.page),
      per_page: String(perPage),
    });
    const listed = await listPage(ctx, query, signal);
    if (!listed.ok) return listed;
    return ok(readPage(cursor, listed.value.items, listed.value.headers));
  }

  function readPage(
    cursor: MarketplaceCursor,
    items: unknown[],
    headers: { get(name: string): string | null },
  ): SourcePage {
    const orders: SourceOrder[] = [];
    const rejected: RejectedSourceOrder[] = [];
    let last: { submitDate: string; id: string } | null = null;
    for (const item of items) {
      const parsed = marketplaceOrderSchema.safeParse(item, WITH_INPUT);
      if (!parsed.success) {
        rejected.push({ id: rawId(item), problems: formatIssues(parsed.error).slice(0, MAX_PROBLEMS) });
        continue;
      }
      const order = parsed.data;
      if (order.submit_date) last = { submitDate: order.submit_date, id: order.id };
      if (!alreadyRead(cursor, order.submit_date, order.id)) orders.push(toSourceOrder(order));
    }
    const paging = pagingHeaders(headers);
    const next = nextCursor({
      cursor,
      received: items.length,
      requestedPerPage: perPage,
      headers: paging,
      last,
    });
    return { orders, rejected, next: next && toPullCursor(next), total: paging.count };
  }

  return {
    name: 'marketplace',
    capabilities: MARKETPLACE_CAPABILITIES,
    logOut() {
      token = null;
    },
    async pullPage(cursor, opts = {}) {
      return scrub(await pullPage(cursor, opts.signal));
    },
    async getOne(id, opts = {}) {
      const ctx: RequestContext = {
        method: 'GET',
        subject: `marketplace order ${id.slice(0, 64)}`,
        api: MARKETPLACE_API,
      };
      const q = buildFilter([{ field: 'id', operator: ':', value: id }]);
      if (!q.ok) return err(rejectedBeforeSending(ctx, [q.error]));
      const listed = await listPage(
        ctx,
        new URLSearchParams({ q: q.value, page: '1', per_page: '2' }),
        opts.signal,
      );
      if (!listed.ok) return scrub(listed);
      const match = listed.value.items.find((item) => rawId(item) === id);
      if (match === undefined) return err(errorFromStatus(ctx, 404, {}, undefined));
      const parsed = marketplaceOrderSchema.safeParse(match, WITH_INPUT);
      if (!parsed.success) {
        const issues = formatIssues(parsed.error);
        const detail = `the order does not match what the station reads: ${issues.slice(0, MAX_PROBLEMS).join('; ')}`;
        return err(invalidResponse(ctx, detail, { status: 200, issues }));
      }
      return ok(toSourceOrder(parsed.data));
    },
  };
}

/** The login's answer, or `aborted` as soon as the caller's signal fires. */
async function untilAborted<T>(
  login: Promise<Result<T, ApiError>>,
  signal: AbortSignal | undefined,
  ctx: RequestContext,
): Promise<Result<T, ApiError>> {
  if (!signal) return login;
  if (signal.aborted) return err(aborted(ctx, 'not-sent'));
  let stop = () => {};
  const abort = new Promise<Result<T, ApiError>>((resolve) => {
    const onAbort = () => resolve(err(aborted(ctx, 'not-sent')));
    signal.addEventListener('abort', onAbort, { once: true });
    stop = () => signal.removeEventListener('abort', onAbort);
  });
  try {
    return await Promise.race([login, abort]);
  } finally {
    stop();
  }
}

/** The id of an order that failed its check, if it has a readable one. */
function rawId(item: unknown): string | null {
  const id = (item as { id?: unknown } | null)?.id;
  if (typeof id === 'number' && Number.isSafeInteger(id)) return String(id);
  const text = typeof id === 'string' ? plainLine(id).trim() : '';
  if (text !== '' && text.length <= 64) return text;
  return null;
}
