// Where a walk through Equipme's open orders stands, kept as a PullCursor (JSON, so it survives a
// restart). The walk is the background pull's (api/open-listing.ts). The overlap lists the
// boundary's orders again: their ids travel in the cursor and are left out of the next page.
import { err, ok, type Result } from '../../../../shared/domain/result.ts';
import { type ListingStart, nextListingStart } from '../../api/open-listing.ts';
import { listingPosition } from '../../api/order-page.ts';
import type { PullCursor } from '../order-source.ts';

export interface EquipmePosition extends ListingStart {
  /** Ids already returned that the next page may list again (created at the boundary). */
  boundary: number[];
  /** Distinct orders returned before this position: with the listing's total, the whole count. */
  listed: number;
}

export const START: EquipmePosition = { after: null, offset: 0, boundary: [], listed: 0 };

const IDS = /^(?:[1-9]\d{0,15}(?:,[1-9]\d{0,15})*)?$/;

export function toPullCursor(position: EquipmePosition): PullCursor {
  return {
    after: position.after,
    offset: position.offset,
    boundary: position.boundary.join(','),
    listed: position.listed,
  };
}

/** A cursor comes back from storage or a caller: it is read, never trusted. */
export function readPosition(cursor: PullCursor | null): Result<EquipmePosition, string[]> {
  if (cursor === null) return ok(START);
  const { after, offset, boundary, listed } = cursor;
  const problems: string[] = [];
  if (after !== null && (typeof after !== 'string' || Number.isNaN(Date.parse(after)))) {
    problems.push('cursor.after: expected a date-time or null');
  }
  const whole = (value: unknown): value is number =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
  if (!whole(offset)) problems.push('cursor.offset: expected a whole number from 0');
  if (!whole(listed)) problems.push('cursor.listed: expected a whole number from 0');
  if (typeof boundary !== 'string' || !IDS.test(boundary)) {
    problems.push('cursor.boundary: expected order ids separated by commas');
  }
  if (problems.length > 0) return err(problems);
  return ok({
    after: after as string | null,
    offset: offset as number,
    boundary: boundary === '' ? [] : (boundary as string).split(',').map(Number),
    listed: listed as number,
  });
}

export interface PageStep {
  /** Positions in the page of orders an earlier page returned: they are left out. */
  repeats: ReadonlySet<number>;
  /** Where the next page starts; null when this page was the last. */
  next: EquipmePosition | null;
}

/**
 * Reads the page's unchecked items (an invalid order is still open and still holds its place in the
 * listing) for the orders already returned and for where the next page starts.
 */
export function stepPage(position: EquipmePosition, items: readonly unknown[], limit: number): PageStep {
  const before = new Set(position.boundary);
  const places = items.map(listingPosition);
  const repeats = new Set<number>();
  let newest = Number.NEGATIVE_INFINITY;
  places.forEach(({ id, created }, index) => {
    if (id !== undefined && before.has(id)) repeats.add(index);
    if (created !== undefined) newest = Math.max(newest, created);
  });
  if (items.length < limit || !Number.isFinite(newest)) return { repeats, next: null };
  const fresh = items.length - repeats.size;
  const start = nextListingStart(position, newest, fresh, items.length);
  // Listed again after `after`: anything created from its millisecond on (a time may carry more digits).
  const boundary = places.flatMap(({ id, created }) =>
    id !== undefined && created !== undefined && created >= newest - 1 ? [id] : [],
  );
  // Still within one instant (paged by offset): the ids seen in it so far all stay the boundary.
  const sameInstant = start.offset > 0;
  return {
    repeats,
    next: {
      ...start,
      boundary: sameInstant ? [...new Set([...position.boundary, ...boundary])] : boundary,
      listed: position.listed + fresh,
    },
  };
}

/**
 * The whole listing's size from a page's `total`, which counts only orders created after the cursor:
 * those it skipped by offset and those it repeated were returned before.
 */
export function wholeListing(position: EquipmePosition, pageTotal: number, repeats: number): number {
  return position.listed + pageTotal - position.offset - repeats;
}
