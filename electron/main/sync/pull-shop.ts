// Pull one shop into the cache: walk its listing from the start, page by page, storing each packable
// order under its key as it arrives. Where the pass stands is kept in the database after every page,
// so a restart resumes the pass instead of starting it again. A completed pass closes the shop's open
// orders it no longer listed — only in that shop's key range — except one a packer started here and
// has not handed to the carrier: that stays open, saying the shop no longer lists it. A rejected
// order is counted and reported, never cached, never a stop.
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { firstShopKey, lastShopKey } from '../../../shared/domain/order-keys.ts';
import type { ShopSourceName } from '../../../shared/domain/order-sources.ts';
import { err, ok, type Result } from '../../../shared/domain/result.ts';
import { statusAfterSteps } from '../../../shared/domain/shop-steps.ts';
import type { ApiError } from '../api/api-error.ts';
import { appendAudit } from '../db/audit-log.ts';
import type { StationDb } from '../db/connection.ts';
import { upsertPulledOrders } from '../db/orders.ts';
import {
  closeShopOrders,
  markShopOrderUnlisted,
  readShopPass,
  type ShopPass,
  shopOrdersUnlistedSince,
  touchShopOrders,
  writeShopPass,
} from '../db/shop-cache.ts';
import { shopOrderKey, shopOrderKeys } from '../db/shop-orders.ts';
import { shopStepsOf } from '../db/shop-packing.ts';
import { statement } from '../db/statements.ts';
import { getStationId } from '../db/station.ts';
import type { OrderSource, RejectedSourceOrder, SourceOrder } from '../sources/order-source.ts';
import { shopOrderAsFulfillment } from './shop-as-order.ts';

export interface ShopPullSummary {
  source: ShopSourceName;
  /** Packable orders stored by the pass. */
  orders: number;
  /** Orders of the pass that failed validation (never cached). */
  rejected: number;
  /** The rejected ones met by this call, with their problems (at most 50 kept). */
  rejectedOrders: RejectedSourceOrder[];
  /** Open orders the pass closed: no longer listed, or no longer packable. */
  closed: number;
  /** Orders started here that the shop no longer lists: kept open with a warning. */
  keptOpen: number[];
  /** Whether this call finished a pass (false: stopped early, the pass resumes next time). */
  complete: boolean;
}

export interface ShopPullOptions {
  /** Stop after this many pages (the pass resumes on the next call). Default: to the end. */
  maxPages?: number;
}

const KEEP_REJECTED = 50;
/** A listing that never ends is a broken server: a pass stops there and the next call resumes it. */
const MAX_PAGES_PER_CALL = 10_000;

export async function pullShop(
  db: StationDb,
  source: ShopSourceName,
  client: OrderSource,
  now: () => Date,
  signal: AbortSignal,
  options: ShopPullOptions = {},
): Promise<Result<ShopPullSummary, ApiError>> {
  const pass = readShopPass(db, source) ?? beginPass(db, source, now());
  writeShopPass(db, source, pass);
  const summary: ShopPullSummary = {
    source,
    orders: pass.orders,
    rejected: pass.rejected,
    rejectedOrders: [],
    closed: 0,
    keptOpen: [],
    complete: false,
  };
  const maxPages = Math.min(options.maxPages ?? MAX_PAGES_PER_CALL, MAX_PAGES_PER_CALL);
  for (let pages = 0; pages < maxPages; pages++) {
    const page = await client.pullPage(pass.cursor, { signal });
    if (!page.ok) return err(page.error);
    // Every write of the pass is at or after its start, so the close-out tells listed from unlisted.
    const at = new Date(Math.max(now().getTime(), Date.parse(pass.startedAt)));
    const stored = storeShopPage(db, source, page.value.orders, at, summary);
    touchRejected(db, source, page.value.rejected, at);
    for (const bad of page.value.rejected) {
      if (summary.rejectedOrders.length < KEEP_REJECTED) summary.rejectedOrders.push(bad);
    }
    pass.orders += stored;
    pass.rejected += page.value.rejected.length;
    pass.cursor = page.value.next;
    summary.orders = pass.orders;
    summary.rejected = pass.rejected;
    if (pass.cursor === null) {
      closeOut(db, source, pass, now(), summary);
      summary.complete = true;
      return ok(summary);
    }
    // The page is stored before the cursor moves past it: a crash between the two reads it again.
    writeShopPass(db, source, pass);
  }
  return ok(summary);
}

/** A new pass begins after every write of the one before, so none of those counts as listed by it. */
function beginPass(db: StationDb, source: ShopSourceName, at: Date): ShopPass {
  const newest = statement(db, 'SELECT max(pulled_at) FROM orders WHERE id BETWEEN ? AND ?')
    .pluck()
    .get(lastShopKey(source), firstShopKey(source)) as string | null;
  const after = newest === null ? Number.NEGATIVE_INFINITY : Date.parse(newest) + 1;
  return {
    cursor: null,
    startedAt: new Date(Math.max(at.getTime(), after)).toISOString(),
    orders: 0,
    rejected: 0,
  };
}

/** Stores the packable orders of a page; the ones no longer packable leave the work. */
function storeShopPage(
  db: StationDb,
  source: ShopSourceName,
  orders: readonly SourceOrder[],
  at: Date,
  summary: ShopPullSummary,
): number {
  const packable = orders.filter((order) => order.packable);
  const keys = shopOrderKeys(
    db,
    source,
    packable.map((order) => order.key.id),
  );
  const rows: FulfillmentOrder[] = [];
  for (const order of packable) {
    const key = keys.get(order.key.id) as number;
    const steps = shopStepsOf(db, key);
    // Handed to the carrier: done at this station; the pull leaves its row as it was then.
    if (steps.some((s) => s.step === 'handed-to-carrier')) continue;
    // A started order keeps the status its steps put it in: a pull never takes it back to new.
    rows.push(shopOrderAsFulfillment(source, order, key, statusAfterSteps(steps), at));
  }
  upsertPulledOrders(db, rows, at);
  const unpackable = orders
    .filter((order) => !order.packable)
    .flatMap((order) => {
      const key = shopOrderKey(db, { source, id: order.key.id });
      return key === null ? [] : [key];
    });
  leaveWork(db, unpackable, at, summary);
  return rows.length;
}

/** A rejected order the cache holds is still listed: it is not closed as unlisted. */
function touchRejected(
  db: StationDb,
  source: ShopSourceName,
  rejected: readonly RejectedSourceOrder[],
  at: Date,
): void {
  const keys = rejected.flatMap((bad) => {
    const key = bad.id === null ? null : shopOrderKey(db, { source, id: bad.id });
    return key === null ? [] : [key];
  });
  if (keys.length > 0) touchShopOrders(db, keys, at);
}

function closeOut(db: StationDb, source: ShopSourceName, pass: ShopPass, at: Date, summary: ShopPullSummary) {
  db.transaction(() => {
    leaveWork(db, shopOrdersUnlistedSince(db, source, pass.startedAt), at, summary);
    writeShopPass(db, source, null);
    appendAudit(db, {
      at,
      stationId: getStationId(db),
      operator: null,
      kind: 'shop-pull-completed',
      detail: {
        source,
        orders: summary.orders,
        rejected: summary.rejected,
        closed: summary.closed,
        keptOpen: summary.keptOpen.length,
      },
    });
  }).immediate();
}

/**
 * Open orders the shop no longer offers for packing: closed, unless a packer started one here and has
 * not handed it over — the station must not lose a parcel half packed; it stays open with a warning.
 */
function leaveWork(db: StationDb, keys: readonly number[], at: Date, summary: ShopPullSummary): void {
  const open = keys.filter(
    (key) => statement(db, 'SELECT closed FROM orders WHERE id = ?').pluck().get(key) === 0,
  );
  const started = open.filter((key) => {
    const steps = shopStepsOf(db, key);
    return steps.length > 0 && !steps.some((s) => s.step === 'handed-to-carrier');
  });
  for (const key of started) {
    markShopOrderUnlisted(db, key, at);
    if (!summary.keptOpen.includes(key)) summary.keptOpen.push(key);
  }
  const closable = open.filter((key) => !started.includes(key));
  closeShopOrders(db, closable);
  summary.closed += closable.length;
}
