// The Zebra driver against the fake printer: status before sending, sent vs printed, paper out, head
// open, paused, a printer that is off or never answers.
import { afterEach, describe, expect, test } from 'vitest';
import type { PrintPayload } from '../../../electron/main/printing/print-payload.ts';
import { type ZebraTimings, zebraDriver } from '../../../electron/main/printing/zebra-driver.ts';
import { parseHostStatus } from '../../../electron/main/printing/zebra-status.ts';
import { type FakePrinter, startFakePrinter } from '../../fixtures/fake-printer.ts';

const FAST: ZebraTimings = {
  connectTimeoutMs: 1_000,
  statusTimeoutMs: 300,
  confirmTimeoutMs: 1_500,
  pollMs: 20,
  settleMs: 10,
};
const JOB = { id: 'job-1', orderId: 4711, kind: 'label' as const };
const LABEL = '^XA^CI28^FO20,20^A0N,30,30^FDMüller^FS^XZ';
const payload = (zpl = LABEL): PrintPayload => ({ format: 'zpl', parts: [Buffer.from(zpl)], notes: [] });

let printer: FakePrinter | null = null;
afterEach(async () => {
  await printer?.close();
  printer = null;
});

async function driverOn(options: Parameters<typeof startFakePrinter>[0] = {}) {
  printer = await startFakePrinter(options);
  return zebraDriver({ host: '127.0.0.1', port: printer.port, printerName: 'Zebra-1' }, FAST);
}

describe('~HS host status', () => {
  const answer = (first: string, second: string) =>
    Buffer.from(`\u0002${first}\u0003\r\n\u0002${second}\u0003\r\n\u00021234,0\u0003\r\n`);

  test('an idle printer', () => {
    expect(
      parseHostStatus(answer('030,0,0,1218,000,0,0,0,000,0,0,0', '001,0,0,0,1,2,6,0,00000000,1,000')),
    ).toEqual({
      ready: true,
      problems: [],
      formatsInBuffer: 0,
      labelsRemaining: 0,
      partialFormat: false,
    });
  });

  test('paper out, paused, buffer full, head open, ribbon out, labels still to print', () => {
    const status = parseHostStatus(
      answer('030,1,1,1218,002,1,0,1,000,0,0,0', '001,0,1,1,1,2,6,0,00000003,1,000'),
    );
    expect(status).toMatchObject({
      ready: false,
      problems: ['paper-out', 'paused', 'buffer-full', 'head-open', 'ribbon-out'],
      formatsInBuffer: 2,
      labelsRemaining: 3,
      partialFormat: true,
    });
  });

  test('ribbon out means nothing in direct thermal mode', () => {
    expect(
      parseHostStatus(answer('030,0,0,1218,000,0,0,0,000,0,0,0', '001,0,0,1,0,2,6,0,00000000,1,000'))
        ?.problems,
    ).toEqual([]);
  });

  test('anything else is not a host status', () => {
    expect(parseHostStatus(Buffer.from('hello'))).toBeNull();
  });
});

describe('Zebra driver', () => {
  test('sends the format and confirms it printed once the buffer is empty', async () => {
    const driver = await driverOn({ printMs: 80 });
    const sent = await driver.send(JOB, payload(), new AbortController().signal);
    expect(sent).toMatchObject({ ok: true, value: { state: 'printed', note: null } });
    expect(printer?.printed).toEqual([LABEL]);
    expect(printer?.statusQueries).toBeGreaterThanOrEqual(3);
  });

  for (const [problem, state] of [
    ['paper-out', { paperOut: true }],
    ['head-open', { headOpen: true }],
    ['paused', { paused: true }],
  ] as const) {
    test(`a printer that reports ${problem} gets nothing; the error says what to do`, async () => {
      const driver = await driverOn(state);
      const sent = await driver.send(JOB, payload(), new AbortController().signal);
      expect(sent.ok).toBe(false);
      if (sent.ok) return;
      expect(sent.error).toMatchObject({
        code: 'printer-problem',
        retryable: true,
        status: { problems: [problem] },
      });
      expect(sent.error.message).toMatch(/Zebra-1/);
      expect(printer?.received).toEqual([]);
    });
  }

  test('paper running out mid-job leaves it "sent", not printed, and says not to print it again', async () => {
    const driver = await driverOn({ printMs: 200 });
    const sending = driver.send(JOB, payload(), new AbortController().signal);
    await new Promise((resolve) => setTimeout(resolve, 60));
    printer?.set({ paperOut: true });
    const sent = await sending;
    expect(sent).toMatchObject({
      ok: true,
      value: { state: 'sent', status: { problems: ['paper-out'], formatsInBuffer: 1 } },
    });
    if (sent.ok) expect(sent.value.note).toMatch(/out of paper.*do not print it again/);
    printer?.set({ paperOut: false });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(printer?.printed).toEqual([LABEL]);
  });

  test('a printer that is off refuses the connection', async () => {
    const driver = await driverOn();
    await printer?.goOffline();
    const sent = await driver.send(JOB, payload(), new AbortController().signal);
    expect(sent).toMatchObject({ ok: false, error: { code: 'refused', retryable: true } });
    if (!sent.ok) expect(sent.error.message).toMatch(/refused the connection: is it switched on/);
  });

  test('a printer that never answers its status query times out', async () => {
    const driver = await driverOn({ silent: true });
    const sent = await driver.send(JOB, payload(), new AbortController().signal);
    expect(sent).toMatchObject({ ok: false, error: { code: 'timeout', retryable: true } });
    expect(printer?.received).toEqual([]);
  });

  test('status on request', async () => {
    const driver = await driverOn({ paperOut: true });
    expect(await driver.status(new AbortController().signal)).toMatchObject({
      ok: true,
      value: { ready: false, problems: ['paper-out'], formatsInBuffer: 0 },
    });
  });

  test('an unreachable host is reported as such, within the connect timeout', async () => {
    const driver = zebraDriver(
      { host: '192.0.2.1', port: 9100, printerName: 'Zebra-9' },
      { ...FAST, connectTimeoutMs: 200 },
    );
    const sent = await driver.send(JOB, payload(), new AbortController().signal);
    expect(sent).toMatchObject({ ok: false, error: { retryable: true } });
    if (!sent.ok) expect(['unreachable', 'refused']).toContain(sent.error.code);
  });
});
