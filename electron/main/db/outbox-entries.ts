// SQL for the outbox of pending transitions. The rules (what may move where) are in electron/main/outbox/.
import type {
  FulfillmentAction,
  FulfillmentStatus,
  Open,
  TransactionType,
} from '../../../shared/api/equipme.ts';
import type { OutboxEntryState } from '../../../shared/ipc/outbox.ts';
import type { ApiErrorKind } from '../api/api-error.ts';
import type { StationDb } from './connection.ts';
import type { OrderLock } from './order-columns.ts';
import { statement } from './statements.ts';

export type OutboxState = OutboxEntryState;

export const OUTBOX_STATES: readonly OutboxState[] = [
  'pending',
  'sending',
  'applied',
  'failed',
  'discarded',
  'held',
];

/** Every state, for a query that wants the index by state whatever the state (outbox_by_state). */
export const ANY_STATE = `state IN (${OUTBOX_STATES.map((state) => `'${state}'`).join(', ')})`;

/** States of an entry the server has not applied and nobody discarded. */
export const UNAPPLIED = `state IN ('pending', 'sending', 'held', 'failed')`;

/** The API client's error kinds, plus 'rejected' when reconciling shows the server refused it. */
export type AttemptErrorKind = ApiErrorKind | 'rejected';

/** Why an attempt to send an entry did not succeed; code and description come from Equipme's ErrorResponse. */
export interface AttemptError {
  kind: AttemptErrorKind;
  code: string | null;
  description: string | null;
  /** ErrorResponse.data, as one short plain line (absent on entries of older versions). */
  details?: string | null;
  message: string;
}

export interface OutboxEntry {
  id: string;
  orderId: number;
  action: FulfillmentAction;
  activationDate: string | null;
  statusBefore: FulfillmentStatus;
  expectedAfter: FulfillmentStatus;
  createdAt: string;
  operator: string;
  stationId: string;
  attempts: number;
  state: OutboxState;
  lastError: AttemptError | null;
  /** Some attempt ended without knowing whether the server applied it. */
  unknownOutcome: boolean;
  /**
   * A supervisor sent this action outside the lifecycle table: its target is unknown, so
   * expectedAfter holds statusBefore until Equipme says where the order went.
   */
  offTable: boolean;
  nextAttemptAt: string;
  appliedAt: string | null;
  discardReason: string | null;
  updatedAt: string;
}

const ENTRY_COLUMNS = `id, order_id AS orderId, action, activation_date AS activationDate,
  status_before AS statusBefore, expected_after AS expectedAfter, created_at AS createdAt, operator,
  station_id AS stationId, attempts, state, last_error AS lastError, unknown_outcome AS unknownOutcome,
  next_attempt_at AS nextAttemptAt, applied_at AS appliedAt, discard_reason AS discardReason,
  updated_at AS updatedAt, off_table AS offTable`;

interface EntryRow extends Omit<OutboxEntry, 'lastError' | 'unknownOutcome' | 'offTable'> {
  lastError: string | null;
  unknownOutcome: number;
  offTable: number;
}

function toEntry(row: EntryRow): OutboxEntry {
  return {
    ...row,
    lastError: row.lastError === null ? null : (JSON.parse(row.lastError) as AttemptError),
    unknownOutcome: row.unknownOutcome === 1,
    offTable: row.offTable === 1,
  };
}

export function insertEntry(db: StationDb, entry: OutboxEntry): void {
  statement(
    db,
    `INSERT INTO outbox (id, order_id, action, activation_date, status_before, expected_after, created_at,
       operator, station_id, attempts, state, last_error, unknown_outcome, next_attempt_at, applied_at,
       discard_reason, updated_at, off_table)
     VALUES (@id, @orderId, @action, @activationDate, @statusBefore, @expectedAfter, @createdAt,
       @operator, @stationId, @attempts, @state, @lastError, @unknownOutcome, @nextAttemptAt, @appliedAt,
       @discardReason, @updatedAt, @offTable)`,
  ).run({
    ...entry,
    lastError: entry.lastError === null ? null : JSON.stringify(entry.lastError),
    unknownOutcome: entry.unknownOutcome ? 1 : 0,
    offTable: entry.offTable ? 1 : 0,
  });
}

export function getEntry(db: StationDb, id: string): OutboxEntry | undefined {
  const row = statement(db, `SELECT ${ENTRY_COLUMNS} FROM outbox WHERE id = ?`).get(id) as
    | EntryRow
    | undefined;
  return row && toEntry(row);
}

/** The order's unapplied entries, oldest first. */
export function unappliedEntries(db: StationDb, orderId: number): OutboxEntry[] {
  const rows = statement(
    db,
    `SELECT ${ENTRY_COLUMNS} FROM outbox WHERE order_id = ? AND ${UNAPPLIED} ORDER BY id`,
  ).all(orderId) as EntryRow[];
  return rows.map(toEntry);
}

/** What enqueueing a transition needs to know about the order, read in one statement. */
export interface EnqueueFacts {
  orderNumber: string;
  serverStatus: Open<FulfillmentStatus>;
  lock: OrderLock | null;
  transactionType: Open<TransactionType>;
  isPreorder: boolean;
  hasPhysicalItems: boolean;
  /** The target of the order's newest unapplied entry: its effective status. */
  lastExpectedAfter: FulfillmentStatus | null;
  unapplied: number;
  /** A failed or held entry waits for the operator: whatever comes after it is held too. */
  blocked: boolean;
}

interface EnqueueFactsRow extends Omit<EnqueueFacts, 'lock' | 'isPreorder' | 'hasPhysicalItems' | 'blocked'> {
  lock: string | null;
  isPreorder: number;
  bomItems: number;
  blocked: number;
}

/** The order's cached facts and its unapplied entries, without parsing its JSON; undefined if not cached. */
export function enqueueFacts(db: StationDb, orderId: number): EnqueueFacts | undefined {
  const row = statement(
    db,
    `SELECT o.order_number AS orderNumber, o.server_status AS serverStatus, o.lock,
       o.transaction_type AS transactionType, o.is_preorder AS isPreorder,
       coalesce(json_array_length(o.json, '$.bomItems'), 0) AS bomItems,
       (SELECT expected_after FROM outbox
        WHERE order_id = o.id AND ${UNAPPLIED} ORDER BY id DESC LIMIT 1) AS lastExpectedAfter,
       (SELECT count(*) FROM outbox WHERE order_id = o.id AND ${UNAPPLIED}) AS unapplied,
       EXISTS (SELECT 1 FROM outbox WHERE order_id = o.id AND state IN ('failed', 'held')) AS blocked
     FROM orders AS o WHERE o.id = ?`,
  ).get(orderId) as EnqueueFactsRow | undefined;
  if (!row) return undefined;
  const { bomItems, ...facts } = row;
  return {
    ...facts,
    lock: row.lock === null ? null : (JSON.parse(row.lock) as OrderLock),
    isPreorder: row.isPreorder === 1,
    hasPhysicalItems: bomItems > 0,
    blocked: row.blocked === 1,
  };
}

/**
 * A transition was just enqueued on an order without a lock: its target is the effective status
 * (what refreshOrderFromOutbox would compute, without looking again). Unchanged, nothing is written.
 */
export function setEnqueuedStatus(db: StationDb, orderId: number, status: FulfillmentStatus): void {
  statement(db, 'UPDATE orders SET effective_status = ? WHERE id = ? AND effective_status IS NOT ?').run(
    status,
    orderId,
    status,
  );
}

/** The fields of an entry that change after it is created. */
export type EntryChange = Partial<
  Pick<
    OutboxEntry,
    'state' | 'attempts' | 'lastError' | 'unknownOutcome' | 'nextAttemptAt' | 'appliedAt' | 'discardReason'
  >
>;

const CHANGE_COLUMNS: Record<keyof EntryChange, string> = {
  state: 'state',
  attempts: 'attempts',
  lastError: 'last_error',
  unknownOutcome: 'unknown_outcome',
  nextAttemptAt: 'next_attempt_at',
  appliedAt: 'applied_at',
  discardReason: 'discard_reason',
};

export function updateEntry(db: StationDb, id: string, change: EntryChange, now: Date): void {
  const keys = Object.keys(change) as (keyof EntryChange)[];
  const assignments = keys.map((key) => `${CHANGE_COLUMNS[key]} = @${key}`);
  // One SQL text per set of changed fields: few enough to keep each one prepared.
  statement(
    db,
    `UPDATE outbox SET ${[...assignments, 'updated_at = @updatedAt'].join(', ')} WHERE id = @id`,
  ).run({
    ...change,
    ...('lastError' in change
      ? { lastError: change.lastError ? JSON.stringify(change.lastError) : null }
      : {}),
    ...('unknownOutcome' in change ? { unknownOutcome: change.unknownOutcome ? 1 : 0 } : {}),
    updatedAt: now.toISOString(),
    id,
  });
}

/**
 * Recomputes the order's effective status (server status, then the target of its newest unapplied
 * entry) and lifts a lock that names an entry no longer unapplied (a race lock names none and
 * stays until a supervisor releases it). With `serverStatus` (an entry was just applied) that
 * becomes the cached server status in the same statement.
 */
export function refreshOrderFromOutbox(
  db: StationDb,
  orderId: number,
  serverStatus?: Open<FulfillmentStatus>,
): void {
  statement(
    db,
    `UPDATE orders SET
       server_status = coalesce(@serverStatus, server_status),
       effective_status = coalesce(
         (SELECT expected_after FROM outbox
          WHERE outbox.order_id = orders.id AND ${UNAPPLIED} ORDER BY id DESC LIMIT 1),
         @serverStatus, server_status),
       lock = CASE
         WHEN lock ->> '$.entryId' IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM outbox WHERE outbox.id = lock ->> '$.entryId' AND ${UNAPPLIED})
         THEN NULL ELSE lock END
     WHERE id = @orderId`,
  ).run({ orderId, serverStatus: serverStatus ?? null });
}

/**
 * Per order only the oldest unapplied entry, and only if it is pending and due; across orders in the
 * order they became pending (a new entry at its creation, a retried one when its retry was set), as
 * the index by state and update time holds them (migration 200).
 */
export const SENDABLE_SQL = `SELECT ${ENTRY_COLUMNS} FROM outbox AS e
  WHERE e.state = 'pending' AND e.next_attempt_at <= ?
    AND NOT EXISTS (
      SELECT 1 FROM outbox WHERE outbox.order_id = e.order_id AND outbox.id < e.id AND ${UNAPPLIED})
  ORDER BY e.updated_at, e.id
  LIMIT ?`;

export function nextSendable(db: StationDb, now: Date, limit: number): OutboxEntry[] {
  const rows = statement(db, SENDABLE_SQL).all(now.toISOString(), limit) as EntryRow[];
  return rows.map(toEntry);
}

/**
 * Claims up to `limit` sendable entries for sending, each with one more attempt, oldest first. A
 * claimed entry is `sending`, so its order has nothing else sendable until its outcome is written.
 * Call it inside the transaction that also writes an outcome: the claim is durable with it.
 */
export function claimSendable(db: StationDb, now: Date, limit: number): OutboxEntry[] {
  if (limit <= 0) return [];
  const at = now.toISOString();
  const rows = statement(
    db,
    `UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ?
     WHERE id IN (SELECT id FROM (${SENDABLE_SQL}))
     RETURNING ${ENTRY_COLUMNS}`,
  ).all(at, at, limit) as EntryRow[];
  return rows.map(toEntry).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Entries oldest first, optionally only some states or one order. */
export function listOutbox(
  db: StationDb,
  query: { states?: readonly OutboxState[]; orderId?: number } = {},
): OutboxEntry[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (query.states) {
    where.push(`state IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(query.states));
  }
  if (query.orderId !== undefined) {
    where.push('order_id = ?');
    params.push(query.orderId);
  }
  const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  // The outbox is stored in id order, so walking all of it skips the sort; the states asked for
  // (failed, held, unapplied) are few among the applied history, so they are read from their index.
  const source = query.states && query.orderId === undefined ? 'outbox INDEXED BY outbox_by_state' : 'outbox';
  const rows = statement(db, `SELECT ${ENTRY_COLUMNS} FROM ${source} ${filter} ORDER BY id`).all(
    ...params,
  ) as EntryRow[];
  return rows.map(toEntry);
}

export function outboxCounts(db: StationDb): Record<OutboxState, number> {
  const counts = Object.fromEntries(OUTBOX_STATES.map((state) => [state, 0])) as Record<OutboxState, number>;
  const rows = statement(db, 'SELECT state, count(*) AS n FROM outbox GROUP BY state').all() as {
    state: OutboxState;
    n: number;
  }[];
  for (const { state, n } of rows) counts[state] = n;
  return counts;
}

/** What the operator sees as the order's status; undefined for an order not in the cache. */
export function effectiveStatus(db: StationDb, orderId: number): Open<FulfillmentStatus> | undefined {
  return db.prepare('SELECT effective_status FROM orders WHERE id = ?').pluck().get(orderId) as
    | Open<FulfillmentStatus>
    | undefined;
}

/** How many of the order's transitions the server has not applied yet (pending, sending, held, failed). */
export function pendingCountFor(db: StationDb, orderId: number): number {
  return db
    .prepare(`SELECT count(*) FROM outbox WHERE order_id = ? AND ${UNAPPLIED}`)
    .pluck()
    .get(orderId) as number;
}

/**
 * The wall clock went back (or a previous run's clock was ahead): a retry time further ahead than
 * any backoff this station sets would stall the entry for as long as the jump. Such times are due now.
 */
export function clampFarRetries(db: StationDb, now: Date, horizonMs: number): number {
  return db
    .prepare(`UPDATE outbox SET next_attempt_at = ? WHERE state = 'pending' AND next_attempt_at > ?`)
    .run(now.toISOString(), new Date(now.getTime() + horizonMs).toISOString()).changes;
}

/** The network is back: every pending entry is due now instead of at the end of its backoff. */
export function makePendingDue(db: StationDb, now: Date): number {
  return db
    .prepare(`UPDATE outbox SET next_attempt_at = ? WHERE state = 'pending' AND next_attempt_at > ?`)
    .run(now.toISOString(), now.toISOString()).changes;
}
