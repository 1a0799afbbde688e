// Pull: every open order from the API into the cache. The open set changes while we page through
// it (an order cancelled on page 1 shifts every later offset), so pages follow a cursor the set
// cannot shift: sorted by creation date, each page asks for orders created after the last one seen
// (overlapping the boundary by a millisecond; repeats are recognised by id). An order the listing no
// longer shows is looked at one by one before the cache closes it, so the cache ends up with its
// real final status, not a guess.

import { OPEN_STATUSES } from '../../../shared/domain/lifecycle.ts';
import { err, ok, type Result } from '../../../shared/domain/result.ts';
import {
  type ApiError,
  type ApiErrorKind,
  checkListedPage,
  type EquipmeClient,
  type ListedPage,
  listingPosition,
} from '../api/index.ts';
import { type ListingStart, nextListingStart, openOrdersQuery } from '../api/open-listing.ts';
import { appendAudit, getStationId, type StationDb, upsertPulledOrders, writeLock } from '../db/index.ts';
import { isOrderClosed, markClosed, openOrderIds } from '../db/orders.ts';
import { pendingCountFor } from '../db/outbox-entries.ts';

export interface PullSummary {
  orders: number;
  rejected: { id?: number; message: string }[];
  closed: number;
  /** Orders the server moved while this station had transitions pending for them. */
  conflicts: number[];
}

export interface PullOptions {
  /** Orders per page (the API allows 1..1000). */
  pageSize?: number;
  /** At most this many vanished orders are looked at one by one per pull; the rest are closed unseen. */
  maxConfirmations?: number;
  /** Full passes when the open set keeps changing under the listing. */
  maxPasses?: number;
}

interface Pass {
  /** Ids of valid and rejected open orders the listing showed. */
  seen: Set<number>;
  /** The open set no longer has as many orders as the pass saw: orders left or entered it meanwhile. */
  churned: boolean;
}

const LOOK_CONCURRENCY = 4;
/**
 * Orders per page by default. A page is held while it is checked and written, and the pull's peak
 * memory follows it by more than its size: V8 lets the old generation grow to about 4× what was live
 * at its last full collection, and a page checked while that collection marks counts as live too.
 * At 50k orders (bench, same load, alternate runs) pages of 750 peaked at 271–274 MiB from the
 * sources and 253 built, of 500 at 227–248 and 225–236, of 400 at 219–237 and 198–200; the pull's
 * own time was the same at 400 and 750 (docs/performance.md, round 6).
 */
export const PULL_PAGE_SIZE = 400;

export async function pullOpenOrders(
  db: StationDb,
  client: EquipmeClient,
  now: () => Date,
  signal: AbortSignal,
  traffic: (outcome: ApiErrorKind | 'ok') => void,
  options: PullOptions = {},
): Promise<Result<PullSummary, ApiError>> {
  const summary: PullSummary = { orders: 0, rejected: [], closed: 0, conflicts: [] };
  const maxPasses = options.maxPasses ?? 3;
  let pass: Pass | undefined;
  for (let n = 0; n < maxPasses && (pass === undefined || pass.churned); n++) {
    summary.orders = 0;
    summary.rejected = [];
    const listed = await listPass(
      db,
      client,
      now,
      signal,
      traffic,
      summary,
      options.pageSize ?? PULL_PAGE_SIZE,
    );
    if (!listed.ok) return listed;
    pass = listed.value;
  }
  if (!pass) return ok(summary);

  const vanished = openOrderIds(db).filter((id) => !pass.seen.has(id));
  summary.closed = await confirmVanished(db, client, now, signal, traffic, vanished, options, summary);
  appendAudit(db, {
    at: now(),
    stationId: getStationId(db),
    operator: null,
    kind: 'pull-completed',
    detail: { ...summary, rejected: summary.rejected.length },
  });
  // A big pull changes the table's shape: let SQLite refresh its planner statistics.
  db.pragma('optimize');
  return ok(summary);
}

async function listPass(
  db: StationDb,
  client: EquipmeClient,
  now: () => Date,
  signal: AbortSignal,
  traffic: (outcome: ApiErrorKind | 'ok') => void,
  summary: PullSummary,
  limit: number,
): Promise<Result<Pass, ApiError>> {
  const cursor: Cursor = { seen: new Set(), withoutId: 0, after: null, offset: 0 };
  // The next page is asked for as soon as this one says where it ends, before its orders are checked
  // and stored: the server builds it while this station writes. It is cancelled if the pass stops.
  const pass = new AbortController();
  const requestSignal = AbortSignal.any([signal, pass.signal]);
  const request = (onSent?: () => void) =>
    client.listUncheckedOrders(openOrdersQuery(cursor, limit), {
      signal: requestSignal,
      ...(onSent ? { onSent } : {}),
    });
  try {
    for (let next = request(); ; ) {
      const page = await next;
      traffic(page.ok ? 'ok' : page.error.kind);
      if (!page.ok) return err(page.error);
      const more = advance(cursor, page.value.items, limit);
      if (more) {
        // fetch sends from the event loop, not from the call: the write below would hold it back.
        let sent = () => {};
        const leftStation = new Promise<void>((resolve) => {
          sent = resolve;
        });
        next = request(sent);
        await Promise.race([leftStation, next]);
      }
      storePage(db, page.value, now, summary);
      summary.orders = cursor.seen.size - summary.rejected.length;
      if (!more) break;
    }
  } finally {
    pass.abort();
  }
  // Each page's total counts only what lies after its cursor; the whole set is counted once more at
  // the end. An order cancelled on a page already read leaves it smaller than what the pass saw.
  const count = await client.listOrders({ status: [...OPEN_STATUSES], limit: 1 }, { signal });
  traffic(count.ok ? 'ok' : count.error.kind);
  if (!count.ok) return err(count.error);
  const { seen, withoutId } = cursor;
  return ok({ seen, churned: count.value.total !== seen.size + withoutId });
}

/** Where a pass stands: the ids it has seen (never the orders) and where the next page starts. */
interface Cursor extends ListingStart {
  seen: Set<number>;
  /** Orders listed without a readable id: open, but never matched with the cache. */
  withoutId: number;
}

/**
 * Notes the page's ids and moves the cursor to one millisecond before its newest creation time;
 * false when the page was the last. Read from the unchecked items: an invalid order is still open
 * and still holds its place in the listing.
 */
function advance(cursor: Cursor, items: readonly unknown[], limit: number): boolean {
  let fresh = 0;
  let newest = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const { id, created } = listingPosition(item);
    if (id === undefined) cursor.withoutId++;
    else if (!cursor.seen.has(id)) {
      fresh++;
      cursor.seen.add(id);
    }
    if (created !== undefined) newest = Math.max(newest, created);
  }
  if (items.length < limit || !Number.isFinite(newest)) return false;
  const next = nextListingStart(cursor, newest, fresh, items.length);
  cursor.after = next.after;
  cursor.offset = next.offset;
  return true;
}

/** Checks the page's orders and stores the valid ones; an invalid one is reported, never cached. */
function storePage(db: StationDb, listed: ListedPage, now: () => Date, summary: PullSummary): void {
  const { orders, rejected } = checkListedPage(listed);
  for (const outcome of upsertPulledOrders(db, orders, now())) {
    if (outcome.conflict && !summary.conflicts.includes(outcome.orderId))
      summary.conflicts.push(outcome.orderId);
  }
  for (const bad of rejected) {
    summary.rejected.push({ ...(bad.id !== undefined ? { id: bad.id } : {}), message: bad.message });
  }
}

/**
 * Orders the cache holds as open that the listing no longer shows: look at each (a few at a time)
 * and store what Equipme says. One Equipme refuses to show (403) or does not know (404) has left
 * this station's work; one that cannot be looked at now stays as it is until the next pull.
 */
async function confirmVanished(
  db: StationDb,
  client: EquipmeClient,
  now: () => Date,
  signal: AbortSignal,
  traffic: (outcome: ApiErrorKind | 'ok') => void,
  vanished: readonly number[],
  options: PullOptions,
  summary: PullSummary,
): Promise<number> {
  const limit = options.maxConfirmations ?? 500;
  const looked = vanished.slice(0, limit);
  let closed = 0;
  const gone: number[] = [...vanished.slice(limit)];
  let next = 0;
  const worker = async () => {
    while (next < looked.length && !signal.aborted) {
      const id = looked[next++] as number;
      const answer = await client.getOrder(id, { signal });
      traffic(answer.ok ? 'ok' : answer.error.kind);
      if (answer.ok) {
        for (const outcome of upsertPulledOrders(db, [answer.value], now())) {
          if (outcome.conflict && !summary.conflicts.includes(id)) summary.conflicts.push(id);
        }
        if (isOrderClosed(db, id)) closed++;
      } else if (answer.error.kind === 'forbidden' || answer.error.kind === 'not-found') {
        gone.push(id);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(LOOK_CONCURRENCY, looked.length) }, worker));
  // The operator must keep seeing an order with steps still to send, wherever it went.
  const closable = gone.filter((id) => pendingCountFor(db, id) === 0);
  markClosed(db, closable);
  const since = now().toISOString();
  for (const id of gone.filter((id) => !closable.includes(id))) {
    const lock = { reason: 'gone', serverStatus: null, expected: null, entryId: null, since } as const;
    if (writeLock(db, id, lock)) {
      appendAudit(db, {
        at: now(),
        stationId: getStationId(db),
        operator: null,
        kind: 'order-locked',
        orderId: id,
        detail: { ...lock },
      });
    }
  }
  return closed + closable.length;
}
