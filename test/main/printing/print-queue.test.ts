// The print queue: a printer that is off or out of paper keeps the job waiting and retrying without
// blocking anything; interrupted jobs are never resent blindly; cancel and retry.
import { readdirSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { getPrintJob } from '../../../electron/main/db/print-ledger.ts';
import { createPrintJob } from '../../../electron/main/printing/print-order.ts';
import { startFakePrinter } from '../../fixtures/fake-printer.ts';
import { addPrinters, jobReaches, nextJob, ORDER_IDS, printTest as test } from './fixtures.ts';

const ana = { operator: 'ana' };
const SLOW_RETRY = { backoff: { baseMs: 60_000, capMs: 60_000 } };

describe('print queue', () => {
  test('a printer that is off: the job waits, retries with backoff, and prints when it is back', async ({
    station,
    printService,
  }) => {
    const printer = await startFakePrinter();
    try {
      addPrinters(
        station,
        [{ name: 'Zebra-1', kind: 'zpl', address: printer.address, dpi: 203, media: 'label-4x6' }],
        { label: 'Zebra-1' },
      );
      await printer.goOffline();
      const service = printService();
      service.start();
      const states: string[] = [];
      service.onJob((job) => states.push(job.state));
      const queued = await service.printOrder(ORDER_IDS.long, 'label', { ...ana, packages: 2 });
      if (!queued.ok) throw new Error(queued.error.message);
      // Nothing waited for the printer: the job is in the ledger, queued.
      expect(queued.value.state).toBe('queued');

      await nextJob(service, (job) => job.state === 'queued' && job.attempts >= 2);
      const waiting = getPrintJob(station, queued.value.id);
      expect(waiting).toMatchObject({ state: 'queued' });
      expect(waiting?.lastError).toMatch(/Zebra-1 .* refused the connection/);
      expect(waiting?.nextAttemptAt).not.toBeNull();

      await printer.goOnline();
      const printed = await jobReaches(service, queued.value.id, 'printed');
      expect(printer.printed).toHaveLength(2);
      expect(printer.printed[1]).toContain('Package 2/2');
      expect(printed.lastError).toBeNull();
      expect(states.slice(0, 4)).toEqual(['queued', 'sending', 'queued', 'sending']);
      await service.stop();
    } finally {
      await printer.close();
    }
  });

  test('paper out at run time: the job waits with the printer’s words, then prints once', async ({
    station,
    printService,
  }) => {
    const printer = await startFakePrinter({ paperOut: true });
    try {
      addPrinters(
        station,
        [{ name: 'Zebra-1', kind: 'zpl', address: printer.address, dpi: 300, media: 'label-4x6' }],
        { label: 'Zebra-1' },
      );
      const service = printService();
      service.start();
      const queued = await service.printOrder(ORDER_IDS.diacritics, 'label', ana);
      if (!queued.ok) throw new Error(queued.error.message);
      const stuck = (await nextJob(service, (job) => job.state === 'queued' && job.lastError !== null))
        .lastError;
      expect(stuck).toBe('Printer Zebra-1 is out of paper or labels: load them.');
      expect(printer.received).toEqual([]);
      printer.set({ paperOut: false });
      await jobReaches(service, queued.value.id, 'printed');
      expect(printer.printed).toHaveLength(1);
      await service.stop();
    } finally {
      await printer.close();
    }
  });

  test('a job left "sending" by a stopped station is failed at start, never resent blindly', async ({
    station,
    folder,
    printService,
  }) => {
    addPrinters(
      station,
      [{ name: 'Files', kind: 'pdf-file', address: folder, dpi: 203, media: 'label-4x6' }],
      { label: 'Files' },
    );
    const created = await createPrintJob(
      station,
      ORDER_IDS.plain,
      'label',
      { operator: 'ana', stationId: 's1' },
      new Date(),
    );
    if (!created.ok) throw new Error(created.error.message);
    station.prepare(`UPDATE print_jobs SET state = 'sending' WHERE id = ?`).run(created.value.id);
    const service = printService();
    service.start();
    await service.stop();
    const job = getPrintJob(station, created.value.id);
    expect(job).toMatchObject({ state: 'failed' });
    expect(job?.lastError).toMatch(/check whether it printed; if not, Reprint with a reason/);
    expect(readdirSync(folder)).toEqual([]);
    // Failed jobs do not block a new first print.
    expect((await service.printOrder(ORDER_IDS.plain, 'label', ana)).ok).toBe(true);
    await service.stop();
  });

  test('cancel a waiting job, retry a failed one', async ({ station, printService }) => {
    const printer = await startFakePrinter();
    try {
      addPrinters(
        station,
        [{ name: 'Zebra-1', kind: 'zpl', address: printer.address, dpi: 203, media: 'label-4x6' }],
        { label: 'Zebra-1' },
      );
      await printer.goOffline();
      const service = printService(SLOW_RETRY);
      const queued = await service.printOrder(ORDER_IDS.plain, 'label', ana);
      if (!queued.ok) throw new Error(queued.error.message);
      await nextJob(service, (job) => job.state === 'queued' && job.attempts === 1);
      const cancelled = service.cancelJob(queued.value.id, 'printed elsewhere', 'ana');
      expect(cancelled).toMatchObject({
        ok: true,
        value: { state: 'failed', lastError: 'Cancelled by ana: printed elsewhere' },
      });
      expect(service.cancelJob(queued.value.id, 'again', 'ana')).toMatchObject({
        ok: false,
        error: { code: 'invalid' },
      });

      await printer.goOnline();
      expect(service.retryJob(queued.value.id)).toMatchObject({ ok: true, value: { state: 'queued' } });
      await jobReaches(service, queued.value.id, 'printed');
      expect(printer.printed).toHaveLength(1);
      await service.stop();
    } finally {
      await printer.close();
    }
  });
});
