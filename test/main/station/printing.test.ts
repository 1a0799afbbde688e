// Printing through the station core and its IPC gate: the demo's file printer out of the box,
// reprints only with a reason, a Zebra set up in the settings, a printer that is off (packing goes
// on), auto-print once when packed, and what the gate refuses before a handler runs.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, onTestFinished } from 'vitest';
import { openStationDb } from '../../../electron/main/db/connection.ts';
import { listPrintJobs } from '../../../electron/main/db/print-ledger.ts';
import { startSimulator } from '../../../electron/main/simulator/index.ts';
import type { PrintJobState, PrintJobView } from '../../../shared/ipc/printing.ts';
import { type FakePrinter, startFakePrinter } from '../../fixtures/fake-printer.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { cacheOrders, startTestStation, stationTest, type TestStation, until } from './station-fixture.ts';

const QUERY = { sort: { by: 'created', direction: 'asc' }, offset: 0, limit: 2 } as const;
/** Short printer timeouts; a printer that was off is tried again only when the operator asks. */
const PRINTING = {
  timings: {
    zebra: {
      connectTimeoutMs: 1_000,
      statusTimeoutMs: 300,
      confirmTimeoutMs: 2_000,
      pollMs: 20,
      settleMs: 10,
    },
    thermal: { connectTimeoutMs: 1_000, statusTimeoutMs: 200 },
  },
  backoff: { baseMs: 60_000, capMs: 60_000 },
};

const test = stationTest.extend<{ ps: TestStation; zebra: FakePrinter }>({
  ps: async ({ dbFile }, use) => {
    const st = await startTestStation(dbFile, { printing: PRINTING });
    await use(st);
    await st.station.close();
  },
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern
  zebra: async ({}, use) => {
    const printer = await startFakePrinter();
    await use(printer);
    await printer.close();
  },
});

async function newOrders(st: TestStation): Promise<number[]> {
  const { rows } = await st.value('orders:query', { ...QUERY, statuses: ['new'] });
  if (rows.length < 2) throw new Error('not enough new orders in the demo data');
  return rows.map((row) => row.id);
}

/** Scans every item of the order, so its label may be printed. */
async function pickAll(st: TestStation, orderId: number): Promise<void> {
  const { order } = await st.value('orders:get', { orderId });
  for (const [line, item] of (order.bomItems ?? []).entries()) {
    for (let i = 0; i < item.quantity; i++)
      await st.value('picks:record', { orderId, line, delta: 1, source: 'scan' });
  }
}

async function jobReaches(st: TestStation, jobId: string, state: PrintJobState): Promise<PrintJobView> {
  let job: PrintJobView | undefined;
  await until(`job ${jobId} to be ${state}`, async () => {
    job = (await st.value('print:jobs', {})).find((j) => j.id === jobId);
    return job?.state === state;
  });
  if (!job) throw new Error('unreachable');
  return job;
}

describe('station core: printing', () => {
  test('the demo prints to PDF files in the labels folder; printing again needs a reason', async ({
    ps: st,
    dir,
  }) => {
    const settings = await st.value('printers:list');
    expect(settings.printers).toEqual([
      {
        name: 'PDF labels',
        kind: 'pdf-file',
        address: 'labels',
        dpi: 203,
        media: 'label-4x6',
        defaultFor: ['label', 'slip'],
      },
    ]);
    expect(settings.shipFrom).toMatchObject({ name: 'Amsterdam DC', city: 'Amsterdam', countryCode: 'NL' });
    const [orderId = 0] = await newOrders(st);

    const nobody = await st.call('print:order', { orderId, kind: 'label' });
    expect(nobody).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(!nobody.ok && nobody.error.message).toMatch(/^Sign in first/);

    await st.value('settings:update', { operator: 'Ana' });
    await pickAll(st, orderId);
    const first = await st.value('print:order', { orderId, kind: 'label' });
    expect(first).toMatchObject({ orderId, kind: 'label', printerName: 'PDF labels', operator: 'Ana' });
    const printed = await jobReaches(st, first.id, 'printed');
    const bytes = readFileSync(join(dir, 'labels', `${first.id}-${orderId}-label.pdf`));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(printed.contentHash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(
      st.events.some(
        (e) => e.event === 'print:job' && e.payload.id === first.id && e.payload.state === 'printed',
      ),
    ).toBe(true);

    const again = await st.call('print:order', { orderId, kind: 'label' });
    expect(again).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(!again.ok && again.error.message).toMatch(
      /already printed at \d{4}-\d\d-\d\d \d\d:\d\d on PDF labels — use Reprint with a reason/,
    );
    const reprint = await st.value('print:order', { orderId, kind: 'label', reprintReason: 'Label torn' });
    expect(reprint).toMatchObject({ reason: 'Label torn', reprintOf: first.id, operator: 'Ana' });
    await jobReaches(st, reprint.id, 'printed');
    expect((await st.value('print:jobs', { orderId })).map((job) => job.id)).toEqual([reprint.id, first.id]);

    const preview = await st.value('print:preview', { orderId, kind: 'slip' });
    expect(preview.pages.length).toBeGreaterThan(0);
    for (const page of preview.pages) {
      expect(page).toMatch(/^data:image\/png;base64,/);
      const png = Buffer.from(page.slice('data:image/png;base64,'.length), 'base64');
      expect(png.subarray(1, 4).toString()).toBe('PNG');
    }
    await expect(st.call('print:preview', { orderId: 999_999_999, kind: 'label' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  test('a live API keeps the file printer but not the demo warehouse', async ({ ps: st }) => {
    const api = await startSimulator({ seed: 5, orders: 3, apiKey: 'k-123' });
    onTestFinished(() => api.close());
    const goLive = { apiUrl: api.url, apiKey: 'k-123', pin: '2468' };
    await st.value('settings:update', { ...goLive, supervisorPin: { next: '2468' } });
    const live = await st.value('printers:list');
    expect(live.shipFrom).toBeNull();
    expect(live.printers.map((p) => p.name)).toEqual(['PDF labels']);
    // A warehouse the operator entered stays whatever the API.
    const hub = { name: 'Köln Hub', city: 'Köln', countryCode: 'DE' };
    await st.value('printers:save', { shipFrom: hub });
    await st.value('settings:update', { apiUrl: null, pin: '2468' });
    await st.value('settings:update', goLive);
    await expect(st.value('printers:list')).resolves.toMatchObject({ shipFrom: hub });
  });

  test('a Zebra from the settings gets the test page; while it is off its job waits and packing goes on', async ({
    ps: st,
    zebra,
  }) => {
    await st.value('settings:update', { operator: 'Ana' });
    const saved = await st.value('printers:save', {
      upsert: [{ name: 'Zebra', kind: 'zpl', address: zebra.address, dpi: 203, media: 'label-4x6' }],
      defaults: { label: 'Zebra' },
    });
    expect(saved.printers.map((p) => [p.name, p.address, p.defaultFor])).toEqual([
      ['PDF labels', 'labels', ['slip']],
      ['Zebra', zebra.address, ['label']],
    ]);
    await expect(st.value('printers:test', { printerName: 'Zebra' })).resolves.toMatchObject({
      printerName: 'Zebra',
      state: 'printed',
    });
    expect(zebra.printed).toHaveLength(1);
    await expect(st.value('printers:status', { printerName: 'Zebra' })).resolves.toMatchObject({
      ready: true,
      problems: [],
    });

    await zebra.goOffline();
    const [labelled = 0, packed = 0] = await newOrders(st);
    await pickAll(st, labelled);
    const job = await st.value('print:order', { orderId: labelled, kind: 'label' });
    await until('the first attempt', async () => {
      const [now] = await st.value('print:jobs', { orderId: labelled });
      return now?.state === 'queued' && now.attempts === 1;
    });
    const [waiting] = await st.value('print:jobs', { orderId: labelled });
    expect(waiting?.lastError).toMatch(/Printer Zebra .*refused the connection/);
    expect(
      st.events.some(
        (e) => e.event === 'print:job' && e.payload.id === job.id && e.payload.state === 'failed',
      ),
    ).toBe(false);
    const status = await st.call('printers:status', { printerName: 'Zebra' });
    expect(status).toMatchObject({ ok: false, error: { code: 'rejected' } });
    // A printer that is off never holds up a transition.
    await expect(
      st.value('transitions:enqueue', { orderId: packed, action: 'process' }),
    ).resolves.toMatchObject({
      orderId: packed,
      expectedAfter: 'inprocess',
    });

    await zebra.goOnline();
    await st.value('print:retry', { jobId: job.id });
    await jobReaches(st, job.id, 'printed');
    expect(zebra.printed).toHaveLength(2);
    await expect(st.call('print:retry', { jobId: job.id })).resolves.toMatchObject({
      ok: false,
      error: { code: 'rejected' },
    });
  });

  test('auto-print prints the label once when the order is packed', async ({ ps: st, dbFile }) => {
    await st.value('settings:update', { operator: 'Ana' });
    await st.value('printers:save', { autoPrint: { label: true } });
    // Only this station knows these orders: Equipme answers 404, so the packed step can be taken twice.
    cacheOrders(dbFile, [
      makeOrder({ id: 900_040, status: 'inprocess' }),
      makeOrder({ id: 900_041, status: 'new' }),
    ]);
    await st.value('picks:record', { orderId: 900_040, line: 0, delta: 1, source: 'scan' });
    const packed = await st.value('transitions:enqueue', { orderId: 900_040, action: 'process' });
    // Not the packing step: nothing prints.
    await st.value('transitions:enqueue', { orderId: 900_041, action: 'process' });
    await until('the label to print', async () =>
      (await st.value('print:jobs', { orderId: 900_040 })).some((job) => job.state === 'printed'),
    );

    await until('the entry to fail', async () =>
      (await st.value('outbox:list', { states: ['failed'] })).some((e) => e.id === packed.id),
    );
    await st.value('outbox:discard', { entryId: packed.id, reason: 'Try the packed step again' });
    await st.value('transitions:enqueue', { orderId: 900_040, action: 'process' });
    // Closing waits for auto-prints already started.
    await st.station.close();
    const db = openStationDb(dbFile);
    try {
      expect(
        listPrintJobs(db, { orderId: 900_040 }).map((job) => [job.kind, job.operator, job.reason]),
      ).toEqual([['label', 'Ana', null]]);
      expect(listPrintJobs(db, { orderId: 900_041 })).toEqual([]);
    } finally {
      db.close();
    }
  });

  test('the gate refuses bad printer settings and short reasons before a handler runs', async ({
    ps: st,
  }) => {
    const refused = async (channel: string, args: unknown) => {
      const response = (await st.callRaw(channel, args)) as {
        ok: boolean;
        error?: { code: string; message: string };
      };
      expect(response).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      expect(response.error?.message).toMatch(new RegExp(`invalid ${channel} request`));
    };
    const files = { name: 'Elsewhere', kind: 'pdf-file', dpi: 203, media: 'label-4x6' };
    await refused('printers:save', { upsert: [{ ...files, address: '/etc' }] });
    await refused('printers:save', { upsert: [{ ...files, address: 'labels/../..' }] });
    await refused('printers:save', {
      upsert: [{ name: 'Zebra', kind: 'zpl', address: 'tcp://10.0.0.1:99999', dpi: 203, media: 'label-4x6' }],
    });
    await refused('print:order', { orderId: 1, kind: 'label', reprintReason: 'no' });
    await refused('print:cancel', { jobId: '0190a000-0000-7000-8000-000000000001', reason: '' });
    expect((await st.value('printers:list')).printers.map((p) => p.name)).toEqual(['PDF labels']);

    // What only the station can check comes back from the handler, in words.
    const wrongMedia = await st.call('printers:save', {
      upsert: [{ name: 'Receipt', kind: 'escpos', address: 'tcp://10.0.0.1:9100', dpi: 203, media: 'a4' }],
    });
    expect(wrongMedia).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!wrongMedia.ok && wrongMedia.error.message).toMatch(/prints on roll-62mm, roll-80mm/);
    const inLabels = await st.value('printers:save', {
      upsert: [
        { name: 'PNG proofs', kind: 'png-file', address: 'labels/proofs', dpi: 203, media: 'label-4x6' },
      ],
    });
    expect(inLabels.printers.find((p) => p.name === 'PNG proofs')?.address).toBe('labels/proofs');
  });
});
