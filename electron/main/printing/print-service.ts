// The station's printing: print, reprint (with a reason), auto-print once when an order is packed,
// preview, test print, the ledger's jobs, and the queue that sends them. Printing never blocks the
// packing flow: printOrder returns as soon as the job is in the ledger.
import { uuidv7 } from 'uuidv7';
import type { DocumentKind, LabelLayout } from '../../../shared/domain/label/label-layout.ts';
import type { ReprintCode } from '../../../shared/domain/label/reprint.ts';
import { layoutTestPage } from '../../../shared/domain/label/test-page.ts';
import type { Result } from '../../../shared/domain/result.ts';
import { err, ok } from '../../../shared/domain/result.ts';
import type { BackoffPolicy } from '../../../shared/domain/retry-policy.ts';
import type {
  PrinterConfig,
  PrinterStatus,
  PrinterTestResult,
  PrintJobView,
  PrintPreview,
} from '../../../shared/ipc/printing.ts';
import type { StationDb } from '../db/connection.ts';
import { getOrder } from '../db/orders.ts';
import {
  cancelQueuedPrintJob,
  getPrintJob,
  hasPrintJob,
  listPrintJobs,
  type PrintJobQuery,
  type PrintJobRecord,
  requeuePrintJob,
} from '../db/print-ledger.ts';
import { getPrinter, readPrintSettings } from '../db/printers.ts';
import { getStationId } from '../db/station.ts';
import type { PrinterDriver } from './driver.ts';
import { DRIVER_TIMINGS, type DriverTimings, driverFor } from './drivers.ts';
import { pdfToPngs } from './pdf-raster.ts';
import { toPng } from './png.ts';
import { type PrintError, printError } from './print-error.ts';
import { metricsFor } from './print-metrics.ts';
import {
  createPrintJob,
  type LabelBox,
  layoutFor,
  localDateTime,
  type PrintOrderError,
  resolvePrinter,
} from './print-order.ts';
import { type PrintPayload, renderPayload } from './print-payload.ts';
import { createPrintQueue, PRINT_BACKOFF } from './print-queue.ts';
import { receiptPngs } from './receipt-picture.ts';
import { planReceipt } from './receipt-plan.ts';

export interface PrintServiceOptions {
  db: StationDb;
  now?: () => Date;
  random?: () => number;
  backoff?: BackoffPolicy;
  timings?: DriverTimings;
}

export interface PrintRequest {
  operator: string;
  printerName?: string;
  packages?: number;
  reprintReason?: string;
  reprintCode?: ReprintCode;
}

export interface PrintService {
  printOrder(
    orderId: number,
    kind: DocumentKind,
    request: PrintRequest,
  ): Promise<Result<PrintJobView, PrintOrderError>>;
  /** One shipping label for a box of a shipment (the job is its first order's; it covers them all). */
  printBoxLabel(box: LabelBox, request: PrintRequest): Promise<Result<PrintJobView, PrintOrderError>>;
  /** Called when an order is verified and packed: prints what auto-print is on for, once per order. */
  autoPrintPacked(orderId: number, operator: string): Promise<PrintJobView[]>;
  /**
   * A box of a shipment was packed: auto-print gives it one label (unless one of its orders has a
   * label already) and each of its orders its packing slip, once.
   */
  autoPrintBox(box: LabelBox, operator: string): Promise<PrintJobView[]>;
  preview(
    orderId: number,
    kind: DocumentKind,
    printerName?: string,
  ): Promise<Result<PrintPreview, PrintOrderError>>;
  testPrint(printerName: string, signal?: AbortSignal): Promise<Result<PrinterTestResult, PrintError>>;
  printerStatus(printerName: string, signal?: AbortSignal): Promise<Result<PrinterStatus | null, PrintError>>;
  listJobs(query?: PrintJobQuery): PrintJobView[];
  /** Try a waiting or failed job again now. */
  retryJob(jobId: string): Result<PrintJobView, PrintOrderError>;
  /** Give up on a job that has not reached its printer. */
  cancelJob(jobId: string, reason: string, operator: string): Result<PrintJobView, PrintOrderError>;
  getJob(jobId: string): PrintJobView | undefined;
  /** Sends every due job now; resolves when each had its attempt (the CLI waits for its own job). */
  drain(): Promise<void>;
  onJob(listener: (job: PrintJobView) => void): () => void;
  start(): void;
  stop(): Promise<void>;
}

export function createPrintService(options: PrintServiceOptions): PrintService {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const timings = options.timings ?? DRIVER_TIMINGS;
  const driverOf = (printer: PrinterConfig) => driverFor(printer, timings);
  const listeners = new Set<(job: PrintJobView) => void>();
  const emit = (job: PrintJobRecord) => {
    const view = toView(job);
    for (const listener of listeners) listener(view);
  };
  const queue = createPrintQueue({
    db,
    driverFor: driverOf,
    onChange: emit,
    now,
    random,
    backoff: options.backoff ?? PRINT_BACKOFF,
  });

  const print = async (
    orderId: number,
    kind: DocumentKind,
    request: PrintRequest & { box?: LabelBox },
  ): Promise<Result<PrintJobView, PrintOrderError>> => {
    const created = await createPrintJob(
      db,
      orderId,
      kind,
      { ...request, stationId: getStationId(db) },
      now(),
    );
    if (!created.ok) return created;
    emit(created.value);
    queue.wake();
    return ok(toView(created.value));
  };
  const printOrder: PrintService['printOrder'] = print;
  const printBoxLabel: PrintService['printBoxLabel'] = (box, request) =>
    print(box.orderIds[0] ?? 0, 'label', { ...request, box });

  const withPrinter = async <T>(
    name: string,
    use: (printer: PrinterConfig, driver: PrinterDriver) => Promise<Result<T, PrintError>>,
  ): Promise<Result<T, PrintError>> => {
    const printer = getPrinter(db, name);
    if (!printer) return err(printError('not-configured', `There is no printer named "${name}".`));
    const driver = driverOf(printer);
    return driver.ok ? use(printer, driver.value) : driver;
  };

  return {
    printOrder,
    printBoxLabel,
    async autoPrintPacked(orderId, operator) {
      const { autoPrint } = readPrintSettings(db);
      const queued: PrintJobView[] = [];
      for (const kind of ['label', 'slip'] as const) {
        if (!autoPrint[kind] || hasPrintJob(db, orderId, kind)) continue;
        const printed = await printOrder(orderId, kind, { operator });
        if (printed.ok) queued.push(printed.value);
      }
      return queued;
    },
    async autoPrintBox(box, operator) {
      const { autoPrint } = readPrintSettings(db);
      const queued: PrintJobView[] = [];
      const labelled = box.orderIds.some((orderId) => hasPrintJob(db, orderId, 'label'));
      if (autoPrint.label && !labelled) {
        const printed = await printBoxLabel(box, { operator });
        if (printed.ok) queued.push(printed.value);
      }
      for (const orderId of autoPrint.slip ? box.orderIds : []) {
        if (hasPrintJob(db, orderId, 'slip')) continue;
        const printed = await printOrder(orderId, 'slip', { operator });
        if (printed.ok) queued.push(printed.value);
      }
      return queued;
    },
    async preview(orderId, kind, printerName) {
      const cached = getOrder(db, orderId);
      if (!cached)
        return err({ code: 'order-not-found', message: `Order ${orderId} is not in this station's cache.` });
      const printer = resolvePrinter(db, kind, printerName);
      if (!printer.ok) return printer;
      const layout = await layoutFor(db, cached.order, kind, printer.value, now());
      const payload = await renderPayload(printer.value, layout, now());
      const pages = await previewPages(printer.value, layout, payload);
      return ok({
        pages: pages.map((png) => `data:image/png;base64,${png.toString('base64')}`),
        notes: payload.notes,
      });
    },
    testPrint(printerName, signal = new AbortController().signal) {
      return withPrinter(printerName, async (printer, driver) => {
        const layout = layoutTestPage({
          printerName: printer.name,
          media: printer.media,
          dpi: printer.dpi,
          date: localDateTime(now()),
          metrics: metricsFor(printer),
        });
        const payload = await renderPayload(printer, layout, now());
        const sent = await driver.send({ id: `test-${uuidv7()}`, orderId: 0, kind: 'test' }, payload, signal);
        if (!sent.ok) return sent;
        return ok({ printerName: printer.name, ...sent.value });
      });
    },
    printerStatus(printerName, signal = new AbortController().signal) {
      return withPrinter(printerName, (_printer, driver) => driver.status(signal));
    },
    listJobs: (query) => listPrintJobs(db, query).map(toView),
    retryJob(jobId) {
      let job: PrintJobRecord | undefined;
      try {
        job = requeuePrintJob(db, jobId, now());
      } catch {
        // The ledger's one-first-print index: a newer print of this document is active.
        return err({
          code: 'already-printed',
          message: 'A newer job of this document is active: use Reprint with a reason instead.',
        });
      }
      if (!job)
        return err({
          code: 'invalid',
          message: 'Only a waiting or failed job that still has its bytes can be retried.',
        });
      emit(job);
      queue.wake();
      return ok(toView(job));
    },
    cancelJob(jobId, reason, operator) {
      const cancelled = cancelQueuedPrintJob(db, jobId, `Cancelled by ${operator}: ${reason}`, now());
      if (!cancelled)
        return err({
          code: 'invalid',
          message: 'Only a job still waiting for its printer can be cancelled.',
        });
      emit(cancelled);
      return ok(toView(cancelled));
    },
    getJob(jobId) {
      const job = getPrintJob(db, jobId);
      return job ? toView(job) : undefined;
    },
    drain: queue.drain,
    onJob(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: queue.start,
    stop: queue.stop,
  };
}

/**
 * What the preview shows: the very bytes the printer gets where a picture of them can be drawn — the
 * PNG printer's pages, the PDF file rasterized, Zebrash's picture of the ZPL (toPng draws the same
 * ZPL) — and for receipt printers Zebrash's picture of the same layout.
 */
function previewPages(printer: PrinterConfig, layout: LabelLayout, payload: PrintPayload): Promise<Buffer[]> {
  switch (payload.format) {
    case 'png':
      return Promise.resolve(payload.parts);
    case 'pdf':
      return pdfToPngs(payload.parts[0] ?? Buffer.alloc(0), printer.dpi);
    case 'zpl':
      return toPng(layout);
    case 'escpos':
    case 'star':
      return receiptPngs(
        planReceipt(layout, {
          type: payload.format === 'star' ? 'star' : 'epson',
          codePage: printer.codePage,
        }),
      );
  }
}

function toView(job: PrintJobRecord): PrintJobView {
  const { format: _format, stationId: _stationId, ...view } = job;
  return view;
}
