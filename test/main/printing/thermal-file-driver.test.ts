// ESC/POS through node-thermal-printer against the fake printer (DLE EOT status, refusal, bytes as
// sent), and the file printer.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parseRealTimeStatus } from '../../../electron/main/printing/escpos-status.ts';
import { fileDriver } from '../../../electron/main/printing/file-driver.ts';
import type { PrintPayload } from '../../../electron/main/printing/print-payload.ts';
import { thermalDriver } from '../../../electron/main/printing/thermal-driver.ts';
import { type FakePrinter, startFakePrinter } from '../../fixtures/fake-printer.ts';

const JOB = { id: '0190a000-0000-7000-8000-000000000001', orderId: 4711, kind: 'label' as const };
const BYTES = Buffer.from([0x1b, 0x40, 0x48, 0x69, 0x0a, 0x1d, 0x56, 0x00]);
const payload: PrintPayload = { format: 'escpos', parts: [BYTES], notes: [] };
const TIMINGS = { connectTimeoutMs: 1_000, statusTimeoutMs: 200 };

let printer: FakePrinter | null = null;
afterEach(async () => {
  await printer?.close();
  printer = null;
});

async function escposOn(
  options: Parameters<typeof startFakePrinter>[0] = {},
  type: 'epson' | 'star' = 'epson',
) {
  printer = await startFakePrinter({ protocol: 'escpos', ...options });
  return thermalDriver(
    type,
    { kind: 'tcp', host: '127.0.0.1', port: printer.port, printerName: 'Receipt-1' },
    TIMINGS,
  );
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('ESC/POS real-time status', () => {
  test('bits of DLE EOT 1, 2 and 4', () => {
    expect(parseRealTimeStatus(0x12, 0x12, 0x12)).toEqual({
      ready: true,
      problems: [],
      formatsInBuffer: null,
      labelsRemaining: null,
    });
    expect(parseRealTimeStatus(0x1a, 0x32, 0x72).problems).toEqual(['paper-out']);
    expect(parseRealTimeStatus(0x1a, 0x16, 0x12).problems).toEqual(['cover-open']);
    expect(parseRealTimeStatus(0x12, 0x12, 0x1e)).toMatchObject({
      ready: true,
      problems: ['paper-near-end'],
    });
    expect(parseRealTimeStatus(0x1a, 0x12, 0x12).problems).toEqual(['offline']);
  });
});

describe('ESC/POS and Star driver', () => {
  test('asks the status, then sends the bytes through node-thermal-printer; ends "sent"', async () => {
    const driver = await escposOn();
    const sent = await driver.send(JOB, payload, new AbortController().signal);
    expect(sent).toMatchObject({ ok: true, value: { state: 'sent', status: { ready: true } } });
    await settle();
    expect(printer?.statusQueries).toBe(3);
    expect(printer?.received).toEqual([BYTES]);
  });

  test('paper out: nothing is sent, the job can wait', async () => {
    const driver = await escposOn({ paperOut: true });
    const sent = await driver.send(JOB, payload, new AbortController().signal);
    expect(sent).toMatchObject({
      ok: false,
      error: { code: 'printer-problem', retryable: true, status: { problems: ['paper-out'] } },
    });
    await settle();
    expect(printer?.received).toEqual([]);
  });

  test('a printer that does not answer DLE EOT still gets the job (status unknown)', async () => {
    const driver = await escposOn({ silent: true });
    const sent = await driver.send(JOB, payload, new AbortController().signal);
    expect(sent).toMatchObject({ ok: true, value: { state: 'sent', status: null } });
    await settle();
    expect(printer?.received.at(-1)).toEqual(BYTES);
  });

  test('Star: no status query, bytes sent', async () => {
    const driver = await escposOn({}, 'star');
    expect(
      await driver.send(JOB, { ...payload, format: 'star' }, new AbortController().signal),
    ).toMatchObject({ ok: true });
    await settle();
    expect(printer?.statusQueries).toBe(0);
    expect(printer?.received).toEqual([BYTES]);
  });

  test('a printer that is off: refused, retryable, in words', async () => {
    const driver = await escposOn();
    await printer?.goOffline();
    const sent = await driver.send(JOB, payload, new AbortController().signal);
    expect(sent).toMatchObject({ ok: false, error: { code: 'refused', retryable: true } });
  });
});

describe('file printer', () => {
  test('writes <jobId>-<orderId>-<kind>.<ext>, one file per page when there are several', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'station-files-'));
    try {
      const driver = fileDriver('Files', join(dir, 'labels'));
      const one = await driver.send(
        JOB,
        { format: 'pdf', parts: [Buffer.from('%PDF-1')], notes: [] },
        new AbortController().signal,
      );
      expect(one).toMatchObject({ ok: true, value: { state: 'printed' } });
      const two = await driver.send(
        { ...JOB, kind: 'slip' },
        { format: 'png', parts: [Buffer.from('a'), Buffer.from('b')], notes: [] },
        new AbortController().signal,
      );
      expect(two.ok).toBe(true);
      expect(readdirSync(join(dir, 'labels')).sort()).toEqual([
        `${JOB.id}-4711-label.pdf`,
        `${JOB.id}-4711-slip-p1.png`,
        `${JOB.id}-4711-slip-p2.png`,
      ]);
      expect(readFileSync(join(dir, 'labels', `${JOB.id}-4711-label.pdf`), 'utf8')).toBe('%PDF-1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a folder that cannot be written: an error that says where and what to check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'station-files-'));
    try {
      writeFileSync(join(dir, 'not-a-folder'), '');
      const sent = await fileDriver('Files', join(dir, 'not-a-folder')).send(
        JOB,
        payload,
        new AbortController().signal,
      );
      expect(sent).toMatchObject({ ok: false, error: { code: 'write-failed', retryable: true } });
      if (!sent.ok) expect(sent.error.message).toMatch(/cannot write to .*not-a-folder.*writable/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
