// The walk through Equipme's open orders that both the background pull (sync/pull-orders.ts) and the
// Equipme order source (sources/equipme/cursor.ts) take: pages sorted by creation date, each asking
// for orders created after one millisecond before the newest of the page before, so an order
// cancelled on a page already read shifts nothing. Within one creation instant that fills whole pages
// the time cannot move: the walk steps through it by offset.
import type { OrderListQuery } from '../../../shared/api/equipme.ts';
import { OPEN_STATUSES } from '../../../shared/domain/lifecycle.ts';

/** Where the next page of the walk starts. */
export interface ListingStart {
  /** ISO instant: orders created after it; null from the first order on. */
  after: string | null;
  offset: number;
}

export function openOrdersQuery(start: ListingStart, limit: number): OrderListQuery {
  return {
    status: [...OPEN_STATUSES],
    limit,
    sortBy: 'date',
    sortOrder: 'asc',
    ...(start.after !== null ? { after: start.after } : {}),
    ...(start.offset > 0 ? { offset: start.offset } : {}),
  };
}

/**
 * Where the walk goes on after a full page of `length` orders, `fresh` of them not returned before,
 * the newest created at `newest` (ms).
 */
export function nextListingStart(
  start: ListingStart,
  newest: number,
  fresh: number,
  length: number,
): ListingStart {
  const after = new Date(newest - 1).toISOString();
  // The whole page repeated the boundary, or stayed in one instant: step through it by offset.
  const sameInstant = fresh === 0 || after === start.after;
  return { after, offset: sameInstant ? start.offset + length : 0 };
}
