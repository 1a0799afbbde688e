// Print jobs, printers and preview pages for the print tests, and a fake station whose print ledger
// behaves like main's: a document printed before is refused without a reprint reason.
import { screen } from '@testing-library/react';
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import type {
  PrinterView,
  PrintJobView,
  PrintOrderArgs,
  PrintSettingsView,
} from '../../../shared/ipc/printing.ts';
import type { FakeAnswers } from '../fake-station.ts';
import { fulfillmentOrder, installOrderStation } from '../order/order-fixtures.ts';

/** A 1×1 white PNG: a real data URL, as main sends them. */
export const PNG_PAGE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

let nextJob = 1;

export function printJob(patch: Partial<PrintJobView> = {}): PrintJobView {
  const n = nextJob++;
  return {
    id: `0190a0b0-0000-7000-8000-${String(n).padStart(12, '0')}`,
    orderId: 101,
    kind: 'label',
    printerName: 'Zebra Dock 1',
    contentHash: 'ab'.repeat(32),
    createdAt: `2026-11-26T10:${String(n).padStart(2, '0')}:00.000Z`,
    updatedAt: `2026-11-26T10:${String(n).padStart(2, '0')}:00.000Z`,
    state: 'queued',
    attempts: 0,
    lastError: null,
    notes: [],
    nextAttemptAt: null,
    reason: null,
    reasonCode: null,
    reprintOf: null,
    operator: 'Anna',
    packages: 1,
    ...patch,
  };
}

export function printerView(patch: Partial<PrinterView> = {}): PrinterView {
  return {
    name: 'Zebra Dock 1',
    kind: 'zpl',
    address: 'tcp://192.0.2.10:9100',
    dpi: 203,
    media: 'label-4x6',
    defaultFor: ['label'],
    ...patch,
  };
}

export function printSettings(patch: Partial<PrintSettingsView> = {}): PrintSettingsView {
  return {
    printers: [
      printerView(),
      printerView({
        name: 'Slips A4',
        kind: 'pdf-file',
        address: 'labels/slips',
        dpi: 300,
        media: 'a4',
        defaultFor: ['slip'],
      }),
    ],
    shipFrom: null,
    autoPrint: { label: false, slip: false },
    ...patch,
  };
}

/** The order station plus a print ledger in memory; `jobs` is what main would have stored. */
export function installPrintStation(
  order: FulfillmentOrder = fulfillmentOrder(),
  options: { jobs?: PrintJobView[]; extra?: FakeAnswers } = {},
) {
  const jobs: PrintJobView[] = [...(options.jobs ?? [])];
  const printOrder = ({ orderId, kind, packages, reprintReason, reprintCode }: PrintOrderArgs) => {
    const previous = jobs.find((job) => job.kind === kind && job.state !== 'failed');
    const reprint = reprintReason !== undefined || reprintCode !== undefined;
    if (previous && !reprint) {
      return {
        ok: false as const,
        error: {
          code: 'rejected' as const,
          message: `The label of this order was already printed at 2026-11-26 10:01 on ${previous.printerName} — use Reprint with a reason.`,
        },
      };
    }
    const job = printJob({
      orderId,
      kind,
      packages: packages ?? 1,
      reason: reprintReason ?? null,
      reasonCode: reprint ? (reprintCode ?? 'OTHER') : null,
      reprintOf: previous?.id ?? null,
    });
    jobs.push(job);
    return { ok: true as const, value: job };
  };
  const installed = installOrderStation(order, {
    'print:jobs': ({ orderId }) => ({ ok: true, value: jobs.filter((job) => job.orderId === orderId) }),
    'print:order': printOrder,
    'print:preview': ({ kind }) => ({
      ok: true,
      value: {
        pages: kind === 'label' ? [PNG_PAGE] : [PNG_PAGE, PNG_PAGE],
        notes: kind === 'label' ? ['The street was shortened to fit: “Hafenstraße 12…”.'] : [],
      },
    }),
    ...options.extra,
  });
  return { ...installed, jobs };
}

/** The order screen's print card, its job list and a button by name, as the operator finds them. */
export const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
export const printCard = () => screen.getByRole('region', { name: 'Print' });
export const jobList = () => screen.getByRole('region', { name: 'Print jobs' });
