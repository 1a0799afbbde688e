// Printing as the renderer sees it: printers, print jobs of the ledger, what to print. Types only;
// the channels are in contract.ts (print:*, printers:*).
import type { DocumentKind } from '../domain/label/label-layout.ts';
import type { Dpi, MediaId } from '../domain/label/media.ts';
import type { ReprintCode } from '../domain/label/reprint.ts';

export { REPRINT_CODES } from '../domain/label/reprint.ts';
export type { DocumentKind, Dpi, MediaId, ReprintCode };

/** How a printer is reached and what it speaks. */
export type PrinterKind = 'zpl' | 'escpos' | 'star' | 'pdf-file' | 'png-file';

/** Code pages a receipt printer may start in (node-thermal-printer names). */
export const CODE_PAGES = [
  'PC858_EURO',
  'WPC1252',
  'PC852_LATIN2',
  'PC850_MULTILINGUAL',
  'PC437_USA',
  'PC857_TURKISH',
  'PC866_CYRILLIC2',
] as const;
export type CodePage = (typeof CODE_PAGES)[number];

export interface PrinterConfig {
  /** Unique, what the operator picks. */
  name: string;
  kind: PrinterKind;
  /**
   * tcp://host:port (raw port 9100), printer:NAME (an OS print queue) or, for a file printer, a folder:
   * over IPC `labels` or `labels/NAME` inside the station's labels folder (main stores the absolute
   * path); an absolute folder elsewhere only through the station CLI.
   */
  address: string;
  dpi: Dpi;
  media: MediaId;
  /** ESC/POS and Star only: the code page to start in (default PC858_EURO). */
  codePage?: CodePage;
}

export interface PrinterView extends PrinterConfig {
  /** Default printer for these documents. */
  defaultFor: DocumentKind[];
}

export type PrinterProblem =
  | 'paper-out'
  | 'paper-near-end'
  | 'head-open'
  | 'cover-open'
  | 'ribbon-out'
  | 'paused'
  | 'buffer-full'
  | 'offline'
  | 'over-temperature'
  | 'under-temperature'
  | 'printer-error';

/** What a printer said about itself (Zebra ~HS, ESC/POS DLE EOT). */
export interface PrinterStatus {
  /** No problem that stops printing. */
  ready: boolean;
  problems: PrinterProblem[];
  /** Zebra: label formats received and not yet printed. */
  formatsInBuffer: number | null;
  /** Zebra: labels of the current batch still to print. */
  labelsRemaining: number | null;
}

export type PrintJobState = 'queued' | 'sending' | 'sent' | 'printed' | 'failed';

/** A row of the print ledger. */
export interface PrintJobView {
  id: string;
  orderId: number;
  kind: DocumentKind;
  printerName: string;
  /** sha256 of the bytes sent to the printer. */
  contentHash: string;
  createdAt: string;
  updatedAt: string;
  /** queued: waits for the printer (retries with backoff); sent: the printer took it but cannot confirm
   * it printed (or has not yet); printed: confirmed (Zebra) or written (file printer). */
  state: PrintJobState;
  attempts: number;
  /** Why the last attempt did not get through, in words an operator can act on. */
  lastError: string | null;
  /** What else the operator should know (cut text, replaced characters, unconfirmed print). */
  notes: string[];
  nextAttemptAt: string | null;
  /** Set on a reprint: why it was printed again, in the operator's words. */
  reason: string | null;
  /** Set on a reprint: the reason code printed on the document. */
  reasonCode: ReprintCode | null;
  reprintOf: string | null;
  operator: string;
  /** Labels: one per package. */
  packages: number;
}

export interface PrintOrderArgs {
  orderId: number;
  kind: DocumentKind;
  /** Default: the default printer for the kind. */
  printerName?: string;
  /** Labels: how many packages (one label each). Default 1. */
  packages?: number;
  /** Printing a kind that was printed for the order before is a reprint: it needs a code or a reason. */
  reprintReason?: string;
  /** The reason code printed on the reprint (default OTHER, which needs `reprintReason`). */
  reprintCode?: ReprintCode;
}

export interface PrintJobsArgs {
  orderId?: number;
  states?: PrintJobState[];
  limit?: number;
}

export interface PrintSettingsView {
  printers: PrinterView[];
  shipFrom: ShipFromSettings | null;
  /** Print this document once, by itself, when an order is verified and packed. */
  autoPrint: Record<DocumentKind, boolean>;
}

export interface ShipFromSettings {
  name: string;
  line1?: string | null;
  street?: string | null;
  number?: string | null;
  addition?: string | null;
  postalCode?: string | null;
  city?: string | null;
  countryCode?: string | null;
  regionCode?: string | null;
  phoneNumber?: string | null;
}

export interface PrintersSaveArgs {
  /** Added or replaced by name. */
  upsert?: PrinterConfig[];
  remove?: string[];
  defaults?: Partial<Record<DocumentKind, string | null>>;
  shipFrom?: ShipFromSettings | null;
  autoPrint?: Partial<Record<DocumentKind, boolean>>;
  /** The supervisor PIN: adding, changing or removing a printer needs it. */
  pin?: string;
}

export interface PrinterTestResult {
  printerName: string;
  state: 'sent' | 'printed';
  status: PrinterStatus | null;
  note: string | null;
}

export interface PrintPreviewArgs {
  orderId: number;
  kind: DocumentKind;
  printerName?: string;
}

export interface PrintPreview {
  /** data:image/png;base64,… one per page, as the printer would print it. */
  pages: string[];
  notes: string[];
}
