// transitions:enqueue and outbox:* — every status change is committed locally first; the sync engine
// is woken to send it. One press, one step (the status the operator saw, the confirmation a step
// needs) and scan-to-verify are enforced before anything is queued (step-checks.ts); the packed step
// starts auto-print in the background.

import { sourceOfKey } from '../../../shared/domain/order-keys.ts';
import type { OutboxEntryState } from '../../../shared/ipc/outbox.ts';
import { getEntry, listOutbox } from '../db/outbox-entries.ts';
import type { InvokeHandlers } from '../ipc/handlers.ts';
import { discardEntry, enqueueTransition, retryEntry } from '../outbox/index.ts';
import { shopOrderRefused } from '../outbox/outbox-error.ts';
import { failure, noOperator, outboxFailure } from './failures.ts';
import { lockRefusal } from './order-lock.ts';
import type { StationContext } from './station-context.ts';
import { checkStep } from './step-checks.ts';
import { entryView } from './views.ts';

type OutboxHandlers = Pick<
  InvokeHandlers,
  'transitions:enqueue' | 'outbox:list' | 'outbox:retry' | 'outbox:discard'
>;

const UNAPPLIED_STATES: readonly OutboxEntryState[] = ['pending', 'sending', 'held', 'failed'];

export function outboxHandlers(ctx: StationContext): OutboxHandlers {
  const { db } = ctx;

  /** After a local outbox change: send it soon, and tell the UI. */
  function changed(): void {
    ctx.backend().engine?.wake();
    ctx.feed.status(ctx.syncStatus());
  }

  return {
    async 'transitions:enqueue'({ orderId, action, seenStatus, confirmed, activationDate }) {
      const operator = ctx.settings.current().operator;
      if (operator === '') return noOperator();
      // A shop order's steps are this station's own record (shop:step): nothing is sent for it.
      if (sourceOfKey(orderId) !== 'equipme') return outboxFailure(shopOrderRefused(orderId));
      const checked = checkStep(db, { orderId, action, seenStatus, confirmed });
      if (!checked.ok) return checked;
      const result = enqueueTransition(db, {
        orderId,
        action,
        activationDate: activationDate ?? null,
        operator,
        stationId: ctx.stationId,
        now: ctx.now(),
      });
      if (!result.ok) return outboxFailure(result.error);
      changed();
      // Verified and packed (dispatchDelivery also closes a parcel, but it is not the packing step).
      if (checked.closesParcel && action === 'process') ctx.afterPacked(orderId, operator);
      return { ok: true, value: entryView(result.value) };
    },
    async 'outbox:list'({ states }) {
      return { ok: true, value: listOutbox(db, states ? { states } : {}).map(entryView) };
    },
    async 'outbox:retry'({ entryId }) {
      const operator = ctx.settings.current().operator;
      if (operator === '') return noOperator();
      const entry = getEntry(db, entryId);
      const locked = entry ? lockRefusal(db, entry.orderId, 'sending its steps again') : null;
      if (locked) return failure('rejected', locked);
      const result = retryEntry(db, entryId, operator, ctx.now());
      if (!result.ok) return outboxFailure(result.error);
      changed();
      return { ok: true, value: entryView(result.value) };
    },
    async 'outbox:discard'({ entryId, reason }) {
      const operator = ctx.settings.current().operator;
      if (operator === '') return noOperator();
      const entry = getEntry(db, entryId);
      // discardEntry gives up the entry and every later unapplied entry of its order: answer with those.
      const affected = entry
        ? listOutbox(db, { orderId: entry.orderId, states: UNAPPLIED_STATES }).filter((e) => e.id >= entryId)
        : [];
      const result = discardEntry(db, entryId, reason, operator, ctx.now());
      if (!result.ok) return outboxFailure(result.error);
      changed();
      const discarded = affected.flatMap((e) => {
        const now = getEntry(db, e.id);
        return now?.state === 'discarded' ? [entryView(now)] : [];
      });
      return { ok: true, value: discarded };
    },
  };
}
