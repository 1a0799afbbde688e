// The Emporix `order-v2` sales orders as an order source: read-only (the document gives the list
// only), paged by `pageNumber` from 1 until a page comes back short, with the configured saas-token.
// Every answer is checked; every failure is an ApiError that names Emporix. Never throws.
import { err, ok, type Result } from '../../../../shared/domain/result.ts';
import {
  type ApiError,
  type ApiVoice,
  invalidResponse,
  type RequestContext,
  rejectedBeforeSending,
  withoutSecret,
} from '../../api/api-error.ts';
import { getJson, type HttpConfig } from '../../api/http.ts';
import { formatIssues, WITH_INPUT } from '../../api/issues.ts';
import { fetchWire } from '../../api/wire.ts';
import type {
  OrderSource,
  PullCursor,
  SourceCapabilities,
  SourceOrder,
  SourcePage,
  SourceRequestOptions,
} from '../order-source.ts';
import { type CheckedSettings, checkSettings, type EmporixSettings, MAX_PAGE_SIZE } from './config.ts';
import { toSourceOrder } from './mapping.ts';
import { readPage } from './page.ts';
import { emporixSalesOrderSchema } from './schema.ts';
import { type SortKey, sortParameter } from './sort.ts';

export interface EmporixSourceOptions extends EmporixSettings {
  /** Per request, including reading the body. Default 15 000. */
  timeoutMs?: number;
  /** Every request goes through this fetch when given (tests watch and fault requests with it). */
  fetch?: typeof fetch;
  userAgent?: string;
  /** How many 429 answers a request waits out before giving up. Default 3. */
  maxRateLimitWaits?: number;
}

/** Read-only: the shop is never sent a status change (docs/sources.md). */
export const EMPORIX_CAPABILITIES: SourceCapabilities = { transitions: [] };

export const EMPORIX_API: ApiVoice = {
  name: 'Emporix',
  credentialRejected:
    "The Emporix API refused the station's saas-token: it has expired or lacks the scope order.order_read. Ask a supervisor to enter a fresh token in Settings.",
};

/**
 * Oldest first, id to break ties: a new order lands after every page already read, so a pull that
 * stops and resumes at its cursor's page neither skips nor repeats an order (see docs/sources/emporix.md).
 */
export const PULL_SORT: readonly SortKey[] = [
  { field: 'created', direction: 'asc' },
  { field: 'id', direction: 'asc' },
];

/** The ids Emporix hands out ("orderId123456", "EON1001"); anything else is refused before sending. */
const ORDER_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

export function createEmporixSource(options: EmporixSourceOptions): Result<OrderSource, string[]> {
  const checked = checkSettings(options);
  if (!checked.ok) return checked;
  const settings = checked.value;
  const sorted = sortParameter(PULL_SORT);
  if (!sorted.ok) return sorted;
  const sort = sorted.value;
  const http: HttpConfig = {
    apiKey: settings.token,
    keyHeader: 'saas-token',
    timeoutMs: options.timeoutMs ?? 15_000,
    wire: fetchWire(options.fetch ?? globalThis.fetch),
    userAgent: options.userAgent ?? 'PackingStation',
    maxRateLimitWaits: Math.max(0, options.maxRateLimitWaits ?? 3),
  };
  const ordersPath = `order-v2/${settings.tenant}/salesorders`;
  // Server text may echo what it was sent: the token must never reach a log or a screen.
  const scrub = <T>(result: Result<T, ApiError>): Result<T, ApiError> =>
    result.ok ? result : err(withoutSecret(result.error, settings.token));

  async function pullPage(
    cursor: PullCursor | null,
    signal?: AbortSignal,
  ): Promise<Result<SourcePage, ApiError>> {
    const position = readCursor(cursor, settings);
    const ctx: RequestContext = {
      method: 'GET',
      subject: position.ok
        ? `the Emporix order list (page ${position.value.pageNumber})`
        : 'the Emporix order list',
      api: EMPORIX_API,
    };
    if (!position.ok) return err(rejectedBeforeSending(ctx, position.error));
    const { pageNumber, pageSize, lastId } = position.value;
    const url = new URL(ordersPath, settings.base);
    url.search = new URLSearchParams({
      pageNumber: String(pageNumber),
      pageSize: String(pageSize),
      sort,
    }).toString();
    const body = await getJson(http, { ...ctx, url, signal });
    if (!body.ok) return body;
    if (!Array.isArray(body.value)) {
      return err(
        invalidResponse(ctx, 'the list is not an array of orders', {
          status: 200,
          issues: ['expected array'],
        }),
      );
    }
    // A server that ignores pageSize would never send a short page: the pull would not end.
    if (body.value.length > pageSize) {
      const detail = `${body.value.length} orders where ${pageSize} were asked for`;
      return err(invalidResponse(ctx, detail, { status: 200, issues: [detail] }));
    }
    const page = readPage(body.value, lastId);
    const full = body.value.length === pageSize;
    return ok({
      orders: page.orders,
      rejected: page.rejected,
      next: full ? { pageNumber: pageNumber + 1, pageSize, lastId: page.lastId } : null,
      total: null,
    });
  }

  async function getOne(id: string, signal?: AbortSignal): Promise<Result<SourceOrder, ApiError>> {
    const ctx: RequestContext = {
      method: 'GET',
      subject: `Emporix order ${safeForText(id)}`,
      api: EMPORIX_API,
    };
    if (!ORDER_ID.test(id)) {
      return err(rejectedBeforeSending(ctx, ['the order id may hold only letters, digits, ., _, : and -']));
    }
    const url = new URL(`${ordersPath}/${encodeURIComponent(id)}`, settings.base);
    const body = await getJson(http, { ...ctx, url, signal });
    if (!body.ok) return body;
    const parsed = emporixSalesOrderSchema.safeParse(body.value, WITH_INPUT);
    if (!parsed.success) {
      const issues = formatIssues(parsed.error);
      return err(invalidResponse(ctx, `the order does not match: ${issues[0]}`, { status: 200, issues }));
    }
    if (parsed.data.id !== id) {
      return err(
        invalidResponse(ctx, `it returned order ${safeForText(parsed.data.id)} instead`, { status: 200 }),
      );
    }
    return ok(toSourceOrder(parsed.data));
  }

  return ok({
    name: 'emporix',
    capabilities: EMPORIX_CAPABILITIES,
    pullPage: async (cursor, opts: SourceRequestOptions = {}) => scrub(await pullPage(cursor, opts.signal)),
    getOne: async (id, opts: SourceRequestOptions = {}) => scrub(await getOne(id, opts.signal)),
  });
}

interface Position {
  pageNumber: number;
  pageSize: number;
  lastId: string | null;
}

/**
 * A cursor comes back from storage: it is read, never trusted. Its page size wins over the
 * setting's, so a pull resumed after the setting changed still lands on the page it meant.
 */
function readCursor(cursor: PullCursor | null, settings: CheckedSettings): Result<Position, string[]> {
  if (cursor === null) return ok({ pageNumber: 1, pageSize: settings.pageSize, lastId: null });
  const { pageNumber, pageSize, lastId } = cursor;
  const problems: string[] = [];
  if (typeof pageNumber !== 'number' || !Number.isSafeInteger(pageNumber) || pageNumber < 1) {
    problems.push('cursor.pageNumber: expected a whole number from 1');
  }
  if (
    typeof pageSize !== 'number' ||
    !Number.isInteger(pageSize) ||
    pageSize < 1 ||
    pageSize > MAX_PAGE_SIZE
  ) {
    problems.push(`cursor.pageSize: expected a whole number from 1 to ${MAX_PAGE_SIZE}`);
  }
  if (lastId !== undefined && lastId !== null && typeof lastId !== 'string') {
    problems.push('cursor.lastId: expected text or null');
  }
  if (problems.length > 0) return err(problems);
  return ok({
    pageNumber: pageNumber as number,
    pageSize: pageSize as number,
    lastId: typeof lastId === 'string' ? lastId : null,
  });
}

/** An id from a scan or a caller, fit to quote in a message. */
function safeForText(id: string): string {
  const shown = id.replace(/[^\x20-\x7e]/g, '?');
  return shown.length > 60 ? `${shown.slice(0, 59)}…` : shown;
}
