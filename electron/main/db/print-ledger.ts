// SQL for the print ledger. The rules (when a print is a reprint, retries, what a state means) are in
// electron/main/printing/.
import type { DocumentKind } from '../../../shared/domain/label/label-layout.ts';
import type { PrintJobState, PrintJobView, ReprintCode } from '../../../shared/ipc/printing.ts';
import type { PayloadFormat } from '../printing/print-payload.ts';
import type { StationDb } from './connection.ts';

export interface PrintJobRecord extends PrintJobView {
  format: PayloadFormat;
  stationId: string;
}

export interface NewPrintJob {
  id: string;
  orderId: number;
  kind: DocumentKind;
  printerName: string;
  format: PayloadFormat;
  contentHash: string;
  parts: Buffer[];
  packages: number;
  notes: string[];
  reason: string | null;
  reasonCode: ReprintCode | null;
  reprintOf: string | null;
  operator: string;
  stationId: string;
  createdAt: Date;
}

const JOB_COLUMNS = `id, order_id AS orderId, kind, printer_name AS printerName, format,
  content_hash AS contentHash, packages, created_at AS createdAt, updated_at AS updatedAt, state, attempts,
  next_attempt_at AS nextAttemptAt, last_error AS lastError, notes, reason, reason_code AS reasonCode,
  reprint_of AS reprintOf,
  operator, station_id AS stationId`;

type JobRow = Omit<PrintJobRecord, 'notes'> & { notes: string };

const toRecord = (row: JobRow): PrintJobRecord => ({ ...row, notes: JSON.parse(row.notes) as string[] });

export function insertPrintJob(db: StationDb, job: NewPrintJob): PrintJobRecord {
  const at = job.createdAt.toISOString();
  const row = db
    .prepare(
      `INSERT INTO print_jobs (id, order_id, kind, printer_name, format, content_hash, payload, part_sizes,
         packages, created_at, updated_at, state, attempts, next_attempt_at, notes, reason, reason_code,
         reprint_of, operator, station_id)
       VALUES (@id, @orderId, @kind, @printerName, @format, @contentHash, @payload, @partSizes, @packages,
         @at, @at, 'queued', 0, @at, @notes, @reason, @reasonCode, @reprintOf, @operator, @stationId)
       RETURNING ${JOB_COLUMNS}`,
    )
    .get({
      ...job,
      at,
      payload: Buffer.concat(job.parts),
      partSizes: JSON.stringify(job.parts.map((part) => part.length)),
      notes: JSON.stringify(job.notes),
    }) as JobRow;
  return toRecord(row);
}

export function getPrintJob(db: StationDb, id: string): PrintJobRecord | undefined {
  const row = db.prepare(`SELECT ${JOB_COLUMNS} FROM print_jobs WHERE id = ?`).get(id) as JobRow | undefined;
  return row ? toRecord(row) : undefined;
}

/**
 * The jobs of an order: its own and the box labels that cover it (label_box_orders). For
 * `print_jobs AS j`, with the order id bound twice.
 */
const OF_ORDER = `(j.order_id = ? OR j.id IN (SELECT job_id FROM label_box_orders WHERE order_id = ?))`;

/** Binds the order id twice, then the document kind. */
export const ACTIVE_JOB_SQL = `SELECT ${JOB_COLUMNS} FROM print_jobs AS j
  WHERE ${OF_ORDER} AND kind = ? AND state <> 'failed' ORDER BY id DESC LIMIT 1`;

/** The newest job of this document for the order that did not fail (the one a new print would repeat). */
export function activePrintJob(
  db: StationDb,
  orderId: number,
  kind: DocumentKind,
): PrintJobRecord | undefined {
  const row = db.prepare(ACTIVE_JOB_SQL).get(orderId, orderId, kind) as JobRow | undefined;
  return row ? toRecord(row) : undefined;
}

/**
 * The newest active job of this document among the orders, with the order it was found for (of a
 * box: any of them labelled counts).
 */
export function newestActivePrintJob(
  db: StationDb,
  orderIds: readonly number[],
  kind: DocumentKind,
): { job: PrintJobRecord; orderId: number } | undefined {
  let newest: { job: PrintJobRecord; orderId: number } | undefined;
  for (const orderId of orderIds) {
    const job = activePrintJob(db, orderId, kind);
    if (job && (!newest || job.id > newest.job.id)) newest = { job, orderId };
  }
  return newest;
}

/** Any job of this document for the order, failed ones included. */
export function hasPrintJob(db: StationDb, orderId: number, kind: DocumentKind): boolean {
  return (
    db
      .prepare(`SELECT 1 FROM print_jobs AS j WHERE ${OF_ORDER} AND kind = ? LIMIT 1`)
      .get(orderId, orderId, kind) !== undefined
  );
}

/** Records the orders a box label covers (its own order included); in the job's transaction. */
export function insertLabelBoxOrders(db: StationDb, jobId: string, orderIds: readonly number[]): void {
  const insert = db.prepare('INSERT INTO label_box_orders (job_id, order_id) VALUES (?, ?)');
  for (const orderId of orderIds) insert.run(jobId, orderId);
}

/** The bytes of a job still waiting for its printer, split into its parts (files/pages). */
export function printJobPayload(db: StationDb, id: string): Buffer[] | null {
  const row = db.prepare('SELECT payload, part_sizes AS partSizes FROM print_jobs WHERE id = ?').get(id) as
    | { payload: Buffer | null; partSizes: string }
    | undefined;
  if (!row?.payload) return null;
  const parts: Buffer[] = [];
  let offset = 0;
  for (const size of JSON.parse(row.partSizes) as number[]) {
    parts.push(row.payload.subarray(offset, offset + size));
    offset += size;
  }
  return parts;
}

/** Queued jobs whose time has come, oldest first. */
export function duePrintJobs(db: StationDb, now: Date, limit = 100): { id: string; printerName: string }[] {
  return db
    .prepare(
      `SELECT id, printer_name AS printerName FROM print_jobs
       WHERE state = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?`,
    )
    .all(now.toISOString(), limit) as { id: string; printerName: string }[];
}

/** When the next queued job is due (null: none waits). */
export function nextPrintDueAt(db: StationDb): string | null {
  return (
    (db.prepare(`SELECT min(next_attempt_at) FROM print_jobs WHERE state = 'queued'`).pluck().get() as
      | string
      | null) ?? null
  );
}

/** Takes a queued job for sending; undefined when another process took it first. */
export function claimPrintJob(db: StationDb, id: string, now: Date): PrintJobRecord | undefined {
  const row = db
    .prepare(
      `UPDATE print_jobs SET state = 'sending', attempts = attempts + 1, updated_at = ?
       WHERE id = ? AND state = 'queued' RETURNING ${JOB_COLUMNS}`,
    )
    .get(now.toISOString(), id) as JobRow | undefined;
  return row ? toRecord(row) : undefined;
}

export type JobOutcome =
  | { state: 'sent' | 'printed'; note: string | null }
  | { state: 'queued'; error: string; nextAttemptAt: Date }
  | { state: 'failed'; error: string };

/** Records what an attempt (or the operator) did to a job; the bytes go once the printer has them. */
export function recordPrintOutcome(
  db: StationDb,
  id: string,
  outcome: JobOutcome,
  now: Date,
): PrintJobRecord {
  const done = outcome.state === 'sent' || outcome.state === 'printed';
  const row = db
    .prepare(
      `UPDATE print_jobs SET state = @state, updated_at = @now, last_error = @error, next_attempt_at = @next,
         notes = CASE WHEN @note IS NULL THEN notes ELSE json_insert(notes, '$[#]', @note) END,
         payload = CASE WHEN @done THEN NULL ELSE payload END
       WHERE id = @id RETURNING ${JOB_COLUMNS}`,
    )
    .get({
      id,
      state: outcome.state,
      now: now.toISOString(),
      error: 'error' in outcome ? outcome.error : null,
      next: outcome.state === 'queued' ? outcome.nextAttemptAt.toISOString() : null,
      note: 'note' in outcome ? outcome.note : null,
      done: done ? 1 : 0,
    }) as JobRow;
  return toRecord(row);
}

/** A failed job the operator wants tried again (its bytes are still kept). */
export function requeuePrintJob(db: StationDb, id: string, now: Date): PrintJobRecord | undefined {
  const row = db
    .prepare(
      `UPDATE print_jobs SET state = 'queued', next_attempt_at = @now, updated_at = @now
       WHERE id = @id AND state IN ('failed', 'queued') AND payload IS NOT NULL RETURNING ${JOB_COLUMNS}`,
    )
    .get({ id, now: now.toISOString() }) as JobRow | undefined;
  return row ? toRecord(row) : undefined;
}

/** Gives up on a job still waiting for its printer (undefined: it is not waiting any more). */
export function cancelQueuedPrintJob(
  db: StationDb,
  id: string,
  error: string,
  now: Date,
): PrintJobRecord | undefined {
  const row = db
    .prepare(
      `UPDATE print_jobs SET state = 'failed', last_error = ?, updated_at = ?, next_attempt_at = NULL
       WHERE id = ? AND state = 'queued' RETURNING ${JOB_COLUMNS}`,
    )
    .get(error, now.toISOString(), id) as JobRow | undefined;
  return row ? toRecord(row) : undefined;
}

/** Jobs left "sending" by a process that stopped: nobody knows whether they printed. */
export function failInterruptedPrintJobs(db: StationDb, message: string, now: Date): string[] {
  return db
    .prepare(
      `UPDATE print_jobs SET state = 'failed', last_error = ?, updated_at = ?, next_attempt_at = NULL
       WHERE state = 'sending' RETURNING id`,
    )
    .pluck()
    .all(message, now.toISOString()) as string[];
}

export interface PrintJobQuery {
  orderId?: number;
  states?: readonly PrintJobState[];
  limit?: number;
}

/** Newest first. */
export function listPrintJobs(db: StationDb, query: PrintJobQuery = {}): PrintJobRecord[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (query.orderId !== undefined) {
    where.push(OF_ORDER);
    params.push(query.orderId, query.orderId);
  }
  if (query.states && query.states.length > 0) {
    where.push(`state IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(query.states));
  }
  const sql = `SELECT ${JOB_COLUMNS} FROM print_jobs AS j ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY id DESC LIMIT ?`;
  return (db.prepare(sql).all(...params, query.limit ?? 100) as JobRow[]).map(toRecord);
}
