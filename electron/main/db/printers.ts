// SQL for the printers list and the print settings (checked in electron/main/printing/ before they get here).
import type { DocumentKind } from '../../../shared/domain/label/label-layout.ts';
import type { PrinterConfig, PrinterView, ShipFromSettings } from '../../../shared/ipc/printing.ts';
import type { StationDb } from './connection.ts';

interface PrinterRow {
  name: string;
  kind: PrinterConfig['kind'];
  address: string;
  dpi: PrinterConfig['dpi'];
  media: PrinterConfig['media'];
  codePage: PrinterConfig['codePage'] | null;
  defaultLabel: number;
  defaultSlip: number;
}

const PRINTER_COLUMNS = `name, kind, address, dpi, media, code_page AS codePage,
  default_label AS defaultLabel, default_slip AS defaultSlip`;

function toView(row: PrinterRow): PrinterView {
  const { codePage, defaultLabel, defaultSlip, ...config } = row;
  const defaultFor: DocumentKind[] = [];
  if (defaultLabel === 1) defaultFor.push('label');
  if (defaultSlip === 1) defaultFor.push('slip');
  return { ...config, ...(codePage ? { codePage } : {}), defaultFor };
}

export function listPrinters(db: StationDb): PrinterView[] {
  return (db.prepare(`SELECT ${PRINTER_COLUMNS} FROM printers ORDER BY name`).all() as PrinterRow[]).map(
    toView,
  );
}

export function getPrinter(db: StationDb, name: string): PrinterView | undefined {
  const row = db.prepare(`SELECT ${PRINTER_COLUMNS} FROM printers WHERE name = ?`).get(name) as
    | PrinterRow
    | undefined;
  return row ? toView(row) : undefined;
}

/** The default printer for a document, if one is set. */
export function defaultPrinter(db: StationDb, kind: DocumentKind): PrinterView | undefined {
  const column = kind === 'label' ? 'default_label' : 'default_slip';
  const row = db.prepare(`SELECT ${PRINTER_COLUMNS} FROM printers WHERE ${column} = 1`).get() as
    | PrinterRow
    | undefined;
  return row ? toView(row) : undefined;
}

export function upsertPrinter(db: StationDb, printer: PrinterConfig, now: Date): void {
  db.prepare(
    `INSERT INTO printers (name, kind, address, dpi, media, code_page, updated_at)
     VALUES (@name, @kind, @address, @dpi, @media, @codePage, @updatedAt)
     ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, address = excluded.address, dpi = excluded.dpi,
       media = excluded.media, code_page = excluded.code_page, updated_at = excluded.updated_at`,
  ).run({ ...printer, codePage: printer.codePage ?? null, updatedAt: now.toISOString() });
}

export function deletePrinter(db: StationDb, name: string): boolean {
  return db.prepare('DELETE FROM printers WHERE name = ?').run(name).changes > 0;
}

/** Makes `name` the default for `kind` (null: no default). */
export function setDefaultPrinter(db: StationDb, kind: DocumentKind, name: string | null): void {
  const column = kind === 'label' ? 'default_label' : 'default_slip';
  db.transaction(() => {
    db.prepare(`UPDATE printers SET ${column} = 0 WHERE ${column} = 1`).run();
    if (name !== null) db.prepare(`UPDATE printers SET ${column} = 1 WHERE name = ?`).run(name);
  })();
}

export interface PrintSettingsRow {
  shipFrom: ShipFromSettings | null;
  autoPrint: Record<DocumentKind, boolean>;
}

export function readPrintSettings(db: StationDb): PrintSettingsRow {
  const row = db
    .prepare(
      `SELECT ship_from AS shipFrom, auto_print_label AS label, auto_print_slip AS slip
       FROM print_settings WHERE id = 1`,
    )
    .get() as { shipFrom: string | null; label: number; slip: number };
  return {
    shipFrom: row.shipFrom === null ? null : (JSON.parse(row.shipFrom) as ShipFromSettings),
    autoPrint: { label: row.label === 1, slip: row.slip === 1 },
  };
}

export function writePrintSettings(db: StationDb, change: Partial<PrintSettingsRow>): void {
  const current = readPrintSettings(db);
  const next = { ...current, ...change, autoPrint: { ...current.autoPrint, ...change.autoPrint } };
  db.prepare(
    `UPDATE print_settings SET ship_from = ?, auto_print_label = ?, auto_print_slip = ? WHERE id = 1`,
  ).run(
    next.shipFrom === null ? null : JSON.stringify(next.shipFrom),
    next.autoPrint.label ? 1 : 0,
    next.autoPrint.slip ? 1 : 0,
  );
}
