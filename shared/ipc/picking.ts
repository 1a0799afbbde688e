/** One change to a pick line: a scan or a manual +1/−1. */
export interface PickRecordArgs {
  orderId: number;
  /** Index into the order's bomItems. */
  line: number;
  delta: 1 | -1;
  source: 'scan' | 'manual';
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
