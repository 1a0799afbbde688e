// SQL for what a packer verified: pick counts per order line (who, how many by hand), supervisor overrides, learned barcodes.
import type { StationDb } from './connection.ts';

/** Saved picked quantity per bomItems index of an order (lines never picked are absent). */
export function readPickCounts(db: StationDb, orderId: number): Map<number, number> {
  const rows = db.prepare('SELECT line, picked FROM pick_counts WHERE order_id = ?').all(orderId) as {
    line: number;
    picked: number;
  }[];
  return new Map(rows.map((row) => [row.line, row.picked]));
}

export interface PickCountRow {
  line: number;
  picked: number;
  /** Of `picked`, how many were counted by hand (+1 without a scan). */
  manual: number;
  /** Who changed the line last; null for counts saved before operators were kept. */
  operator: string | null;
}

/** Every saved line of an order, by bomItems index. */
export function readPickRows(db: StationDb, orderId: number): Map<number, PickCountRow> {
  const rows = db
    .prepare('SELECT line, picked, manual, operator FROM pick_counts WHERE order_id = ?')
    .all(orderId) as PickCountRow[];
  return new Map(rows.map((row) => [row.line, row]));
}

export function writePickCount(db: StationDb, orderId: number, count: PickCountRow, now: Date): void {
  db.prepare(
    `INSERT INTO pick_counts (order_id, line, picked, manual, operator, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (order_id, line) DO UPDATE SET picked = excluded.picked, manual = excluded.manual,
       operator = excluded.operator, updated_at = excluded.updated_at`,
  ).run(orderId, count.line, count.picked, count.manual, count.operator, now.toISOString());
}

export interface VerificationOverride {
  operator: string;
  reason: string;
  at: string;
}

export function readOverride(db: StationDb, orderId: number): VerificationOverride | undefined {
  return db
    .prepare('SELECT operator, reason, at FROM verification_overrides WHERE order_id = ?')
    .get(orderId) as VerificationOverride | undefined;
}

/** The latest override of an order replaces an earlier one (the audit log keeps both). */
export function writeOverride(db: StationDb, orderId: number, override: VerificationOverride): void {
  db.prepare(
    `INSERT INTO verification_overrides (order_id, operator, reason, at) VALUES (?, ?, ?, ?)
     ON CONFLICT (order_id) DO UPDATE SET
       operator = excluded.operator, reason = excluded.reason, at = excluded.at`,
  ).run(orderId, override.operator, override.reason, override.at);
}

export interface LearnedBarcodeRow {
  code: string;
  partNumber: string;
}

export function listLearnedBarcodes(db: StationDb): LearnedBarcodeRow[] {
  return db
    .prepare('SELECT code, part_number AS partNumber FROM learned_barcodes ORDER BY code')
    .all() as LearnedBarcodeRow[];
}

export function readLearnedBarcode(db: StationDb, code: string): LearnedBarcodeRow | undefined {
  return db
    .prepare('SELECT code, part_number AS partNumber FROM learned_barcodes WHERE code = ?')
    .get(code) as LearnedBarcodeRow | undefined;
}

/** Learning a code again points it at the new part number. */
export function writeLearnedBarcode(
  db: StationDb,
  barcode: LearnedBarcodeRow & { learnedBy: string; learnedAt: string },
): void {
  db.prepare(
    `INSERT INTO learned_barcodes (code, part_number, learned_by, learned_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (code) DO UPDATE SET
       part_number = excluded.part_number, learned_by = excluded.learned_by,
       learned_at = excluded.learned_at`,
  ).run(barcode.code, barcode.partNumber, barcode.learnedBy, barcode.learnedAt);
}
