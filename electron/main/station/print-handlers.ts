// print:* and printers:* — labels and packing slips through the print ledger. Printing never holds up
// packing: a job is answered as soon as it is in the ledger; the queue sends it and pushes print:job.
import { requiresVerification } from '../../../shared/domain/workflow.ts';
import type { PrintSettingsView } from '../../../shared/ipc/printing.ts';
import { appendAudit } from '../db/audit-log.ts';
import { getOrder } from '../db/orders.ts';
import type { InvokeHandlers } from '../ipc/handlers.ts';
import { printSettingsView, savePrintSettings } from '../printing/index.ts';
import { failure, noOperator, printerFailure, printOrderFailure } from './failures.ts';
import { storedAddress, withShownAddress } from './labels-folder.ts';
import { lockRefusal } from './order-lock.ts';
import { instructionsRefusal } from './sales-picture.ts';
import type { StationContext } from './station-context.ts';
import { unverifiedRefusal } from './verification.ts';

type PrintHandlers = Pick<
  InvokeHandlers,
  | 'print:order'
  | 'print:jobs'
  | 'print:retry'
  | 'print:cancel'
  | 'print:preview'
  | 'printers:list'
  | 'printers:save'
  | 'printers:test'
  | 'printers:status'
>;

const jobNotFound = (jobId: string) =>
  failure('not-found', `Print job ${jobId} is not in this station's print ledger. Refresh the list of jobs.`);

export function printHandlers(ctx: StationContext): PrintHandlers {
  const { db, printing, labelsDir } = ctx;

  const settingsView = (): PrintSettingsView => {
    const view = printSettingsView(db);
    return { ...view, printers: view.printers.map((printer) => withShownAddress(labelsDir, printer)) };
  };

  return {
    async 'print:order'({ orderId, kind, printerName, packages, reprintReason, reprintCode }) {
      const operator = ctx.settings.current().operator;
      if (operator === '') return noOperator();
      const locked = lockRefusal(db, orderId, 'printing');
      if (locked) return failure('rejected', locked);
      // The shipping label closes the parcel like dispatching it: only for a verified order.
      const cached = kind === 'label' ? getOrder(db, orderId) : undefined;
      if (cached && requiresVerification(cached.order, 'dispatchDelivery', cached.effectiveStatus)) {
        const refusal = unverifiedRefusal(db, cached, 'printing its label');
        if (refusal) return failure('rejected', refusal);
      }
      const unread = cached && instructionsRefusal(db, cached, ctx.settings.current().packingInstructionKeys);
      if (unread) return failure('rejected', unread);
      const printed = await printing.printOrder(orderId, kind, {
        operator,
        ...(printerName !== undefined ? { printerName } : {}),
        ...(packages !== undefined ? { packages } : {}),
        ...(reprintReason !== undefined ? { reprintReason } : {}),
        ...(reprintCode !== undefined ? { reprintCode } : {}),
      });
      return printed.ok ? printed : printOrderFailure(printed.error);
    },
    async 'print:jobs'(query) {
      return { ok: true, value: printing.listJobs(query) };
    },
    async 'print:retry'({ jobId }) {
      if (!printing.getJob(jobId)) return jobNotFound(jobId);
      const retried = printing.retryJob(jobId);
      // Here 'invalid' is the job's state, not the request: a rule the operator ran into.
      return retried.ok ? retried : failure('rejected', retried.error.message);
    },
    async 'print:cancel'({ jobId, reason }) {
      const operator = ctx.settings.current().operator;
      if (operator === '') return noOperator();
      if (!printing.getJob(jobId)) return jobNotFound(jobId);
      const cancelled = printing.cancelJob(jobId, reason, operator);
      return cancelled.ok ? cancelled : failure('rejected', cancelled.error.message);
    },
    async 'print:preview'({ orderId, kind, printerName }) {
      const preview = await printing.preview(orderId, kind, printerName);
      return preview.ok ? preview : printOrderFailure(preview.error);
    },
    async 'printers:list'() {
      return { ok: true, value: settingsView() };
    },
    async 'printers:save'({ pin, ...change }) {
      // The printers themselves are where the station sends what it prints: a supervisor's choice.
      // Which of them is the default, auto-print and the ship-from address stay the operator's.
      const printersChange = change.upsert !== undefined || change.remove !== undefined;
      if (printersChange) {
        const refused = await ctx.settings.supervise(pin, 'change-printers');
        if (refused) return { ok: false, error: refused };
      }
      const upsert = change.upsert?.map((printer) => ({
        ...printer,
        address: storedAddress(labelsDir, printer.address),
      }));
      const saved = savePrintSettings(db, { ...change, ...(upsert ? { upsert } : {}) }, ctx.now());
      if (!saved.ok) return failure('invalid-request', saved.error);
      if (printersChange) {
        appendAudit(db, {
          at: ctx.now(),
          stationId: ctx.stationId,
          operator: ctx.settings.current().operator || null,
          kind: 'settings-changed',
          detail: {
            changed: ['printers'],
            upsert: (change.upsert ?? []).map((printer) => printer.name),
            remove: change.remove ?? [],
          },
        });
      }
      return { ok: true, value: settingsView() };
    },
    async 'printers:test'({ printerName }) {
      const tested = await printing.testPrint(printerName);
      return tested.ok ? tested : printerFailure(tested.error);
    },
    async 'printers:status'({ printerName }) {
      const status = await printing.printerStatus(printerName);
      return status.ok ? status : printerFailure(status.error);
    },
  };
}
