// The print ledger and printer tables: the one-first-print rule held by the database itself, the
// queries on their indexes, the settings checked before they are stored.
import { describe, expect } from 'vitest';
import {
  activePrintJob,
  claimPrintJob,
  duePrintJobs,
  insertPrintJob,
  type NewPrintJob,
  printJobPayload,
  recordPrintOutcome,
} from '../../../electron/main/db/print-ledger.ts';
import { defaultPrinter, listPrinters, readPrintSettings } from '../../../electron/main/db/printers.ts';
import { savePrintSettings } from '../../../electron/main/printing/print-settings.ts';
import { checkPrinterConfig, parsePrinterAddress } from '../../../electron/main/printing/printer-config.ts';
import { explain } from '../db/explain.ts';
import { ORDER_IDS, printTest as test } from './fixtures.ts';

const job = (id: string, extra: Partial<NewPrintJob> = {}): NewPrintJob => ({
  id,
  orderId: ORDER_IDS.plain,
  kind: 'label',
  printerName: 'Files',
  format: 'zpl',
  contentHash: 'abc',
  parts: [Buffer.from('^XA'), Buffer.from('^XZ!')],
  packages: 1,
  notes: [],
  reason: null,
  reasonCode: null,
  reprintOf: null,
  operator: 'ana',
  stationId: 's1',
  createdAt: new Date('2025-11-26T08:00:00Z'),
  ...extra,
});

describe('print ledger tables', () => {
  test('a second first print of the same document is refused by the database', ({ station }) => {
    insertPrintJob(station, job('0190a000-0000-7000-8000-000000000001'));
    expect(() => insertPrintJob(station, job('0190a000-0000-7000-8000-000000000002'))).toThrow(/UNIQUE/);
    // A reprint is allowed, and so is a new first print once the old one failed.
    insertPrintJob(
      station,
      job('0190a000-0000-7000-8000-000000000003', {
        reason: 'torn',
        reprintOf: '0190a000-0000-7000-8000-000000000001',
      }),
    );
    recordPrintOutcome(
      station,
      '0190a000-0000-7000-8000-000000000001',
      { state: 'failed', error: 'x' },
      new Date(),
    );
    insertPrintJob(station, job('0190a000-0000-7000-8000-000000000004'));
    expect(activePrintJob(station, ORDER_IDS.plain, 'label')?.id).toBe(
      '0190a000-0000-7000-8000-000000000004',
    );
  });

  test('a job for an order the station does not know is refused', ({ station }) => {
    expect(() =>
      insertPrintJob(station, job('0190a000-0000-7000-8000-000000000001', { orderId: 424242 })),
    ).toThrow(/FOREIGN KEY/);
  });

  test('parts come back as they went in; a claimed job cannot be claimed twice', ({ station }) => {
    insertPrintJob(station, job('0190a000-0000-7000-8000-000000000001'));
    expect(printJobPayload(station, '0190a000-0000-7000-8000-000000000001')?.map(String)).toEqual([
      '^XA',
      '^XZ!',
    ]);
    const now = new Date('2025-11-26T09:00:00Z');
    expect(duePrintJobs(station, now).map((j) => j.id)).toEqual(['0190a000-0000-7000-8000-000000000001']);
    expect(claimPrintJob(station, '0190a000-0000-7000-8000-000000000001', now)).toMatchObject({
      state: 'sending',
      attempts: 1,
    });
    expect(claimPrintJob(station, '0190a000-0000-7000-8000-000000000001', now)).toBeUndefined();
    const sent = recordPrintOutcome(
      station,
      '0190a000-0000-7000-8000-000000000001',
      { state: 'sent', note: 'not confirmed' },
      now,
    );
    expect(sent).toMatchObject({ state: 'sent', notes: ['not confirmed'], nextAttemptAt: null });
    expect(printJobPayload(station, '0190a000-0000-7000-8000-000000000001')).toBeNull();
  });

  test('the queue and an order’s jobs are read through indexes', ({ station }) => {
    expect(
      explain(
        station,
        `SELECT id FROM print_jobs WHERE state = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at, id`,
        ['x'],
      ),
    ).toMatch(/USING INDEX print_jobs_queued/);
    expect(
      explain(
        station,
        `SELECT id FROM print_jobs WHERE order_id = ? AND kind = ? AND state <> 'failed' ORDER BY id DESC LIMIT 1`,
        [1, 'label'],
      ),
    ).toMatch(/USING INDEX print_jobs_by_order/);
  });
});

describe('printer settings', () => {
  test('addresses: tcp, OS queue, folder', () => {
    expect(parsePrinterAddress('tcp://10.0.0.5')).toEqual({ kind: 'tcp', host: '10.0.0.5', port: 9100 });
    expect(parsePrinterAddress('tcp://zebra-1.local:6101')).toEqual({
      kind: 'tcp',
      host: 'zebra-1.local',
      port: 6101,
    });
    expect(parsePrinterAddress('printer:Zebra_ZD421')).toEqual({ kind: 'os', queue: 'Zebra_ZD421' });
    expect(parsePrinterAddress('/var/spool/labels')).toEqual({ kind: 'folder', path: '/var/spool/labels' });
    expect(parsePrinterAddress('C:\\Labels')).toEqual({ kind: 'folder', path: 'C:\\Labels' });
    expect(parsePrinterAddress('labels')).toBeNull();
    expect(parsePrinterAddress('tcp://host:70000')).toBeNull();
  });

  test('what each kind of printer can print on', () => {
    const zebra = { name: 'Z', kind: 'zpl', address: 'tcp://z', dpi: 203, media: 'label-4x6' } as const;
    expect(checkPrinterConfig(zebra).ok).toBe(true);
    expect(checkPrinterConfig({ ...zebra, media: 'a4' })).toMatchObject({
      ok: false,
      error: 'Printer Z: a zpl printer prints on label-4x6, roll-62mm, roll-80mm.',
    });
    expect(checkPrinterConfig({ ...zebra, kind: 'escpos', media: 'roll-80mm', dpi: 300 })).toMatchObject({
      ok: false,
    });
    expect(checkPrinterConfig({ ...zebra, kind: 'pdf-file' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/folder/),
    });
    expect(checkPrinterConfig({ ...zebra, codePage: 'WPC1252' })).toMatchObject({ ok: false });
    expect(checkPrinterConfig({ ...zebra, kind: 'escpos', media: 'roll-80mm', codePage: 'WPC1252' }).ok).toBe(
      true,
    );
    expect(checkPrinterConfig({ ...zebra, name: ' ' })).toMatchObject({ ok: false });
  });

  test('saving is all or nothing; defaults, ship-from and auto-print are kept', ({ station, folder }) => {
    const files = { name: 'Files', kind: 'pdf-file', address: folder, dpi: 300, media: 'a4' } as const;
    expect(
      savePrintSettings(
        station,
        {
          upsert: [files],
          defaults: { slip: 'Files' },
          shipFrom: {
            name: 'Köln Hub',
            street: 'Industriestraße',
            number: '12',
            postalCode: '50667',
            city: 'Köln',
            countryCode: 'DE',
          },
          autoPrint: { slip: true },
        },
        new Date(),
      ),
    ).toMatchObject({
      ok: true,
      value: { printers: [{ name: 'Files', defaultFor: ['slip'] }], autoPrint: { label: false, slip: true } },
    });
    expect(defaultPrinter(station, 'slip')?.name).toBe('Files');
    expect(readPrintSettings(station).shipFrom?.city).toBe('Köln');

    const bad = savePrintSettings(
      station,
      { upsert: [{ ...files, name: 'Second' }], remove: ['Files'], defaults: { label: 'Nope' } },
      new Date(),
    );
    expect(bad).toEqual({ ok: false, error: 'There is no printer named "Nope".' });
    expect(listPrinters(station).map((p) => p.name)).toEqual(['Files']);
    expect(
      savePrintSettings(station, { upsert: [{ ...files, address: 'nowhere' }] }, new Date()),
    ).toMatchObject({ ok: false });
  });
});
