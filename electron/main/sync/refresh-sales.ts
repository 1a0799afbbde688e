// The sales picture around the cached fulfillment orders: each one's sales order (its note, how many
// fulfillment orders it has) and its customer with the customer's metadata (packing instructions,
// language, contact). Copies are fetched when missing or stale, a bounded number per round with a
// few requests in flight, after the order pull and never inside it: the queue is complete and usable
// first, and a pull of 17k orders does not wait for 12k sales orders. Without a network the last copy
// stays in use; its age is shown where it is used.
import type { Result } from '../../../shared/domain/result.ts';
import { err, ok } from '../../../shared/domain/result.ts';
import type { ApiError } from '../api/api-error.ts';
import type { StationDb } from '../db/connection.ts';
import { customersToFetch, salesOrdersToFetch, storeCustomer, storeSalesOrder } from '../db/sales-cache.ts';

type Read = (id: number, options: { signal: AbortSignal }) => Promise<Result<unknown, ApiError>>;

/**
 * The Equipme reads the refresh needs (the sales client), each answer validated against the sales
 * spec. Equipme answers 403 both for a revoked key and for one record it no longer shows us; the
 * client tells them apart (Step 5's rule: it asks the list): `forbidden` is about the one record,
 * `unauthorized` about the station's key.
 */
export interface SalesReads {
  getSalesOrder: Read;
  getCustomer: Read;
  getCustomerMetadata: Read;
}

export interface SalesRefreshOptions {
  /** A sales order copy older than this is fetched again (default 15 minutes). */
  salesOrderTtlMs?: number;
  /** A customer copy (with its metadata) older than this is fetched again (default 6 hours). */
  customerTtlMs?: number;
  /** At most this many records per round, sales orders first (default 200). */
  budget?: number;
  /** Requests in flight at once (default 4). */
  concurrency?: number;
  /**
   * Asked before each fetch: true ends the round there (what was stored stays), so the copies give
   * way to the operator (station/operator-activity.ts); the next round goes on from there.
   */
  giveWay?: () => boolean;
}

export interface SalesRefreshSummary {
  salesOrders: number;
  customers: number;
  /** Records Equipme does not have or no longer shows us, stored as such. */
  gone: number;
  /**
   * Answers about one record that did not match the spec (garbage, a wrong record): not stored, the
   * last copy kept, tried again next round; the round goes on with the others.
   */
  unreadable: ApiError[];
  /** More copies were due than the round's budget allowed: another round is due. */
  more: boolean;
  /** The round ended early for the operator (`giveWay`): another round is due, but not at once. */
  gaveWay: boolean;
}

const MINUTE = 60_000;
/** Failures about one record's answer, not about the network, the key or the server as a whole. */
const ABOUT_THE_RECORD: ReadonlySet<ApiError['kind']> = new Set(['invalid-response', 'bad-request']);
const DEFAULTS = {
  salesOrderTtlMs: 15 * MINUTE,
  customerTtlMs: 6 * 60 * MINUTE,
  budget: 200,
  concurrency: 4,
};

/** What one fetch came to: a copy to store, a record that is gone, or a failure that ends the round. */
type Fetched =
  | { kind: 'sales-order'; json: string }
  | { kind: 'customer'; json: string; metadataJson: string }
  | { kind: 'gone' }
  | { kind: 'failed'; error: ApiError };

/**
 * One round: the copies that are due, fetched and each stored as it arrives. A failure that is not
 * about the one record (the network, the key, the server, a rate limit) ends the round with that
 * error; what was stored stays, and the next round goes on from there.
 */
export async function refreshSalesPicture(
  db: StationDb,
  reads: SalesReads,
  now: () => Date,
  signal: AbortSignal,
  options: SalesRefreshOptions = {},
): Promise<Result<SalesRefreshSummary, ApiError>> {
  const { salesOrderTtlMs, customerTtlMs, budget, concurrency } = { ...DEFAULTS, ...options };
  // Finding what is due reads every open order (tens of ms at 50k): not while the operator types.
  if (options.giveWay?.()) {
    return ok({ salesOrders: 0, customers: 0, gone: 0, unreadable: [], more: true, gaveWay: true });
  }
  const at = now().getTime();
  const salesOrderIds = salesOrdersToFetch(db, new Date(at - salesOrderTtlMs), budget + 1);
  const customerIds = customersToFetch(
    db,
    new Date(at - customerTtlMs),
    Math.max(0, budget - salesOrderIds.length) + 1,
  );
  const jobs = [
    ...salesOrderIds.slice(0, budget).map((id) => ({ kind: 'sales-order' as const, id })),
    ...customerIds.slice(0, Math.max(0, budget - salesOrderIds.length)).map((id) => ({
      kind: 'customer' as const,
      id,
    })),
  ];
  const summary: SalesRefreshSummary = {
    salesOrders: 0,
    customers: 0,
    gone: 0,
    unreadable: [],
    more: salesOrderIds.length + customerIds.length > jobs.length,
    gaveWay: false,
  };

  let failure: ApiError | null = null;
  let next = 0;
  const goneOrFailed = (error: ApiError): Fetched => {
    if (error.kind === 'not-found' || error.kind === 'forbidden') return { kind: 'gone' };
    return { kind: 'failed', error };
  };
  const fetchOne = async (job: (typeof jobs)[number]): Promise<Fetched> => {
    if (job.kind === 'sales-order') {
      const answer = await reads.getSalesOrder(job.id, { signal });
      return answer.ok
        ? { kind: 'sales-order', json: JSON.stringify(answer.value) }
        : goneOrFailed(answer.error);
    }
    const customer = await reads.getCustomer(job.id, { signal });
    if (!customer.ok) return goneOrFailed(customer.error);
    const metadata = await reads.getCustomerMetadata(job.id, { signal });
    // The customer exists: one without metadata (404 for it) simply has none.
    if (!metadata.ok && metadata.error.kind !== 'not-found') return { kind: 'failed', error: metadata.error };
    const metadataJson = JSON.stringify(metadata.ok ? metadata.value : []);
    return { kind: 'customer', json: JSON.stringify(customer.value), metadataJson };
  };
  const worker = async () => {
    while (failure === null && !signal.aborted) {
      if (next < jobs.length && options.giveWay?.()) {
        summary.gaveWay = true;
        summary.more = true;
        return;
      }
      const job = jobs[next++];
      if (!job) return;
      const fetched = await fetchOne(job);
      if (fetched.kind === 'failed' && ABOUT_THE_RECORD.has(fetched.error.kind)) {
        summary.unreadable.push(fetched.error);
        continue;
      }
      if (fetched.kind === 'failed') {
        failure ??= fetched.error;
        return;
      }
      // Each answer is stored as it comes: a round cut short keeps what it fetched.
      const stored = now();
      if (job.kind === 'sales-order') {
        storeSalesOrder(db, job.id, fetched.kind === 'sales-order' ? fetched.json : null, stored);
        summary.salesOrders++;
      } else {
        storeCustomer(db, job.id, fetched.kind === 'customer' ? fetched : null, stored);
        summary.customers++;
      }
      if (fetched.kind === 'gone') summary.gone++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  if (failure) return err(failure);
  if (signal.aborted) summary.more = true;
  return ok(summary);
}
