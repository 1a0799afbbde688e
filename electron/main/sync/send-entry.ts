// One attempt at one outbox entry. Exactly-once in effect without idempotency keys: after any
// answer we cannot trust, look at the order on the server before doing anything else.
import type { FulfillmentStatus } from '../../../shared/api/equipme.ts';
import { type BackoffPolicy, backoffDelay } from '../../../shared/domain/retry-policy.ts';
import type { ApiError, ApiErrorKind, EquipmeClient } from '../api/index.ts';
import { type OutboxEntry, type StationDb, upsertPulledOrders } from '../db/index.ts';
import { markApplied, markFailed, markSending, releaseUnsent, scheduleRetry } from '../outbox/index.ts';
import { attemptError } from './attempt-error.ts';
import { checkPrecondition, type Reconciliation, reconcile } from './reconcile.ts';

export interface AttemptContext {
  db: StationDb;
  client: EquipmeClient;
  now: () => Date;
  random: () => number;
  backoff: BackoffPolicy;
  signal: AbortSignal;
  /** Every request's outcome, for the engine's view of the network. */
  traffic: (outcome: ApiErrorKind | 'ok') => void;
}

export type AttemptOutcome =
  | { result: 'applied' | 'failed' | 'retry' | 'stopped' | 'skipped' }
  | { result: 'key-rejected'; error: ApiError }
  | { result: 'rate-limited'; retryAfterMs: number };

const STATION_REFUSED: ReadonlySet<ApiErrorKind> = new Set(['unauthorized', 'forbidden']);
const UNKNOWN_OUTCOME: ReadonlySet<ApiErrorKind> = new Set([
  'connection-lost',
  'timeout',
  'server',
  'invalid-response',
]);

export async function attemptEntry(ctx: AttemptContext, pending: OutboxEntry): Promise<AttemptOutcome> {
  const claimed = markSending(ctx.db, pending.id, ctx.now());
  if (!claimed.ok) return { result: 'skipped' };
  const entry = claimed.value;

  // Always look before sending. After an unknown outcome (or a crash mid-send) the transition may
  // already have been applied; otherwise someone else may have moved the order meanwhile. Either
  // way a blind POST could move it a second step (`process` is valid in new and in inprocess).
  const look = await lookAtServer(ctx, entry, { conflict409: false, unknownNow: false, beforeSend: true });
  if (look !== 'resend') return look;

  const sent = await ctx.client.postTransition(
    entry.orderId,
    { action: entry.action, ...(entry.activationDate ? { activationDate: entry.activationDate } : {}) },
    { signal: ctx.signal },
  );
  ctx.traffic(sent.ok ? 'ok' : sent.error.kind);
  if (sent.ok) return applied(ctx, entry);

  const error = sent.error;
  if (STATION_REFUSED.has(error.kind)) {
    releaseUnsent(ctx.db, entry.id, attemptError(error), ctx.now());
    return { result: 'key-rejected', error };
  }
  switch (error.kind) {
    case 'conflict':
      return settle(
        ctx,
        entry,
        error,
        await lookAtServer(ctx, entry, { conflict409: true, unknownNow: false, error }),
      );
    case 'bad-request':
    case 'not-found':
      markFailed(ctx.db, entry.id, attemptError(error), ctx.now());
      return { result: 'failed' };
    case 'rate-limited':
      return rateLimited(ctx, entry, error, false);
    case 'aborted':
      scheduleRetry(
        ctx.db,
        entry.id,
        attemptError(error),
        ctx.now(),
        { unknownOutcome: error.delivery !== 'not-sent' },
        ctx.now(),
      );
      return { result: 'stopped' };
    case 'offline':
      return retryLater(ctx, entry, error, false);
    default:
      if (UNKNOWN_OUTCOME.has(error.kind)) {
        return settle(
          ctx,
          entry,
          error,
          await lookAtServer(ctx, entry, { conflict409: false, unknownNow: true, error }),
        );
      }
      return retryLater(ctx, entry, error, error.delivery !== 'not-sent');
  }
}

/** After the POST itself, a 'resend' verdict waits for the next attempt (which looks again first). */
function settle(
  ctx: AttemptContext,
  entry: OutboxEntry,
  error: ApiError,
  look: AttemptOutcome | 'resend',
): AttemptOutcome {
  return look === 'resend' ? retryLater(ctx, entry, error, true) : look;
}

async function lookAtServer(
  ctx: AttemptContext,
  entry: OutboxEntry,
  how: { conflict409: boolean; unknownNow: boolean; error?: ApiError; beforeSend?: boolean },
): Promise<AttemptOutcome | 'resend'> {
  const unknown = entry.unknownOutcome || how.unknownNow;
  const got = await ctx.client.getOrder(entry.orderId, { signal: ctx.signal });
  ctx.traffic(got.ok ? 'ok' : got.error.kind);
  if (!got.ok) {
    const error = got.error;
    if (STATION_REFUSED.has(error.kind)) {
      // Nothing was sent in this attempt before the look: it does not count.
      if (how.beforeSend) releaseUnsent(ctx.db, entry.id, attemptError(error), ctx.now());
      else
        scheduleRetry(
          ctx.db,
          entry.id,
          attemptError(error),
          ctx.now(),
          { unknownOutcome: unknown },
          ctx.now(),
        );
      return { result: 'key-rejected', error };
    }
    if (error.kind === 'rate-limited') return rateLimited(ctx, entry, error, unknown);
    // The order is gone, or Equipme sends it in a shape that breaks the spec: retrying cannot help.
    // (An invalid answer without schema issues — a captive portal's HTML — is retried below.)
    if (error.kind === 'not-found' || (error.kind === 'invalid-response' && error.issues?.length)) {
      markFailed(ctx.db, entry.id, attemptError(error), ctx.now());
      return { result: 'failed' };
    }
    if (error.kind === 'aborted') {
      scheduleRetry(ctx.db, entry.id, attemptError(error), ctx.now(), { unknownOutcome: unknown }, ctx.now());
      return { result: 'stopped' };
    }
    // The first failure is the one worth showing: it is why we are looking.
    return retryLater(ctx, entry, how.error ?? error, unknown);
  }

  upsertPulledOrders(ctx.db, [got.value], ctx.now());
  const verdict =
    how.beforeSend && !unknown
      ? precondition(entry, got.value.status)
      : reconcile({
          statusBefore: entry.statusBefore,
          expectedAfter: entry.expectedAfter,
          serverStatus: got.value.status,
          hadUnknownOutcome: unknown,
          conflict409: how.conflict409,
          serverDescription: how.error?.errorDescription,
        });
  switch (verdict.verdict) {
    case 'applied':
      return applied(ctx, entry);
    case 'resend':
      return 'resend';
    case 'conflict':
    case 'rejected':
      markFailed(
        ctx.db,
        entry.id,
        {
          kind: verdict.verdict,
          code: how.error?.errorCode ?? null,
          description: how.error?.errorDescription ?? null,
          message: verdict.message,
        },
        ctx.now(),
      );
      return { result: 'failed' };
  }
}

function precondition(entry: OutboxEntry, serverStatus: FulfillmentStatus): Reconciliation {
  const check = checkPrecondition(entry.statusBefore, serverStatus);
  return check.verdict === 'send' ? { verdict: 'resend' } : check;
}

function applied(ctx: AttemptContext, entry: OutboxEntry): AttemptOutcome {
  markApplied(ctx.db, entry.id, ctx.now());
  return { result: 'applied' };
}

function retryLater(
  ctx: AttemptContext,
  entry: OutboxEntry,
  error: ApiError,
  unknown: boolean,
): AttemptOutcome {
  const at = new Date(ctx.now().getTime() + backoffDelay(entry.attempts, ctx.random, ctx.backoff));
  scheduleRetry(ctx.db, entry.id, attemptError(error), at, { unknownOutcome: unknown }, ctx.now());
  return { result: 'retry' };
}

function rateLimited(
  ctx: AttemptContext,
  entry: OutboxEntry,
  error: ApiError,
  unknown: boolean,
): AttemptOutcome {
  const waitMs = error.retryAfterMs ?? 1_000;
  const at = new Date(ctx.now().getTime() + waitMs);
  scheduleRetry(ctx.db, entry.id, attemptError(error), at, { unknownOutcome: unknown }, ctx.now());
  return { result: 'rate-limited', retryAfterMs: waitMs };
}
