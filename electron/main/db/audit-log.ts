// Append-only record of what happened at this station (the table's triggers refuse changes).
import type { StationDb } from './connection.ts';
import { statement } from './statements.ts';

export type AuditKind =
  | 'transition-enqueued'
  | 'transition-applied'
  | 'transition-retry-scheduled'
  | 'transition-failed'
  | 'transition-retried'
  | 'transition-discarded'
  /** Written by versions before the order lock (schema 120); now 'order-locked'. */
  | 'transition-conflict'
  | 'order-locked'
  | 'order-lock-released'
  | 'order-server-status-taken'
  | 'supervisor-action'
  | 'table-disagreement'
  | 'unknown-value'
  | 'sync-database-problem'
  | 'sync-database-recovered'
  | 'sync-paused'
  | 'sync-resumed'
  | 'pull-completed'
  | 'verification-overridden'
  | 'barcode-learned'
  /** A +1 without a scan (detail: line, picked). */
  | 'pick-counted-by-hand'
  /** A −1: an item taken back out of the count. */
  | 'pick-taken-back'
  /** A scan of a code not on the order, or one more than a line needs (detail: code, line). */
  | 'scan-wrong-item'
  | 'scan-over-scan'
  /** The packer confirmed the red screen of a wrong scan or over-scan. */
  | 'scan-mistake-acknowledged'
  /** The packer read the customer's packing instructions for the order (detail: digest, keys). */
  | 'packing-instructions-acknowledged'
  | 'supervisor-pin-refused'
  | 'settings-changed'
  | 'operator-signed-in'
  | 'operator-signed-out'
  | 'operator-switched'
  /** A full pass through a shop's listing (detail: source, orders, rejected, closed, keptOpen). */
  | 'shop-pull-completed'
  /** A packing step of a shop order, recorded at this station only (detail: step, from, to). */
  | 'shop-step'
  /** A backup of the station database could not be written (detail: message); tried again later. */
  | 'backup-failed'
  /** The database was replaced by a backup (detail: backup, fromVersion, keptAs). */
  | 'station-restored';

/**
 * Kinds written on every press and every send outcome. No station path reads them by kind or by
 * order, so both indexes leave them out (migrations 170 and 200): two pages less per press and per
 * outcome. Reading them for one order walks the log newest first.
 */
export const EVERYDAY_KINDS: readonly AuditKind[] = [
  'transition-enqueued',
  'transition-applied',
  'transition-retry-scheduled',
];
/** The condition of the indexes by kind and by order, word for word: a query with it may read them. */
export const NOT_EVERYDAY = `kind NOT IN (${EVERYDAY_KINDS.map((kind) => `'${kind}'`).join(', ')})`;

export interface AuditInput {
  at: Date;
  stationId: string;
  /** Null for what the station did on its own (sync, pull). */
  operator: string | null;
  kind: AuditKind;
  orderId?: number | null;
  outboxEntryId?: string | null;
  detail?: Record<string, unknown>;
}

export interface AuditRecord {
  id: number;
  at: string;
  stationId: string;
  operator: string | null;
  kind: AuditKind;
  orderId: number | null;
  outboxEntryId: string | null;
  detail: Record<string, unknown>;
}

export function appendAudit(db: StationDb, input: AuditInput): number {
  // Kept prepared: every enqueue and every outcome of the drain appends a row.
  const result = statement(
    db,
    `INSERT INTO audit_log (at, station_id, operator, kind, order_id, outbox_entry_id, detail)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    input.at.toISOString(),
    input.stationId,
    input.operator,
    input.kind,
    input.orderId ?? null,
    input.outboxEntryId ?? null,
    JSON.stringify(input.detail ?? {}),
  );
  return Number(result.lastInsertRowid);
}

interface AuditRow extends Omit<AuditRecord, 'detail'> {
  detail: string;
}

const AUDIT_COLUMNS = `id, at, station_id AS stationId, operator, kind, order_id AS orderId,
  outbox_entry_id AS outboxEntryId, detail`;

/** Newest first; all orders, or one. */
export function listAudit(
  db: StationDb,
  query: { orderId?: number; kind?: AuditKind; limit: number },
): AuditRecord[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (query.orderId !== undefined) {
    where.push('order_id = ?');
    params.push(query.orderId);
  }
  if (query.kind !== undefined) {
    where.push('kind = ?');
    params.push(query.kind);
    // A rarer kind is read from the index by kind (or by order); an everyday one is found among the
    // newest rows.
    if (!EVERYDAY_KINDS.includes(query.kind)) where.push(NOT_EVERYDAY);
  }
  const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const rows = db
    .prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_log ${filter} ORDER BY id DESC LIMIT ?`)
    .all(...params, query.limit) as AuditRow[];
  return rows.map((row) => ({ ...row, detail: JSON.parse(row.detail) as Record<string, unknown> }));
}

/** How many rows of each kind an order has (kinds without rows are absent). */
export function countAuditKinds(
  db: StationDb,
  orderId: number,
  kinds: readonly AuditKind[],
): Map<AuditKind, number> {
  // Rarer kinds only: the index by order holds them (a pick's scans are counted on every scan).
  const rare = kinds.every((kind) => !EVERYDAY_KINDS.includes(kind));
  const rows = statement(
    db,
    `SELECT kind, count(*) AS count FROM audit_log
     WHERE order_id = ? AND kind IN (SELECT value FROM json_each(?))${rare ? ` AND ${NOT_EVERYDAY}` : ''}
     GROUP BY kind`,
  ).all(orderId, JSON.stringify(kinds)) as { kind: AuditKind; count: number }[];
  return new Map(rows.map((row) => [row.kind, row.count]));
}
