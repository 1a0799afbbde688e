// A station database with cached orders and a file printer, and a way to wait for a job's state.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { StationDb } from '../../../electron/main/db/connection.ts';
import { upsertPulledOrders } from '../../../electron/main/db/orders.ts';
import {
  createPrintService,
  type PrintService,
  type PrintServiceOptions,
} from '../../../electron/main/printing/print-service.ts';
import { savePrintSettings } from '../../../electron/main/printing/print-settings.ts';
import type { PrinterConfig, PrintJobState, PrintJobView } from '../../../shared/ipc/printing.ts';
import { dbTest } from '../../fixtures/temp-db.ts';
import { diacriticsOrder, longOrder, plainOrder } from '../../shared/label/orders.ts';

export const ORDER_IDS = { plain: 4711, long: 90210, diacritics: 31337 } as const;

const FAST = {
  zebra: { connectTimeoutMs: 1_000, statusTimeoutMs: 300, confirmTimeoutMs: 2_000, pollMs: 20, settleMs: 10 },
  thermal: { connectTimeoutMs: 1_000, statusTimeoutMs: 200 },
};

interface PrintFixtures {
  /** The test's database with three cached orders (ORDER_IDS). */
  station: StationDb;
  /** An empty folder for file printers. */
  folder: string;
  /** A print service on the station with short printer timeouts; stopped before the database closes. */
  printService: (options?: Partial<PrintServiceOptions>) => PrintService;
}

export const printTest = dbTest.extend<PrintFixtures>({
  station: async ({ db }, use) => {
    upsertPulledOrders(db, [plainOrder(), longOrder(), diacriticsOrder()], new Date('2025-11-26T08:00:00Z'));
    await use(db);
  },
  printService: async ({ station }, use) => {
    const services: PrintService[] = [];
    await use((options = {}) => {
      const service = createPrintService({
        db: station,
        timings: FAST,
        backoff: { baseMs: 40, capMs: 150 },
        ...options,
      });
      services.push(service);
      return service;
    });
    await Promise.all(services.map((service) => service.stop()));
  },
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern
  folder: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'station-prints-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

export function addPrinters(
  db: StationDb,
  printers: PrinterConfig[],
  defaults: { label?: string; slip?: string } = {},
): void {
  const saved = savePrintSettings(db, { upsert: printers, defaults }, new Date());
  expect(saved.ok, saved.ok ? '' : saved.error).toBe(true);
}

/** The first job change the service pushes that matches. */
export function nextJob(
  service: PrintService,
  matches: (job: PrintJobView) => boolean,
): Promise<PrintJobView> {
  return new Promise((resolve) => {
    const stop = service.onJob((job) => {
      if (!matches(job)) return;
      stop();
      resolve(job);
    });
  });
}

/** Resolves with the job once it reaches `state` (the service pushes every change). */
export function jobReaches(
  service: PrintService,
  jobId: string,
  state: PrintJobState,
  timeoutMs = 10_000,
): Promise<PrintJobView> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(
        new Error(
          `job ${jobId} did not reach ${state}: ${JSON.stringify(service.listJobs().find((j) => j.id === jobId))}`,
        ),
      );
    }, timeoutMs);
    const stop = service.onJob((job) => {
      if (job.id !== jobId || job.state !== state) return;
      clearTimeout(timer);
      stop();
      resolve(job);
    });
    const now = service.listJobs().find((j) => j.id === jobId);
    if (now?.state === state) {
      clearTimeout(timer);
      stop();
      resolve(now);
    }
  });
}
