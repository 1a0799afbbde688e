// `station print`: print an order's label or packing slip from the cached order, as the app does:
// into the print ledger first, then straight to the printer. A reprint needs a reason.
import type { DocumentKind } from '../../../shared/domain/label/label-layout.ts';
import type { PrintJobView } from '../../../shared/ipc/printing.ts';
import { createPrintService } from '../../main/printing/index.ts';
import { lockRefusal } from '../../main/station/order-lock.ts';
import { type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { NO_OPERATOR, resolveOperator } from '../config.ts';
import { intFlag, parseFlags } from '../flags.ts';
import { orderKeyOf } from '../order-key.ts';
import { orderRefArg } from '../order-ref.ts';
import { withStationDb } from '../station-db.ts';

const KINDS: readonly DocumentKind[] = ['label', 'slip'];

export const printCommand: Command = {
  ...COMMAND_HELP.print,
  async run(argv, ctx) {
    const parsed = parseFlags(
      argv,
      {
        kind: { type: 'string' },
        printer: { type: 'string' },
        packages: { type: 'string' },
        'reprint-reason': { type: 'string' },
        operator: { type: 'string' },
        json: { type: 'boolean' },
        db: { type: 'string' },
      },
      true,
    );
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { values, positionals } = parsed.flags;
    const [idText = ''] = positionals;
    if (positionals.length !== 1) return usageError(ctx, this, 'expected one order id');
    const ref = orderRefArg(idText);
    if (typeof ref === 'string') return usageError(ctx, this, ref);
    const kind = (values.kind ?? 'label') as DocumentKind;
    if (!KINDS.includes(kind))
      return usageError(ctx, this, `--kind must be label or slip, got '${values.kind}'`);
    const packages = intFlag('packages', values.packages, 1, 99);
    if (typeof packages === 'string') return usageError(ctx, this, packages);
    const operator = resolveOperator(values.operator, ctx.env);
    if (!operator) return usageError(ctx, this, NO_OPERATOR);

    return withStationDb(this, ctx, values.db, async (db) => {
      const orderId = orderKeyOf(db, ref);
      if (typeof orderId === 'string') {
        writeLine(ctx.stderr, `station print: ${orderId}`);
        return EXIT.failed;
      }
      const locked = lockRefusal(db, orderId, 'printing');
      if (locked) {
        writeLine(ctx.stderr, `station print: ${locked}`);
        return EXIT.failed;
      }
      const service = createPrintService({ db });
      try {
        const queued = await service.printOrder(orderId, kind, {
          operator,
          ...(values.printer !== undefined ? { printerName: values.printer } : {}),
          ...(packages !== undefined ? { packages } : {}),
          ...(values['reprint-reason'] !== undefined ? { reprintReason: values['reprint-reason'] } : {}),
        });
        if (!queued.ok) {
          writeLine(ctx.stderr, `station print: ${queued.error.message}`);
          return EXIT.failed;
        }
        await service.drain();
        const job = service.getJob(queued.value.id) ?? queued.value;
        writeLine(ctx.stdout, values.json ? JSON.stringify(job) : jobText(job));
        if (job.state === 'queued' || job.state === 'failed') {
          writeLine(ctx.stderr, `station print: ${job.lastError ?? 'not printed'}`);
          return EXIT.failed;
        }
        return EXIT.ok;
      } finally {
        await service.stop();
      }
    });
  },
};

export function jobText(job: PrintJobView): string {
  const what = `${job.kind} of order ${job.orderId} on ${job.printerName}`;
  const lines = [
    job.state === 'queued'
      ? `${what}: waiting for the printer (kept in the print ledger as job ${job.id}; the station app retries it)`
      : `${what}: ${job.state} (job ${job.id})`,
  ];
  if (job.reason) lines.push(`  reprint: ${job.reason}`);
  for (const note of job.notes) lines.push(`  ${note}`);
  return lines.join('\n');
}
