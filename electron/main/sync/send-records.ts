// What an attempt writes besides the entry's own state: the order as Equipme showed it, a lock when
// the order may no longer be packed or shipped, and where Equipme and our lifecycle table disagree.
// Each writes its audit row in the caller's transaction (or its own).
import type { FulfillmentOrder, FulfillmentStatus, Open } from '../../../shared/api/equipme.ts';
import type { TableDisagreement } from '../../../shared/ipc/outbox.ts';
import type { ApiError } from '../api/index.ts';
import {
  appendAudit,
  getStationId,
  type OrderLock,
  type OutboxEntry,
  type StationDb,
  upsertPulledOrders,
  writeLock,
} from '../db/index.ts';

export function recordLooked(db: StationDb, order: FulfillmentOrder, at: Date): void {
  upsertPulledOrders(db, [order], at);
}

function lock(db: StationDb, entry: OutboxEntry, value: OrderLock, at: Date): void {
  if (!writeLock(db, entry.orderId, value)) return;
  appendAudit(db, {
    at,
    stationId: getStationId(db),
    operator: null,
    kind: 'order-locked',
    orderId: entry.orderId,
    outboxEntryId: entry.id,
    detail: { ...value },
  });
}

/** Someone else moved the order away from where this entry starts: nothing more until resolved. */
export function lockConflict(
  db: StationDb,
  entry: OutboxEntry,
  serverStatus: Open<FulfillmentStatus>,
  at: Date,
): void {
  lock(
    db,
    entry,
    {
      reason: 'conflict',
      serverStatus,
      expected: entry.statusBefore,
      entryId: entry.id,
      since: at.toISOString(),
    },
    at,
  );
}

/** Equipme no longer shows the order to this station (403 while the station may still list orders). */
export function lockGone(db: StationDb, entry: OutboxEntry, at: Date): void {
  lock(
    db,
    entry,
    {
      reason: 'gone',
      serverStatus: null,
      expected: entry.statusBefore,
      entryId: null,
      since: at.toISOString(),
    },
    at,
  );
}

/** Our step was applied, yet Equipme is already past it: another station sent it at the same moment. */
export function lockAfterRace(
  db: StationDb,
  entry: OutboxEntry,
  serverStatus: Open<FulfillmentStatus>,
  at: Date,
): void {
  lock(
    db,
    entry,
    { reason: 'race', serverStatus, expected: entry.expectedAfter, entryId: null, since: at.toISOString() },
    at,
  );
}

/**
 * A table disagreement: Equipme answered 409 to a move our table allows (`error` given), or applied
 * a move our table does not offer (a supervisor's off-table action, no error).
 */
export function recordRefusal(
  db: StationDb,
  entry: OutboxEntry,
  order: FulfillmentOrder,
  error: ApiError | undefined,
  at: Date,
): void {
  const detail: Omit<TableDisagreement, 'at' | 'orderId'> = {
    action: entry.action,
    status: entry.statusBefore,
    transactionType: order.transactionType,
    kind: error ? 'refused' : 'accepted',
    serverStatus: order.status,
    serverMessage: error?.errorDescription ?? error?.errorCode ?? null,
  };
  appendAudit(db, {
    at,
    stationId: getStationId(db),
    operator: null,
    kind: 'table-disagreement',
    orderId: entry.orderId,
    outboxEntryId: entry.id,
    detail,
  });
}
