// Zebra host status (~HS): three STX…ETX strings of comma-separated flags (ZPL II Programming Guide,
// "~HS Host Status Return"). We read what tells whether a label can print and whether it did.
import type { PrinterProblem, PrinterStatus } from '../../../shared/ipc/printing.ts';

const STX = 0x02;
const ETX = 0x03;

export const HOST_STATUS_QUERY = Buffer.from('~HS', 'ascii');

export interface ZebraHostStatus extends PrinterStatus {
  formatsInBuffer: number;
  labelsRemaining: number;
  /** A format is half received (its ^XZ has not arrived yet). */
  partialFormat: boolean;
}

/** The answer holds all three strings. */
export function isCompleteHostStatus(answer: Buffer): boolean {
  return answer.filter((byte) => byte === ETX).length >= 3;
}

/** The parsed status, or null when the answer is not a ~HS reply. */
export function parseHostStatus(answer: Buffer): ZebraHostStatus | null {
  const strings: string[][] = [];
  let start = -1;
  answer.forEach((byte, index) => {
    if (byte === STX) start = index + 1;
    else if (byte === ETX && start >= 0) {
      strings.push(answer.subarray(start, index).toString('ascii').split(','));
      start = -1;
    }
  });
  const [first, second] = strings;
  if (!first || !second || first.length < 12 || second.length < 11) return null;
  const flag = (fields: string[], index: number) => fields[index]?.trim() === '1';
  const number = (fields: string[], index: number) => Number.parseInt(fields[index] ?? '', 10);
  const formatsInBuffer = number(first, 4);
  const labelsRemaining = number(second, 8);
  if (!Number.isFinite(formatsInBuffer) || !Number.isFinite(labelsRemaining)) return null;

  const problems: PrinterProblem[] = [];
  if (flag(first, 1)) problems.push('paper-out');
  if (flag(first, 2)) problems.push('paused');
  if (flag(first, 5)) problems.push('buffer-full');
  if (flag(first, 9)) problems.push('printer-error');
  if (flag(first, 10)) problems.push('under-temperature');
  if (flag(first, 11)) problems.push('over-temperature');
  if (flag(second, 2)) problems.push('head-open');
  // Ribbon out only matters in thermal transfer mode (direct thermal has no ribbon).
  if (flag(second, 3) && flag(second, 4)) problems.push('ribbon-out');
  return {
    ready: problems.length === 0,
    problems,
    formatsInBuffer,
    labelsRemaining,
    partialFormat: flag(first, 7),
  };
}

/** Everything received has printed and nothing stops the printer. */
export function isIdle(status: ZebraHostStatus): boolean {
  return (
    status.ready && status.formatsInBuffer === 0 && status.labelsRemaining === 0 && !status.partialFormat
  );
}
