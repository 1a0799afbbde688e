// A reprint says so on paper: a REPRINT marker with its reason code on the label and the packing slip,
// on every target; the ledger keeps the code and the operator's words.
import Database from 'better-sqlite3';
import { describe, expect } from 'vitest';
import { MIGRATIONS } from '../../../electron/main/db/migrations/index.ts';
import { migrate } from '../../../electron/main/db/migrations/runner.ts';
import { getPrintJob, printJobPayload } from '../../../electron/main/db/print-ledger.ts';
import { createPrintJob } from '../../../electron/main/printing/print-order.ts';
import type { DocumentKind, PrinterConfig, PrinterKind } from '../../../shared/ipc/printing.ts';
import { dbTest } from '../../fixtures/temp-db.ts';
import { pdfToText } from './external-tools.ts';
import { addPrinters, ORDER_IDS, printTest as test } from './fixtures.ts';

const NOW = new Date('2025-11-26T09:00:00Z');
const ana = { operator: 'ana', stationId: 'station-1' };
const KINDS: PrinterKind[] = ['zpl', 'escpos', 'star', 'pdf-file', 'png-file'];

function printers(folder: string): PrinterConfig[] {
  return KINDS.map((kind) => ({
    name: kind,
    kind,
    address: kind.endsWith('-file') ? folder : 'tcp://127.0.0.1:9',
    dpi: 203,
    media: kind === 'escpos' || kind === 'star' ? 'roll-80mm' : 'label-4x6',
  }));
}

/** The printed text of a job's bytes, as far as the target lets us read it back. */
async function printedText(kind: PrinterKind, parts: Buffer[]): Promise<string> {
  if (kind === 'pdf-file') return pdfToText(parts[0] ?? Buffer.alloc(0));
  return Buffer.concat(parts).toString(kind === 'zpl' ? 'utf8' : 'latin1');
}

describe('the REPRINT mark', () => {
  for (const kind of KINDS) {
    for (const doc of ['label', 'slip'] as DocumentKind[]) {
      test(`${kind} ${doc}: the reprint carries REPRINT and its code, the first print does not`, async ({
        station,
        folder,
      }) => {
        addPrinters(station, printers(folder));
        const options = { ...ana, printerName: kind };
        const first = await createPrintJob(station, ORDER_IDS.plain, doc, options, NOW);
        if (!first.ok) throw new Error(first.error.message);
        const reprint = await createPrintJob(
          station,
          ORDER_IDS.plain,
          doc,
          { ...options, reprintCode: 'DAMAGED', reprintReason: 'Label torn at the corner' },
          NOW,
        );
        if (!reprint.ok) throw new Error(reprint.error.message);
        expect(reprint.value).toMatchObject({
          reasonCode: 'DAMAGED',
          reason: 'Label torn at the corner',
          reprintOf: first.value.id,
        });
        const firstParts = printJobPayload(station, first.value.id) ?? [];
        const reprintParts = printJobPayload(station, reprint.value.id) ?? [];
        if (kind === 'png-file') {
          // Zebrash draws the PNG from the ZPL checked above; here: the pictures differ by the mark.
          expect(Buffer.concat(reprintParts).equals(Buffer.concat(firstParts))).toBe(false);
          return;
        }
        expect(await printedText(kind, reprintParts)).toContain('REPRINT: DAMAGED');
        expect(await printedText(kind, firstParts)).not.toContain('REPRINT');
      });
    }
  }

  test('a code alone is enough; OTHER needs the words; free text alone prints as OTHER', async ({
    station,
    folder,
  }) => {
    addPrinters(station, printers(folder));
    const options = { ...ana, printerName: 'zpl' };
    await createPrintJob(station, ORDER_IDS.long, 'label', options, NOW);
    const jam = await createPrintJob(
      station,
      ORDER_IDS.long,
      'label',
      { ...options, reprintCode: 'JAM' },
      NOW,
    );
    expect(jam).toMatchObject({ ok: true, value: { reasonCode: 'JAM', reason: null } });
    expect(
      await createPrintJob(station, ORDER_IDS.long, 'label', { ...options, reprintCode: 'OTHER' }, NOW),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringMatching(/reason written out/) },
    });
    const words = await createPrintJob(
      station,
      ORDER_IDS.long,
      'label',
      { ...options, reprintReason: 'Customer asked' },
      NOW,
    );
    if (!words.ok) throw new Error(words.error.message);
    expect(getPrintJob(station, words.value.id)).toMatchObject({
      reasonCode: 'OTHER',
      reason: 'Customer asked',
    });
    expect(Buffer.concat(printJobPayload(station, words.value.id) ?? []).toString('utf8')).toContain(
      'REPRINT: OTHER',
    );
  });
});

describe('migration 130: reason codes', () => {
  dbTest('reprints from before the codes become OTHER; first prints keep none', ({ dbFile }) => {
    const db = new Database(dbFile);
    const before = MIGRATIONS.filter((migration) => migration.version < 130);
    expect(migrate(db, before).ok).toBe(true);
    db.exec(`INSERT INTO orders (id, order_number, sales_order_id, external_id, server_status, effective_status,
        transaction_type, fulfillment_type, customer_id, customer_name, location_id, location_name, is_preorder,
        created_at, postal_code, country_code, part_numbers, search_text, json, pulled_at)
      VALUES (1, 'SO-1', 501, 'EXT-1', 'new', 'new', 'order', 'in-house', 40, 'M', 1, 'Main', 0,
        '2025-01-01T00:00:00.000Z', '10115', 'DE', '[]', '', '{"id":1}', '2025-01-02T00:00:00.000Z')`);
    const insert = db.prepare(`INSERT INTO print_jobs (id, order_id, kind, printer_name, format, content_hash,
        part_sizes, created_at, updated_at, state, reason, reprint_of, operator, station_id)
      VALUES (?, 1, 'label', 'Z', 'zpl', 'h', '[]', 't', 't', 'printed', ?, ?, 'ana', 's')`);
    insert.run('a', null, null);
    insert.run('b', 'Label torn', 'a');
    expect(migrate(db, MIGRATIONS).ok).toBe(true);
    expect(db.prepare('SELECT id, reason_code AS code FROM print_jobs ORDER BY id').all()).toEqual([
      { id: 'a', code: null },
      { id: 'b', code: 'OTHER' },
    ]);
    expect(() => db.prepare(`UPDATE print_jobs SET reason_code = 'BOGUS' WHERE id = 'b'`).run()).toThrow(
      /CHECK/,
    );
    db.close();
  });
});
