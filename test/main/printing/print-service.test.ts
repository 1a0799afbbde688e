// Print jobs you can trust: the ledger, reprints only with a reason, auto-print once, errors in
// words, preview and test print.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { printJobPayload } from '../../../electron/main/db/print-ledger.ts';
import { savePrintSettings } from '../../../electron/main/printing/print-settings.ts';
import { startFakePrinter } from '../../fixtures/fake-printer.ts';
import { addPrinters, jobReaches, nextJob, ORDER_IDS, printTest as test } from './fixtures.ts';

const ana = { operator: 'ana' };
const SLOW_RETRY = { backoff: { baseMs: 60_000, capMs: 60_000 } };

describe('print service', () => {
  test('a label goes to the default printer; the ledger says printed, with the hash of the bytes', async ({
    station,
    folder,
    printService,
  }) => {
    addPrinters(
      station,
      [{ name: 'Files', kind: 'pdf-file', address: folder, dpi: 203, media: 'label-4x6' }],
      { label: 'Files' },
    );
    const service = printService();
    const queued = await service.printOrder(ORDER_IDS.plain, 'label', ana);
    expect(queued).toMatchObject({
      ok: true,
      value: { state: 'queued', printerName: 'Files', operator: 'ana', attempts: 0 },
    });
    if (!queued.ok) return;
    const job = await jobReaches(service, queued.value.id, 'printed');
    const [file] = readdirSync(folder);
    expect(file).toBe(`${job.id}-${ORDER_IDS.plain}-label.pdf`);
    const bytes = readFileSync(join(folder, file ?? ''));
    expect(job.contentHash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(job).toMatchObject({ attempts: 1, lastError: null, reason: null, reprintOf: null, packages: 1 });
    expect(job.notes.at(-1)).toMatch(/^Saved as /);
    // The bytes are not kept once the printer has them.
    expect(printJobPayload(station, job.id)).toBeNull();
    await service.stop();
  });

  test('printing again needs Reprint with a reason; the reprint points at the first print', async ({
    station,
    folder,
    printService,
  }) => {
    addPrinters(
      station,
      [{ name: 'Files', kind: 'png-file', address: folder, dpi: 203, media: 'label-4x6' }],
      { label: 'Files' },
    );
    const service = printService();
    const first = await service.printOrder(ORDER_IDS.plain, 'label', ana);
    if (!first.ok) throw new Error(first.error.message);
    await jobReaches(service, first.value.id, 'printed');

    const again = await service.printOrder(ORDER_IDS.plain, 'label', ana);
    expect(again).toMatchObject({ ok: false, error: { code: 'already-printed' } });
    if (!again.ok)
      expect(again.error.message).toMatch(
        /already printed at \d{4}-\d\d-\d\d \d\d:\d\d on Files — use Reprint with a reason/,
      );
    expect(await service.printOrder(ORDER_IDS.plain, 'label', { ...ana, reprintReason: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });

    const reprint = await service.printOrder(ORDER_IDS.plain, 'label', {
      operator: 'ben',
      reprintReason: 'label torn',
    });
    expect(reprint).toMatchObject({
      ok: true,
      value: { reason: 'label torn', reprintOf: first.value.id, operator: 'ben' },
    });
    if (reprint.ok) await jobReaches(service, reprint.value.id, 'printed');
    // A packing slip is another document: its first print needs no reason.
    expect((await service.printOrder(ORDER_IDS.plain, 'slip', { ...ana, printerName: 'Files' })).ok).toBe(
      true,
    );
    await service.stop();
  });

  test('two clicks at once make one job', async ({ station, folder, printService }) => {
    addPrinters(
      station,
      [{ name: 'Files', kind: 'pdf-file', address: folder, dpi: 203, media: 'label-4x6' }],
      { label: 'Files' },
    );
    const service = printService();
    const results = await Promise.all([1, 2, 3].map(() => service.printOrder(ORDER_IDS.plain, 'label', ana)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual([
      'already-printed',
      'already-printed',
    ]);
    await service.stop();
  });

  test('auto-print when packed: once per order, only what is switched on', async ({
    station,
    folder,
    printService,
  }) => {
    addPrinters(station, [{ name: 'Files', kind: 'pdf-file', address: folder, dpi: 300, media: 'a4' }], {
      label: 'Files',
      slip: 'Files',
    });
    const service = printService();
    expect(await service.autoPrintPacked(ORDER_IDS.plain, 'ana')).toEqual([]);
    // Switch on labels only.
    savePrintSettings(station, { autoPrint: { label: true } }, new Date());
    const first = await service.autoPrintPacked(ORDER_IDS.plain, 'ana');
    expect(first.map((job) => job.kind)).toEqual(['label']);
    expect(await service.autoPrintPacked(ORDER_IDS.plain, 'ana')).toEqual([]);
    const both = await Promise.all([
      service.autoPrintPacked(ORDER_IDS.long, 'ana'),
      service.autoPrintPacked(ORDER_IDS.long, 'ana'),
    ]);
    expect(both.flat()).toHaveLength(1);
    await service.stop();
  });

  test('errors say what to do: no default printer, unknown order, removed printer', async ({
    station,
    printService,
  }) => {
    const service = printService(SLOW_RETRY);
    expect(await service.printOrder(ORDER_IDS.plain, 'slip', ana)).toMatchObject({
      ok: false,
      error: {
        code: 'no-printer',
        message: 'No default printer for packing slips: choose one in the printer settings.',
      },
    });
    expect(await service.printOrder(999, 'label', ana)).toMatchObject({
      ok: false,
      error: { code: 'order-not-found' },
    });
    expect(await service.printOrder(ORDER_IDS.plain, 'label', { ...ana, printerName: 'Nope' })).toMatchObject(
      {
        ok: false,
        error: { code: 'printer-not-found' },
      },
    );
    const printer = await startFakePrinter();
    try {
      addPrinters(station, [
        { name: 'Zebra-1', kind: 'zpl', address: printer.address, dpi: 203, media: 'label-4x6' },
      ]);
      await printer.goOffline();
      const queued = await service.printOrder(ORDER_IDS.plain, 'label', { ...ana, printerName: 'Zebra-1' });
      if (!queued.ok) throw new Error(queued.error.message);
      await nextJob(service, (job) => job.state === 'queued' && job.attempts === 1);
      savePrintSettings(station, { remove: ['Zebra-1'] }, new Date());
      service.retryJob(queued.value.id);
      const failed = await jobReaches(service, queued.value.id, 'failed');
      expect(failed.lastError).toBe(
        'Printer Zebra-1 is no longer in the settings: print the order again on another printer.',
      );
      await service.stop();
    } finally {
      await printer.close();
    }
  });

  test('receipt printers: what the code page lacks is noted on the job', async ({
    station,
    printService,
  }) => {
    const printer = await startFakePrinter({ protocol: 'escpos' });
    try {
      addPrinters(
        station,
        [{ name: 'Receipt', kind: 'escpos', address: printer.address, dpi: 203, media: 'roll-80mm' }],
        {
          label: 'Receipt',
          slip: 'Receipt',
        },
      );
      const service = printService();
      // Polish letters are all in a code page the printer has: nothing to note.
      const label = await service.printOrder(ORDER_IDS.diacritics, 'label', ana);
      expect(label.ok && label.value.notes).toEqual([]);
      // The customer's reference "Győr/Brașov": ș is in none.
      const slip = await service.printOrder(ORDER_IDS.diacritics, 'slip', ana);
      if (!slip.ok) throw new Error(slip.error.message);
      expect(slip.value.notes).toEqual(['The printer has no ș ″: printed as the plain letter or "?".']);
      const sent = await jobReaches(service, slip.value.id, 'sent');
      expect(sent.lastError).toBeNull();
      await service.stop();
    } finally {
      await printer.close();
    }
  });

  test('preview and test print', async ({ station, folder, printService }) => {
    const printer = await startFakePrinter();
    try {
      addPrinters(
        station,
        [
          { name: 'Files', kind: 'pdf-file', address: folder, dpi: 203, media: 'label-4x6' },
          { name: 'Roll', kind: 'png-file', address: folder, dpi: 203, media: 'roll-62mm' },
          { name: 'Zebra-1', kind: 'zpl', address: printer.address, dpi: 203, media: 'label-4x6' },
        ],
        { label: 'Zebra-1' },
      );
      const service = printService();
      const preview = await service.preview(ORDER_IDS.long, 'label', 'Roll');
      if (!preview.ok) throw new Error(preview.error.message);
      expect(preview.value.pages).toHaveLength(1);
      expect(preview.value.pages[0]?.startsWith('data:image/png;base64,')).toBe(true);
      expect(preview.value.notes).toContainEqual(
        expect.stringMatching(/^Cut to fit \(order-number\): "Order SO-90210-.*…"/),
      );
      expect(await service.testPrint('Zebra-1')).toMatchObject({
        ok: true,
        value: { printerName: 'Zebra-1', state: 'printed' },
      });
      expect(printer.printed[0]).toContain('Packing Station test print');
      expect(await service.testPrint('Files')).toMatchObject({ ok: true, value: { state: 'printed' } });
      expect(readdirSync(folder)[0]).toMatch(/^test-.*-0-test\.pdf$/);
      expect(service.listJobs()).toEqual([]);
      await service.stop();
    } finally {
      await printer.close();
    }
  });
});
