// One attempt at one outbox entry, claimed (durably `sending`) by the pool. Exactly-once in effect
// without idempotency keys: look at the order on the server right before sending and after any
// answer we cannot trust. Between the look and the POST nothing else happens (no database work, no
// other request of this entry): the window in which another station can move the same order stays
// as short as the network allows. Everything the attempt writes (its outcome, the looked-at order,
// a lock, audit rows) is one transaction, `settle`, committed before the order's next request.
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { canMoveTwice } from '../../../shared/domain/lifecycle.ts';
import { type BackoffPolicy, backoffDelay } from '../../../shared/domain/retry-policy.ts';
import type { ApiError, ApiErrorKind, EquipmeClient } from '../api/index.ts';
import type { OutboxEntry, StationDb } from '../db/index.ts';
import { markApplied, markFailed, releaseUnsent, scheduleRetry } from '../outbox/index.ts';
import { attemptError } from './attempt-error.ts';
import { checkPrecondition, type Reconciliation, reconcile } from './reconcile.ts';
import { lockAfterRace, lockConflict, lockGone, recordLooked, recordRefusal } from './send-records.ts';

export interface AttemptContext {
  db: StationDb;
  client: EquipmeClient;
  now: () => Date;
  random: () => number;
  backoff: BackoffPolicy;
  signal: AbortSignal;
  /** Every request's outcome, for the engine's view of the network. */
  traffic: (outcome: ApiErrorKind | 'ok') => void;
  /**
   * Commits the attempt's writes in one transaction (shared with the outcomes of attempts that
   * settle at the same moment, and with the pool's claim of the next entries); resolves once it is
   * committed. Called exactly once per attempt, as its last step.
   */
  settle: (outcome: AttemptOutcome, write: () => void) => Promise<AttemptOutcome>;
}

export type AttemptOutcome =
  | { result: 'applied' | 'failed' | 'retry' | 'stopped' }
  | { result: 'key-rejected'; error: ApiError }
  | { result: 'rate-limited'; retryAfterMs: number };

/** Longest Retry-After the station honours; beyond it the entry is tried again anyway. */
export const MAX_RATE_LIMIT_WAIT_MS = 5 * 60_000;

const UNKNOWN_OUTCOME: ReadonlySet<ApiErrorKind> = new Set([
  'connection-lost',
  'timeout',
  'server',
  'invalid-response',
]);

/** How an attempt stands when it looks at the server. */
interface LookContext {
  /** Nothing of this attempt has been sent yet. */
  beforeSend: boolean;
  /** Some attempt (earlier, or this one's POST) may have reached the server. */
  unknown: boolean;
  /** This attempt's POST was answered 409. */
  conflict409: boolean;
  /** The failure that made us look, worth showing rather than the look's own. */
  error?: ApiError;
  /** The order as this attempt last saw it on the server: stored with the outcome. */
  looked?: FulfillmentOrder;
}

/** The attempt's writes, with the order it last looked at stored first. */
function settle(
  ctx: AttemptContext,
  how: LookContext,
  outcome: AttemptOutcome,
  write: () => void,
): Promise<AttemptOutcome> {
  return ctx.settle(outcome, () => {
    if (how.looked) recordLooked(ctx.db, how.looked, ctx.now());
    write();
  });
}

/** Sends an entry the pool claimed (`sending`, its attempt counted). */
export async function attemptEntry(ctx: AttemptContext, entry: OutboxEntry): Promise<AttemptOutcome> {
  // Always look before sending. After an unknown outcome (or a crash mid-send) the transition may
  // already have been applied; otherwise someone else may have moved the order meanwhile. Either
  // way a blind POST could move it a second step (`process` is valid in new and in inprocess).
  const before: LookContext = { beforeSend: true, unknown: entry.unknownOutcome, conflict409: false };
  const look = await ctx.client.getOrder(entry.orderId, { signal: ctx.signal });
  ctx.traffic(look.ok ? 'ok' : look.error.kind);
  if (!look.ok) return lookFailed(ctx, entry, before, look.error);
  const looked = { ...before, looked: look.value };
  const verdict = judge(entry, look.value, before);
  if (verdict.verdict !== 'resend') return settleVerdict(ctx, entry, verdict, looked, look.value);

  const sent = await ctx.client.postTransition(
    entry.orderId,
    { action: entry.action, ...(entry.activationDate ? { activationDate: entry.activationDate } : {}) },
    { signal: ctx.signal },
  );
  ctx.traffic(sent.ok ? 'ok' : sent.error.kind);
  // Only now, with the POST answered, is the looked-at order worth keeping (with the outcome).
  if (sent.ok) return afterApplied(ctx, entry, looked);
  return postFailed(ctx, entry, sent.error, look.value);
}

async function postFailed(
  ctx: AttemptContext,
  entry: OutboxEntry,
  error: ApiError,
  looked: FulfillmentOrder,
): Promise<AttemptOutcome> {
  const after: LookContext & { error: ApiError } = {
    beforeSend: false,
    unknown: entry.unknownOutcome,
    conflict409: false,
    error,
    looked,
  };
  switch (error.kind) {
    case 'unauthorized':
      return settle(ctx, after, { result: 'key-rejected', error }, () =>
        releaseUnsent(ctx.db, entry.id, attemptError(error), ctx.now()),
      );
    case 'forbidden':
      // Equipme answers 403 both for a revoked key and for one order it no longer shows us.
      return forbidden(ctx, entry, { ...after, beforeSend: true }, error);
    case 'conflict':
      return lookAgain(ctx, entry, { ...after, conflict409: true });
    case 'bad-request':
    case 'not-found':
      return settle(ctx, after, { result: 'failed' }, () =>
        markFailed(ctx.db, entry.id, attemptError(error), ctx.now()),
      );
    case 'rate-limited':
      return rateLimited(ctx, entry, after, error);
    case 'aborted':
      return retryNow(ctx, entry, { ...after, unknown: error.delivery !== 'not-sent' }, error);
    case 'offline':
      return retryLater(ctx, entry, after, error);
    default:
      if (UNKNOWN_OUTCOME.has(error.kind)) return lookAgain(ctx, entry, { ...after, unknown: true });
      return retryLater(
        ctx,
        entry,
        { ...after, unknown: entry.unknownOutcome || error.delivery !== 'not-sent' },
        error,
      );
  }
}

/** After a POST we cannot trust: the order's status is the only witness. */
async function lookAgain(
  ctx: AttemptContext,
  entry: OutboxEntry,
  how: LookContext & { error: ApiError },
): Promise<AttemptOutcome> {
  const look = await ctx.client.getOrder(entry.orderId, { signal: ctx.signal });
  ctx.traffic(look.ok ? 'ok' : look.error.kind);
  if (!look.ok) return lookFailed(ctx, entry, how, look.error);
  const looked = { ...how, looked: look.value };
  const verdict = judge(entry, look.value, how);
  // After the POST, 'resend' waits for the next attempt, which looks again first.
  if (verdict.verdict === 'resend') return retryLater(ctx, entry, looked, how.error);
  return settleVerdict(ctx, entry, verdict, looked, look.value);
}

function judge(entry: OutboxEntry, order: FulfillmentOrder, how: LookContext): Reconciliation {
  if (how.beforeSend && !how.unknown) {
    const check = checkPrecondition(entry.statusBefore, order.status);
    return check.verdict === 'send' ? { verdict: 'resend' } : check;
  }
  if (entry.offTable) {
    // Equipme alone knows where this action leads: any move away from where we sent it counts.
    if (order.status === entry.statusBefore) {
      return how.conflict409
        ? { verdict: 'rejected', message: refusedMessage(order.status, how.error) }
        : { verdict: 'resend' };
    }
    return how.conflict409 && !how.unknown
      ? { verdict: 'conflict', message: refusedMessage(order.status, how.error) }
      : { verdict: 'applied' };
  }
  return reconcile({
    statusBefore: entry.statusBefore,
    expectedAfter: entry.expectedAfter,
    serverStatus: order.status,
    hadUnknownOutcome: how.unknown,
    conflict409: how.conflict409,
    serverDescription: how.error?.errorDescription,
  });
}

function settleVerdict(
  ctx: AttemptContext,
  entry: OutboxEntry,
  verdict: Exclude<Reconciliation, { verdict: 'resend' }>,
  how: LookContext,
  order: FulfillmentOrder,
): Promise<AttemptOutcome> {
  if (verdict.verdict === 'applied') {
    return settle(ctx, how, { result: 'applied' }, () =>
      markApplied(ctx.db, entry.id, ctx.now(), order.status),
    );
  }
  const error = how.error;
  return settle(ctx, how, { result: 'failed' }, () => {
    markFailed(
      ctx.db,
      entry.id,
      {
        kind: verdict.verdict,
        code: error?.errorCode ?? null,
        description: error?.errorDescription ?? null,
        details: error?.errorDetails ?? null,
        message: verdict.message,
      },
      ctx.now(),
    );
    if (verdict.verdict === 'conflict') lockConflict(ctx.db, entry, order.status, ctx.now());
    // Equipme refused a move our table allows, from the very status the table allows it in.
    else if (how.conflict409 && !entry.offTable) recordRefusal(ctx.db, entry, order, error, ctx.now());
  });
}

/** 204. For an action that can move an order twice, look once more: did another station send it too? */
async function afterApplied(
  ctx: AttemptContext,
  entry: OutboxEntry,
  how: LookContext,
): Promise<AttemptOutcome> {
  const applied: AttemptOutcome = { result: 'applied' };
  if (!entry.offTable && !canMoveTwice(entry.action)) {
    return settle(ctx, how, applied, () => markApplied(ctx.db, entry.id, ctx.now()));
  }
  const look = await ctx.client.getOrder(entry.orderId, { signal: ctx.signal });
  ctx.traffic(look.ok ? 'ok' : look.error.kind);
  if (!look.ok) {
    // The 204 stands; the next pull shows where the order is.
    return settle(ctx, how, applied, () => markApplied(ctx.db, entry.id, ctx.now()));
  }
  const after = look.value;
  return settle(ctx, { ...how, looked: after }, applied, () => {
    markApplied(ctx.db, entry.id, ctx.now(), entry.offTable ? after.status : undefined);
    if (entry.offTable) recordRefusal(ctx.db, entry, after, undefined, ctx.now());
    else if (after.status !== entry.expectedAfter) lockAfterRace(ctx.db, entry, after.status, ctx.now());
  });
}

function lookFailed(
  ctx: AttemptContext,
  entry: OutboxEntry,
  how: LookContext,
  error: ApiError,
): Promise<AttemptOutcome> {
  switch (error.kind) {
    case 'unauthorized':
      return keyRejected(ctx, entry, how, error);
    case 'forbidden':
      return forbidden(ctx, entry, how, error);
    case 'rate-limited':
      return rateLimited(ctx, entry, how, error);
    case 'aborted':
      return retryNow(ctx, entry, how, error);
    case 'not-found':
      return settle(ctx, how, { result: 'failed' }, () =>
        markFailed(ctx.db, entry.id, attemptError(error), ctx.now()),
      );
    default:
      // Equipme sends the order in a shape that breaks the spec: retrying cannot help. (An invalid
      // answer without schema issues — a captive portal's HTML — is retried.)
      if (error.kind === 'invalid-response' && error.issues?.length) {
        return settle(ctx, how, { result: 'failed' }, () =>
          markFailed(ctx.db, entry.id, attemptError(error), ctx.now()),
        );
      }
      // The first failure is the one worth showing: it is why we are looking.
      return retryLater(ctx, entry, how, how.error ?? error);
  }
}

/**
 * 403: "access denied or resource does not exist anymore". The cheap list probe tells the two
 * apart: if the station may still list orders, the 403 belongs to this order alone.
 */
async function forbidden(
  ctx: AttemptContext,
  entry: OutboxEntry,
  how: LookContext,
  error: ApiError,
): Promise<AttemptOutcome> {
  const probe = await ctx.client.listOrders({ limit: 1 }, { signal: ctx.signal });
  ctx.traffic(probe.ok ? 'ok' : probe.error.kind);
  if (!probe.ok) {
    if (probe.error.kind === 'unauthorized' || probe.error.kind === 'forbidden') {
      return keyRejected(ctx, entry, how, probe.error);
    }
    return retryLater(ctx, entry, how, error);
  }
  const message = `Equipme no longer gives this station access to order ${entry.orderId}; it may have been removed or given to another provider. Do not ship it: ask a supervisor to check it in Equipme, then discard this step.`;
  return settle(ctx, how, { result: 'failed' }, () => {
    markFailed(ctx.db, entry.id, { ...attemptError(error), message }, ctx.now());
    lockGone(ctx.db, entry, ctx.now());
  });
}

function keyRejected(
  ctx: AttemptContext,
  entry: OutboxEntry,
  how: LookContext,
  error: ApiError,
): Promise<AttemptOutcome> {
  return settle(ctx, how, { result: 'key-rejected', error }, () => {
    // Nothing was sent in this attempt before the look: it does not count.
    if (how.beforeSend) releaseUnsent(ctx.db, entry.id, attemptError(error), ctx.now());
    else backInLineNow(ctx, entry, how, error);
  });
}

function backInLineNow(ctx: AttemptContext, entry: OutboxEntry, how: LookContext, error: ApiError): void {
  scheduleRetry(ctx.db, entry.id, attemptError(error), ctx.now(), { unknownOutcome: how.unknown }, ctx.now());
}

/** Back in line at once after a stop, keeping what is known about the outcome. */
function retryNow(
  ctx: AttemptContext,
  entry: OutboxEntry,
  how: LookContext,
  error: ApiError,
): Promise<AttemptOutcome> {
  return settle(ctx, how, { result: 'stopped' }, () => backInLineNow(ctx, entry, how, error));
}

function retryLater(
  ctx: AttemptContext,
  entry: OutboxEntry,
  how: LookContext,
  error: ApiError,
): Promise<AttemptOutcome> {
  const at = new Date(ctx.now().getTime() + backoffDelay(entry.attempts, ctx.random, ctx.backoff));
  return settle(ctx, how, { result: 'retry' }, () =>
    scheduleRetry(ctx.db, entry.id, attemptError(error), at, { unknownOutcome: how.unknown }, ctx.now()),
  );
}

function rateLimited(
  ctx: AttemptContext,
  entry: OutboxEntry,
  how: LookContext,
  error: ApiError,
): Promise<AttemptOutcome> {
  const waitMs = Math.min(error.retryAfterMs ?? 1_000, MAX_RATE_LIMIT_WAIT_MS);
  const at = new Date(ctx.now().getTime() + waitMs);
  return settle(ctx, how, { result: 'rate-limited', retryAfterMs: waitMs }, () =>
    scheduleRetry(ctx.db, entry.id, attemptError(error), at, { unknownOutcome: how.unknown }, ctx.now()),
  );
}

function refusedMessage(status: string, error: ApiError | undefined): string {
  const says = error?.errorDescription ? ` Equipme says: ${error.errorDescription}.` : '';
  return `Equipme refused this step while the order is ${status}.${says} Check the order in Equipme, then retry or discard.`;
}
