// The export of what was packed here, per source, for the shop's back office to reconcile (docs/export.md):
// one row per order, as CSV (RFC 4180, safe to open in a spreadsheet) or JSON.
import type { OrderSourceName } from '../../../shared/domain/order-sources.ts';
import { err, ok, type Result } from '../../../shared/domain/result.ts';
import type { StationDb } from '../db/connection.ts';
import { type PackedOrder, packedOrders } from '../db/packed-orders.ts';

export type ExportFormat = 'csv' | 'json';

export interface PackedExport {
  /** The file's contents. */
  text: string;
  rows: number;
  /** `packed-<source>-since-<day>-at-<time exported>.<format>`: a later export never overwrites one. */
  fileName: string;
}

/** The columns, in order: the CSV header and the JSON rows' keys. */
export const EXPORT_COLUMNS = [
  ['source', 'source'],
  ['order_id', 'orderId'],
  ['order_number', 'orderNumber'],
  ['packed_at', 'packedAt'],
  ['operator', 'operator'],
  ['parcels', 'parcels'],
  ['label_reprints', 'labelReprints'],
  ['handed_to_carrier_at', 'handedToCarrierAt'],
] as const satisfies readonly (readonly [string, keyof PackedOrder])[];

/**
 * `--since` as a time: a date (`2026-12-01`) is the start of that day in UTC; a date and time needs
 * its zone (`Z` or `+01:00`), so the same words never mean two times on two computers.
 */
export function parseSince(text: string): Result<Date, string> {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? new Date(`${text}T00:00:00.000Z`)
    : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(text)
      ? new Date(text)
      : null;
  if (date === null || Number.isNaN(date.getTime()) || !sameDay(text, date)) {
    return err(
      `"${text}" is not a date: give one as 2026-12-01 (from midnight UTC) or a time with its zone, 2026-12-01T08:00+01:00.`,
    );
  }
  return ok(date);
}

/** `2026-02-30` parses as 2 March: a day the calendar does not have is refused, not moved. */
function sameDay(text: string, date: Date): boolean {
  if (text.length !== 10) return true;
  return date.toISOString().slice(0, 10) === text;
}

export function exportPacked(
  db: StationDb,
  options: { source: OrderSourceName; since: Date; format: ExportFormat; now: Date },
): PackedExport {
  const since = options.since.toISOString();
  const rows = packedOrders(db, options.source, since);
  const at = options.now.toISOString().replace(/[-:]/g, '').slice(0, 15);
  const fileName = `packed-${options.source}-since-${since.slice(0, 10)}-at-${at}Z.${options.format}`;
  const text =
    options.format === 'csv'
      ? packedCsv(rows)
      : `${JSON.stringify(
          {
            source: options.source,
            since,
            exportedAt: options.now.toISOString(),
            orders: rows.map((row) => Object.fromEntries(EXPORT_COLUMNS.map(([, key]) => [key, row[key]]))),
          },
          null,
          2,
        )}\n`;
  return { text, rows: rows.length, fileName };
}

/**
 * CSV by RFC 4180: CRLF line ends, a header row, a field quoted when it holds a comma, a quote or a
 * line break. UTF-8 with a byte order mark, so a spreadsheet reads names such as "Müller" right.
 */
export function packedCsv(rows: readonly PackedOrder[]): string {
  const lines = [
    EXPORT_COLUMNS.map(([header]) => header),
    ...rows.map((row) => EXPORT_COLUMNS.map(([, key]) => csvCell(row[key]))),
  ];
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

/**
 * A cell a spreadsheet will not run: text starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return is a formula to Excel and LibreOffice (CSV injection), so it gets a leading `'`, which they
 * show as text. Numbers are written as numbers; null is an empty cell.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
