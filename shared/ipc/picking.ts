/** One change to a pick line: a scan or a manual +1/−1. */
export interface PickRecordArgs {
  orderId: number;
  /** Index into the order's bomItems. */
  line: number;
  delta: 1 | -1;
  source: 'scan' | 'manual';
  /** The supervisor PIN: a manual +1 needs it while "manual count needs supervisor" is on. */
  pin?: string;
}

/** A scan the pick list refused: not on this order, or one more than the line needs. */
export type ScanMistakeKind = 'wrong-item' | 'over-scan';

/** A wrong scan or an over-scan, kept in the audit log (and its acknowledgement). */
export interface ScanMistakeArgs {
  orderId: number;
  code: string;
  kind: ScanMistakeKind;
  /** The line an over-scan was for. */
  line?: number;
}

/** The mistakes on record for an order, as the order screen shows them ("2 wrong scans"). */
export interface ScanMistakeCounts {
  wrongScans: number;
  overScans: number;
}

/** Teach the station an unknown barcode for a pick line (supervisor PIN required). */
export interface LearnBarcodeArgs {
  orderId: number;
  line: number;
  code: string;
  pin: string;
}

/** Let an order through without complete verification (supervisor PIN and a reason, audited). */
export interface VerificationOverrideArgs {
  orderId: number;
  pin: string;
  reason: string;
}

/** A barcode the station learned, mapped to a part number. */
export interface LearnedBarcode {
  code: string;
  partNumber: string;
}
