// Sends queued print jobs: one job at a time per printer (labels come out in order), printers side by
// side, a job claimed atomically so two processes never send it twice. A printer that is off or out
// of paper keeps its jobs queued with jittered backoff; nothing here ever waits in the packing flow.

import type { Result } from '../../../shared/domain/result.ts';
import { type BackoffPolicy, backoffDelay } from '../../../shared/domain/retry-policy.ts';
import type { PrinterConfig } from '../../../shared/ipc/printing.ts';
import type { StationDb } from '../db/connection.ts';
import {
  claimPrintJob,
  duePrintJobs,
  failInterruptedPrintJobs,
  type JobOutcome,
  nextPrintDueAt,
  type PrintJobRecord,
  printJobPayload,
  recordPrintOutcome,
} from '../db/print-ledger.ts';
import { getPrinter } from '../db/printers.ts';
import { shopOrderRef } from '../db/shop-orders.ts';
import type { PrinterDriver } from './driver.ts';
import type { PrintError } from './print-error.ts';

export const PRINT_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 60_000 };
const INTERRUPTED =
  'The station stopped while sending this job: check whether it printed; if not, Reprint with a reason.';
/** Longest sleep between two looks at the queue (another process may have queued a job). */
const MAX_IDLE_MS = 5_000;

export interface PrintQueueOptions {
  db: StationDb;
  driverFor: (printer: PrinterConfig) => Result<PrinterDriver, PrintError>;
  onChange: (job: PrintJobRecord) => void;
  now: () => Date;
  random: () => number;
  backoff: BackoffPolicy;
}

export interface PrintQueue {
  /** Marks jobs a stopped process left "sending" as failed, then sends due jobs as they come. */
  start(): void;
  stop(): Promise<void>;
  /** A job was queued: look now. */
  wake(): void;
  /** Sends every due job once (single flight); resolves when they all had their attempt. */
  drain(): Promise<void>;
}

export function createPrintQueue(options: PrintQueueOptions): PrintQueue {
  const { db, now } = options;
  let controller = new AbortController();
  let running: Promise<void> | null = null;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let started = false;

  const record = (id: string, outcome: JobOutcome) => {
    const job = recordPrintOutcome(db, id, outcome, now());
    options.onChange(job);
    return job;
  };

  async function send(job: PrintJobRecord): Promise<PrintJobRecord> {
    options.onChange(job);
    const printer = getPrinter(db, job.printerName);
    if (!printer) {
      return record(job.id, {
        state: 'failed',
        error: `Printer ${job.printerName} is no longer in the settings: print the order again on another printer.`,
      });
    }
    const parts = printJobPayload(db, job.id);
    if (!parts)
      return record(job.id, { state: 'failed', error: 'The job has no bytes left to send: print it again.' });
    const driver = options.driverFor(printer);
    // A shop order's key is this station's alone: the driver gets the shop and its own id too.
    const shopOrder = job.orderId < 0 ? shopOrderRef(db, job.orderId) : null;
    const result = driver.ok
      ? await driver.value.send(
          { id: job.id, orderId: job.orderId, kind: job.kind, ...(shopOrder ? { shopOrder } : {}) },
          { format: job.format, parts, notes: [] },
          controller.signal,
        )
      : driver;
    if (result.ok) return record(job.id, { state: result.value.state, note: result.value.note });
    const error = result.error;
    // Stopped before anything reached the printer: it simply waits for the next start.
    if (error.code === 'aborted') {
      return record(job.id, { state: 'queued', error: error.message, nextAttemptAt: now() });
    }
    // Stopped mid-send: the printer may have the job, so it is not sent again by itself.
    if (controller.signal.aborted) return record(job.id, { state: 'failed', error: INTERRUPTED });
    if (!error.retryable) return record(job.id, { state: 'failed', error: error.message });
    const delay = backoffDelay(job.attempts, options.random, options.backoff);
    return record(job.id, {
      state: 'queued',
      error: error.message,
      nextAttemptAt: new Date(now().getTime() + delay),
    });
  }

  async function sendPrinterJobs(ids: string[]): Promise<void> {
    for (const id of ids) {
      if (controller.signal.aborted) return;
      const job = claimPrintJob(db, id, now());
      if (!job) continue;
      const sent = await send(job);
      // A printer that refused one job refuses the next: leave those for its next turn.
      if (sent.state === 'queued') return;
    }
  }

  async function drainOnce(): Promise<void> {
    const due = duePrintJobs(db, now());
    const byPrinter = new Map<string, string[]>();
    for (const job of due)
      byPrinter.set(job.printerName, [...(byPrinter.get(job.printerName) ?? []), job.id]);
    await Promise.all([...byPrinter.values()].map(sendPrinterJobs));
  }

  function schedule(): void {
    if (!started || controller.signal.aborted) return;
    if (timer) clearTimeout(timer);
    const next = nextPrintDueAt(db);
    const wait = next === null ? MAX_IDLE_MS : Math.max(0, new Date(next).getTime() - now().getTime());
    timer = setTimeout(() => void drain(), Math.min(wait, MAX_IDLE_MS));
  }

  function drain(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await drainOnce();
      } while (again && !controller.signal.aborted);
    })().finally(() => {
      running = null;
      schedule();
    });
    return running;
  }

  return {
    start() {
      if (started) return;
      started = true;
      controller = new AbortController();
      failInterruptedPrintJobs(db, INTERRUPTED, now());
      void drain();
    },
    async stop() {
      started = false;
      controller.abort();
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
    wake() {
      if (timer) clearTimeout(timer);
      void drain();
    },
    drain,
  };
}
