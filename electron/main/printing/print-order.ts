// Putting a label or packing slip of an order in the ledger: the printer, the layout for its media,
// the bytes, and the rule that a document printed before is only printed again as a reprint with a
// reason. Checked and written in one transaction, so two quick clicks give one job. A box of a
// shipment gets one label for all its orders: the job is its first order's, and every order of the
// box counts as labelled (the rule above then holds for each of them).
import { uuidv7 } from 'uuidv7';
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import type { LabelContext } from '../../../shared/domain/label/label-context.ts';
import {
  type DocumentKind,
  joinLayouts,
  type LabelLayout,
} from '../../../shared/domain/label/label-layout.ts';
import { layoutPackingSlip } from '../../../shared/domain/label/packing-slip.ts';
import type { Reprint, ReprintCode } from '../../../shared/domain/label/reprint.ts';
import { layoutShippingLabel } from '../../../shared/domain/label/shipping-label.ts';
import { slipLanguageOf } from '../../../shared/domain/label/slip-language.ts';
import { personName } from '../../../shared/domain/person-name.ts';
import { plainLine, plainText } from '../../../shared/domain/plain-text.ts';
import type { Result } from '../../../shared/domain/result.ts';
import { err, ok } from '../../../shared/domain/result.ts';
import type { PrinterConfig } from '../../../shared/ipc/printing.ts';
import type { StationDb } from '../db/connection.ts';
import { getOrder } from '../db/orders.ts';
import {
  insertLabelBoxOrders,
  insertPrintJob,
  newestActivePrintJob,
  type PrintJobRecord,
} from '../db/print-ledger.ts';
import { defaultPrinter, getPrinter, readPrintSettings } from '../db/printers.ts';
import { customerPrintFacts, salesOrderPrintFacts } from '../db/sales-cache.ts';
import { metricsFor } from './print-metrics.ts';
import { contentHash, renderPayload } from './print-payload.ts';
import { shipFromFor } from './print-settings.ts';

export type PrintOrderErrorCode =
  | 'invalid'
  | 'order-not-found'
  | 'no-printer'
  | 'printer-not-found'
  | 'already-printed';

export interface PrintOrderError {
  code: PrintOrderErrorCode;
  message: string;
  /** For already-printed: the job printed before. */
  previous?: PrintJobRecord;
}

export interface PrintOrderOptions {
  operator: string;
  stationId: string;
  printerName?: string;
  /** Labels: one per package. Default 1. */
  packages?: number;
  reprintReason?: string;
  /** Printed on the reprint; default OTHER, which needs the reason written out. */
  reprintCode?: ReprintCode;
  /** A label for a box of a shipment: the order is the box's first, the label covers all of them. */
  box?: LabelBox;
}

/** The box a shipment label is for: its sales order's number and its orders, ascending. */
export type LabelBox = NonNullable<LabelContext['box']>;

const KIND_NAME: Record<DocumentKind, string> = { label: 'The label', slip: 'The packing slip' };

/** The printer the document goes to: the one asked for, else the default. */
export function resolvePrinter(
  db: StationDb,
  kind: DocumentKind,
  printerName: string | undefined,
): Result<PrinterConfig, PrintOrderError> {
  const printer = printerName === undefined ? defaultPrinter(db, kind) : getPrinter(db, printerName);
  if (printer) return ok(printer);
  return err(
    printerName === undefined
      ? {
          code: 'no-printer',
          message: `No default printer for ${kind === 'label' ? 'labels' : 'packing slips'}: choose one in the printer settings.`,
        }
      : {
          code: 'printer-not-found',
          message: `There is no printer named "${printerName}": check the printer settings.`,
        },
  );
}

/** The layout of a document for an order on a printer's media. */
export async function layoutFor(
  db: StationDb,
  order: FulfillmentOrder,
  kind: DocumentKind,
  printer: PrinterConfig,
  now: Date,
  packages = 1,
  reprint?: Reprint,
  box?: LabelBox,
): Promise<LabelLayout> {
  const customer = customerPrintFacts(db, order.customer.id);
  const sales = salesOrderPrintFacts(db, order.order.id);
  // The HTML sanitizer loads only for an order whose sales order has a note.
  const salesNote =
    sales.note === null ? '' : plainText((await import('../note-text.ts')).noteText(sales.note)).trim();
  const orderedBy = personName(sales.orderedBy) ?? '';
  const contactPhone = customer.contactPhone === null ? '' : plainLine(customer.contactPhone).trim();
  const base: Omit<LabelContext, 'package'> = {
    media: printer.media,
    dpi: printer.dpi,
    shipFrom: shipFromFor(readPrintSettings(db).shipFrom, order),
    date: localDate(now),
    metrics: metricsFor(printer),
    ...(reprint ? { reprint } : {}),
    language: slipLanguageOf(customer.language),
    ...(contactPhone !== '' ? { contactPhone } : {}),
    ...(salesNote !== '' ? { salesNote } : {}),
    ...(orderedBy !== '' ? { orderedBy } : {}),
    ...(box ? { box } : {}),
  };
  if (kind === 'slip') return layoutPackingSlip(order, base);
  return joinLayouts(
    Array.from({ length: packages }, (_, index) =>
      layoutShippingLabel(order, { ...base, package: { number: index + 1, count: packages } }),
    ),
  );
}

export async function createPrintJob(
  db: StationDb,
  orderId: number,
  kind: DocumentKind,
  options: PrintOrderOptions,
  now: Date,
): Promise<Result<PrintJobRecord, PrintOrderError>> {
  const packages = options.packages ?? 1;
  if (!Number.isInteger(packages) || packages < 1 || packages > 99) {
    return err({ code: 'invalid', message: 'The number of packages is a whole number from 1 to 99.' });
  }
  const reason = options.reprintReason?.trim() || null;
  if (options.reprintReason !== undefined && (reason === null || reason.length < 3)) {
    return err({
      code: 'invalid',
      message: 'A reprint needs a reason of at least 3 characters (kept in the ledger).',
    });
  }
  const isReprint = reason !== null || options.reprintCode !== undefined;
  const reprint: Reprint | undefined = isReprint ? { code: options.reprintCode ?? 'OTHER' } : undefined;
  if (reprint?.code === 'OTHER' && reason === null) {
    return err({
      code: 'invalid',
      message: 'A reprint for another reason needs that reason written out (at least 3 characters).',
    });
  }
  const cached = getOrder(db, orderId);
  if (!cached) {
    return err({
      code: 'order-not-found',
      message: `Order ${orderId} is not in this station's cache: pull the orders first.`,
    });
  }
  const { box } = options;
  if (box && (kind !== 'label' || box.orderIds[0] !== orderId)) {
    return err({ code: 'invalid', message: 'A box label is printed for the first order of its box.' });
  }
  const printer = resolvePrinter(db, kind, options.printerName);
  if (!printer.ok) return printer;
  const covered = box?.orderIds ?? [orderId];
  // Say no before rendering; the transaction below checks again.
  const before = refuseRepeat(db, covered, kind, isReprint);
  if (before) return err(before);

  const layout = await layoutFor(
    db,
    cached.order,
    kind,
    printer.value,
    now,
    kind === 'label' ? packages : 1,
    reprint,
    box,
  );
  const payload = await renderPayload(printer.value, layout, now);
  const insert = db.transaction((): Result<PrintJobRecord, PrintOrderError> => {
    const refused = refuseRepeat(db, covered, kind, isReprint);
    if (refused) return err(refused);
    const job = insertPrintJob(db, {
      id: uuidv7(),
      orderId,
      kind,
      printerName: printer.value.name,
      format: payload.format,
      contentHash: contentHash(payload),
      parts: payload.parts,
      packages: kind === 'label' ? packages : 1,
      notes: payload.notes,
      reason,
      reasonCode: reprint?.code ?? null,
      reprintOf: newestActivePrintJob(db, covered, kind)?.job.id ?? null,
      operator: options.operator,
      stationId: options.stationId,
      createdAt: now,
    });
    if (box) insertLabelBoxOrders(db, job.id, box.orderIds);
    return ok(job);
  });
  return insert.immediate();
}

function refuseRepeat(
  db: StationDb,
  orderIds: readonly number[],
  kind: DocumentKind,
  isReprint: boolean,
): PrintOrderError | null {
  const found = newestActivePrintJob(db, orderIds, kind);
  if (!found || isReprint) return null;
  const { job: previous, orderId } = found;
  const when = localDateTime(new Date(previous.createdAt));
  const which = orderIds.length > 1 ? `of order ${orderId} in this box` : 'of this order';
  const message =
    previous.state === 'queued' || previous.state === 'sending'
      ? `${KIND_NAME[kind]} ${which} is already waiting for printer ${previous.printerName} (since ${when}): it prints when the printer is back — use Reprint with a reason for another copy.`
      : `${KIND_NAME[kind]} ${which} was already printed at ${when} on ${previous.printerName} — use Reprint with a reason.`;
  return { code: 'already-printed', message, previous };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD in the station's time zone. */
export function localDate(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** YYYY-MM-DD HH:MM in the station's time zone. */
export function localDateTime(at: Date): string {
  return `${localDate(at)} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
