// What every printer driver does: send a job's bytes (and say how far it got), and tell the status
// where the printer can.

import type { DocumentKind } from '../../../shared/domain/label/label-layout.ts';
import type { Result } from '../../../shared/domain/result.ts';
import type { PrinterStatus } from '../../../shared/ipc/printing.ts';
import type { ShopOrderRef } from '../db/shop-orders.ts';
import type { PrintError } from './print-error.ts';
import type { PrintPayload } from './print-payload.ts';

export interface JobRef {
  id: string;
  orderId: number;
  kind: DocumentKind | 'test';
  /** A shop order's shop and own id (its order key is only this station's): a file printer names it. */
  shopOrder?: ShopOrderRef;
}

export interface SendResult {
  /** sent: the printer took the bytes; printed: it confirmed the job is done (or the file is written). */
  state: 'sent' | 'printed';
  status: PrinterStatus | null;
  /** What the operator should know, e.g. that the printer did not confirm yet, or where a file went. */
  note: string | null;
}

export interface PrinterDriver {
  send(job: JobRef, payload: PrintPayload, signal: AbortSignal): Promise<Result<SendResult, PrintError>>;
  /** The printer's own status; null when it cannot tell (file printers, Star). */
  status(signal: AbortSignal): Promise<Result<PrinterStatus | null, PrintError>>;
}
