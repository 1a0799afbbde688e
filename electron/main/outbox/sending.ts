// The steps the sync engine takes an outbox entry through: pick, send, then applied, retry later,
// or failed. Each step is one transaction; the network call happens between them, never inside.

import type { FulfillmentStatus, Open } from '../../../shared/api/equipme.ts';
import type { Result } from '../../../shared/domain/result.ts';
import { appendAudit } from '../db/audit-log.ts';
import type { StationDb } from '../db/connection.ts';
import type { AttemptError, OutboxEntry } from '../db/outbox-entries.ts';
import { listOutbox, refreshOrderFromOutbox, unappliedEntries, updateEntry } from '../db/outbox-entries.ts';
import { getStationId } from '../db/station.ts';
import { changeEntry, followersOf } from './entry-change.ts';
import type { OutboxError } from './outbox-error.ts';

/** Entries a previous run left mid-send: whether the server applied them is unknown. */
export function entriesLeftSending(db: StationDb): OutboxEntry[] {
  return listOutbox(db, { states: ['sending'] });
}

/** Claims a pending entry for sending and counts the attempt. */
export function markSending(db: StationDb, id: string, now: Date): Result<OutboxEntry, OutboxError> {
  return changeEntry(db, id, {
    doing: 'send',
    from: ['pending'],
    apply: (entry) => updateEntry(db, id, { state: 'sending', attempts: entry.attempts + 1 }, now),
  });
}

/**
 * The server applied the transition: its target becomes the cached server status (or the status
 * Equipme showed afterwards, for an action whose target the station does not know).
 */
export function markApplied(
  db: StationDb,
  id: string,
  now: Date,
  serverStatus?: Open<FulfillmentStatus>,
): Result<OutboxEntry, OutboxError> {
  return changeEntry(db, id, {
    doing: 'mark as applied',
    from: ['sending'],
    apply: (entry) => {
      updateEntry(db, id, { state: 'applied', appliedAt: now.toISOString() }, now);
      const applied = entry.offTable && serverStatus ? serverStatus : entry.expectedAfter;
      refreshOrderFromOutbox(db, entry.orderId, applied);
      appendAudit(db, {
        at: now,
        stationId: getStationId(db),
        operator: null,
        kind: 'transition-applied',
        orderId: entry.orderId,
        outboxEntryId: id,
        detail: { action: entry.action, expectedAfter: entry.expectedAfter, attempts: entry.attempts },
      });
    },
  });
}

/** The attempt did not get through (or its outcome is unknown): send again at nextAttemptAt. */
export function scheduleRetry(
  db: StationDb,
  id: string,
  error: AttemptError,
  nextAttemptAt: Date,
  opts: { unknownOutcome: boolean },
  now: Date,
): Result<OutboxEntry, OutboxError> {
  return changeEntry(db, id, {
    doing: 'schedule a retry of',
    from: ['sending'],
    apply: (entry) => {
      updateEntry(
        db,
        id,
        {
          state: 'pending',
          lastError: error,
          // Once unknown, always unknown: the server may hold a copy of this transition.
          unknownOutcome: entry.unknownOutcome || opts.unknownOutcome,
          nextAttemptAt: nextAttemptAt.toISOString(),
        },
        now,
      );
      appendAudit(db, {
        at: now,
        stationId: getStationId(db),
        operator: null,
        kind: 'transition-retry-scheduled',
        orderId: entry.orderId,
        outboxEntryId: id,
        detail: {
          error,
          unknownOutcome: opts.unknownOutcome,
          attempts: entry.attempts,
          nextAttemptAt: nextAttemptAt.toISOString(),
        },
      });
    },
  });
}

/** The server refused the transition: it waits for the operator, and so does everything after it. */
export function markFailed(
  db: StationDb,
  id: string,
  error: AttemptError,
  now: Date,
): Result<OutboxEntry, OutboxError> {
  return changeEntry(db, id, {
    doing: 'mark as failed',
    from: ['sending', 'pending'],
    apply: (entry) => {
      updateEntry(db, id, { state: 'failed', lastError: error }, now);
      const held = followersOf(unappliedEntries(db, entry.orderId), entry).filter(
        (follower) => follower.state === 'pending',
      );
      for (const follower of held) updateEntry(db, follower.id, { state: 'held' }, now);
      appendAudit(db, {
        at: now,
        stationId: getStationId(db),
        operator: null,
        kind: 'transition-failed',
        orderId: entry.orderId,
        outboxEntryId: id,
        detail: { error, attempts: entry.attempts, held: held.map((follower) => follower.id) },
      });
    },
  });
}

/**
 * The attempt never counted: the station itself was refused (API key rejected) before the server
 * looked at the transition. Back to pending with the attempt given back, so a revoked key does not
 * burn attempts or push the entry into long backoff.
 */
export function releaseUnsent(
  db: StationDb,
  id: string,
  error: AttemptError,
  now: Date,
): Result<OutboxEntry, OutboxError> {
  return changeEntry(db, id, {
    doing: 'put back',
    from: ['sending'],
    apply: (entry) =>
      updateEntry(
        db,
        id,
        { state: 'pending', attempts: Math.max(0, entry.attempts - 1), lastError: error },
        now,
      ),
  });
}
