// Why a print did not get through, as a value: a code, whether waiting and retrying can help, and a
// message that says what happened and what to do.
import type { PrinterProblem, PrinterStatus } from '../../../shared/ipc/printing.ts';

export type PrintErrorCode =
  | 'unreachable'
  | 'refused'
  | 'timeout'
  | 'connection-lost'
  | 'printer-problem'
  | 'write-failed'
  | 'not-configured'
  | 'unsupported'
  | 'aborted';

export interface PrintError {
  code: PrintErrorCode;
  message: string;
  /** Waiting can help (printer off, paper out…): the job stays queued and is retried. */
  retryable: boolean;
  status?: PrinterStatus;
}

export function printError(code: PrintErrorCode, message: string, status?: PrinterStatus): PrintError {
  const retryable = code !== 'not-configured' && code !== 'unsupported' && code !== 'aborted';
  return status ? { code, message, retryable, status } : { code, message, retryable };
}

const PROBLEM_TEXT: Record<PrinterProblem, string> = {
  'paper-out': 'is out of paper or labels: load them',
  'paper-near-end': 'is nearly out of paper',
  'head-open': 'has its print head open: close it',
  'cover-open': 'has its cover open: close it',
  'ribbon-out': 'is out of ribbon: load a new one',
  paused: 'is paused: press its pause button to resume',
  'buffer-full': 'has a full receive buffer: wait for it to print',
  offline: 'is offline: check its panel',
  'over-temperature': 'is too hot: let it cool down',
  'under-temperature': 'is too cold: let it warm up',
  'printer-error': 'reports an error: check its panel',
};

/** Problems that keep a label from printing (near end is only a warning). */
export function blockingProblems(status: PrinterStatus): PrinterProblem[] {
  return status.problems.filter((problem) => problem !== 'paper-near-end');
}

export function describeProblems(printerName: string, problems: readonly PrinterProblem[]): string {
  return `Printer ${printerName} ${problems.map((problem) => PROBLEM_TEXT[problem]).join('; ')}.`;
}

/** A failed connection or write, in words (Node's error codes behind it). */
export function socketError(printerName: string, target: string, error: unknown): PrintError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ECONNREFUSED':
      return printError(
        'refused',
        `Printer ${printerName} (${target}) refused the connection: is it switched on and is its raw port open?`,
      );
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EHOSTDOWN':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return printError(
        'unreachable',
        `Printer ${printerName} (${target}) cannot be reached: check it is on and on the network. The job waits and is retried.`,
      );
    case 'ECONNRESET':
    case 'EPIPE':
      return printError(
        'connection-lost',
        `The connection to printer ${printerName} (${target}) broke off: the job is retried.`,
      );
    default:
      return printError(
        'unreachable',
        `Printer ${printerName} (${target}) cannot be reached (${code ?? String(error)}). The job waits and is retried.`,
      );
  }
}
