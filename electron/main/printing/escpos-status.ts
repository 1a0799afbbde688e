// ESC/POS real-time status (DLE EOT n): one byte per question, answered even while the printer is
// offline. Printers (or network adapters) that do not answer simply have no status: null.
import type { Result } from '../../../shared/domain/result.ts';
import { ok } from '../../../shared/domain/result.ts';
import type { PrinterProblem, PrinterStatus } from '../../../shared/ipc/printing.ts';
import type { PrintError } from './print-error.ts';
import type { PrinterConnection } from './tcp.ts';

const DLE_EOT = (n: number) => Buffer.from([0x10, 0x04, n]);

/** Every status byte has bit 1 and bit 4 set, bit 0 and bit 7 clear. */
const isStatusByte = (byte: number | undefined) => byte !== undefined && (byte & 0x93) === 0x12;

/** Parses the answers to DLE EOT 1 (printer), 2 (offline cause) and 4 (roll paper sensor). */
export function parseRealTimeStatus(printer: number, offline: number, paper: number): PrinterStatus {
  const problems: PrinterProblem[] = [];
  if (paper & 0x60 || offline & 0x20) problems.push('paper-out');
  if (offline & 0x04) problems.push('cover-open');
  if (offline & 0x40) problems.push('printer-error');
  if (printer & 0x08 && problems.length === 0) problems.push('offline');
  const blocking = problems.length > 0;
  if (paper & 0x0c && !problems.includes('paper-out')) problems.push('paper-near-end');
  return { ready: !blocking, problems, formatsInBuffer: null, labelsRemaining: null };
}

export async function queryRealTimeStatus(
  connection: PrinterConnection,
  timeoutMs: number,
): Promise<Result<PrinterStatus | null, PrintError>> {
  const answers: number[] = [];
  for (const n of [1, 2, 4]) {
    const answer = await connection.ask(DLE_EOT(n), (received) => received.length >= 1, timeoutMs);
    if (!answer.ok) return answer.error.code === 'timeout' ? ok(null) : answer;
    const byte = answer.value[0];
    if (!isStatusByte(byte)) return ok(null);
    answers.push(byte ?? 0);
  }
  const [printer = 0, offline = 0, paper = 0] = answers;
  return ok(parseRealTimeStatus(printer, offline, paper));
}
