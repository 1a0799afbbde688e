// What the operator can do about a stuck entry: send it again, or give it up (with a reason).
import type { Result } from '../../../shared/domain/result.ts';
import { err } from '../../../shared/domain/result.ts';
import { appendAudit } from '../db/audit-log.ts';
import type { StationDb } from '../db/connection.ts';
import type { OutboxEntry } from '../db/outbox-entries.ts';
import { refreshOrderFromOutbox, unappliedEntries, updateEntry } from '../db/outbox-entries.ts';
import { getStationId } from '../db/station.ts';
import { changeEntry, followersOf } from './entry-change.ts';
import type { OutboxError } from './outbox-error.ts';

/** Puts a failed entry back in line, and the entries it held up with it. */
export function retryEntry(
  db: StationDb,
  id: string,
  operator: string,
  now: Date,
): Result<OutboxEntry, OutboxError> {
  return changeEntry(db, id, {
    doing: 'retry',
    from: ['failed'],
    apply: (entry) => {
      updateEntry(db, id, { state: 'pending', nextAttemptAt: now.toISOString() }, now);
      const released = followersOf(unappliedEntries(db, entry.orderId), entry).filter(
        (follower) => follower.state === 'held',
      );
      for (const follower of released) updateEntry(db, follower.id, { state: 'pending' }, now);
      appendAudit(db, {
        at: now,
        stationId: getStationId(db),
        operator,
        kind: 'transition-retried',
        orderId: entry.orderId,
        outboxEntryId: id,
        detail: { released: released.map((follower) => follower.id) },
      });
    },
  });
}

/**
 * Gives an entry up. Every later unapplied entry of the order started from the status this one
 * would have reached, so it is discarded too.
 */
export function discardEntry(
  db: StationDb,
  id: string,
  reason: string,
  operator: string,
  now: Date,
): Result<OutboxEntry, OutboxError> {
  const why = reason.trim();
  if (why === '') {
    return err({
      code: 'reason-required',
      message: 'Say why this change is discarded; the reason is kept in the audit log.',
    });
  }
  return changeEntry(db, id, {
    doing: 'discard',
    // A sending entry may be on the server already: wait for the outcome of the attempt.
    from: ['pending', 'failed', 'held'],
    apply: (entry) => {
      const stationId = getStationId(db);
      const followers = followersOf(unappliedEntries(db, entry.orderId), entry);
      const discarded = [
        { target: entry, reason: why },
        ...followers.map((follower) => ({ target: follower, reason: `depends on discarded entry ${id}` })),
      ];
      for (const { target, reason: targetReason } of discarded) {
        updateEntry(db, target.id, { state: 'discarded', discardReason: targetReason }, now);
        appendAudit(db, {
          at: now,
          stationId,
          operator,
          kind: 'transition-discarded',
          orderId: entry.orderId,
          outboxEntryId: target.id,
          detail: { action: target.action, stateBefore: target.state, reason: targetReason },
        });
      }
      refreshOrderFromOutbox(db, entry.orderId);
    },
  });
}
