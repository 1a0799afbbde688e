// Where a marketplace pull goes on from. Page numbers alone skip orders: an order on an earlier page
// that is shipped or cancelled meanwhile leaves the filter, and every later order moves up one place.
// So each request lists the orders from the last submit date read on (`submit_date>=`, sorted by
// submit date then id) and drops the ones at that date it has already passed; `page` only counts on
// while a whole page shares one submit date. See docs/sources/marketplace.md.
import type { PullCursor } from '../order-source.ts';

export interface MarketplaceCursor {
  /** The submit date of the last order read; null on the first page. */
  since: string | null;
  /** The highest id read at `since`: those up to it are not read again. */
  afterId: string | null;
  page: number;
}

export const FIRST_PAGE: MarketplaceCursor = { since: null, afterId: null, page: 1 };

/** A cursor as saved: anything but one this client wrote starts the pull over. */
export function readCursor(cursor: PullCursor | null): MarketplaceCursor {
  if (cursor === null) return FIRST_PAGE;
  const { since, afterId, page } = cursor;
  const validPage = typeof page === 'number' && Number.isSafeInteger(page) && page >= 1;
  const validSince = since === null || (typeof since === 'string' && !Number.isNaN(Date.parse(since)));
  const validAfter = afterId === null || typeof afterId === 'string';
  if (!validPage || !validSince || !validAfter || (since === null) !== (afterId === null)) return FIRST_PAGE;
  return { since, afterId, page };
}

export interface PagingHeaders {
  page: number | null;
  perPage: number | null;
  pages: number | null;
  count: number | null;
}

/** The X-page, X-per-page, X-pages and X-count headers; a missing or garbled one is null. */
export function pagingHeaders(headers: { get(name: string): string | null }): PagingHeaders {
  const read = (name: string) => {
    const value = headers.get(name)?.trim();
    return value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : null;
  };
  return {
    page: read('x-page'),
    perPage: read('x-per-page'),
    pages: read('x-pages'),
    count: read('x-count'),
  };
}

/** Orders compare by submit date, then id (numerically when both are numbers), as the pull sorts them. */
export function compareIds(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const [x, y] = [BigInt(a), BigInt(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether an order at `submitDate` with `id` was read before `cursor`. */
export function alreadyRead(
  cursor: MarketplaceCursor,
  submitDate: string | null | undefined,
  id: string,
): boolean {
  if (cursor.since === null || cursor.afterId === null || !submitDate) return false;
  const at = Date.parse(submitDate);
  const since = Date.parse(cursor.since);
  return at < since || (at === since && compareIds(id, cursor.afterId) <= 0);
}

export interface PageRead {
  cursor: MarketplaceCursor;
  /** Elements in the answer, valid or not. */
  received: number;
  requestedPerPage: number;
  headers: PagingHeaders;
  /** The last order of the page that has a submit date, if any. */
  last: { submitDate: string; id: string } | null;
}

/** Where the next page starts, or null once the listing is read. */
export function nextCursor(read: PageRead): MarketplaceCursor | null {
  const { cursor, received, headers, last } = read;
  if (received === 0) return null;
  if (headers.page !== null && headers.pages !== null) {
    if (headers.page >= headers.pages) return null;
  } else if (received < (headers.perPage ?? read.requestedPerPage)) {
    return null;
  }
  if (last === null) return { ...cursor, page: cursor.page + 1 };
  if (cursor.since === null || Date.parse(last.submitDate) !== Date.parse(cursor.since)) {
    return { since: last.submitDate, afterId: last.id, page: 1 };
  }
  const afterId =
    cursor.afterId === null || compareIds(last.id, cursor.afterId) > 0 ? last.id : cursor.afterId;
  return { since: cursor.since, afterId, page: cursor.page + 1 };
}

export function toPullCursor(cursor: MarketplaceCursor): PullCursor {
  return { since: cursor.since, afterId: cursor.afterId, page: cursor.page };
}
