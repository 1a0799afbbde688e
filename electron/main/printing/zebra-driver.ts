// Raw ZPL to a Zebra on TCP 9100. Before sending: ~HS, and a printer that is out of paper, open,
// paused or full gets nothing (the job waits). After sending, "sent" is not "printed": ~HS is polled
// until no format is left in the buffer, no label of the batch remains and no error flag is up.
import type { Result } from '../../../shared/domain/result.ts';
import { err, ok } from '../../../shared/domain/result.ts';
import { abortableSleep } from '../abortable-sleep.ts';
import type { PrinterDriver, SendResult } from './driver.ts';
import { blockingProblems, describeProblems, type PrintError, printError } from './print-error.ts';
import { openConnection, type PrinterConnection, type TcpTarget } from './tcp.ts';
import {
  HOST_STATUS_QUERY,
  isCompleteHostStatus,
  isIdle,
  parseHostStatus,
  type ZebraHostStatus,
} from './zebra-status.ts';

export interface ZebraTimings {
  connectTimeoutMs: number;
  statusTimeoutMs: number;
  /** How long to wait for the printer to confirm the label printed before leaving the job "sent". */
  confirmTimeoutMs: number;
  pollMs: number;
  /** Pause after sending before the first poll, so the printer has taken the format in. */
  settleMs: number;
}

export const ZEBRA_TIMINGS: ZebraTimings = {
  connectTimeoutMs: 3_000,
  statusTimeoutMs: 3_000,
  confirmTimeoutMs: 30_000,
  pollMs: 500,
  settleMs: 300,
};

export function zebraDriver(target: TcpTarget, timings: ZebraTimings = ZEBRA_TIMINGS): PrinterDriver {
  const hostStatus = async (connection: PrinterConnection): Promise<Result<ZebraHostStatus, PrintError>> => {
    const answer = await connection.ask(HOST_STATUS_QUERY, isCompleteHostStatus, timings.statusTimeoutMs);
    if (!answer.ok) return answer;
    const status = parseHostStatus(answer.value);
    return status
      ? ok(status)
      : err(
          printError(
            'printer-problem',
            `Printer ${target.printerName} did not answer like a Zebra (~HS): check it is a ZPL printer.`,
          ),
        );
  };

  return {
    async status(signal) {
      const connection = await openConnection(target, timings.connectTimeoutMs, signal);
      if (!connection.ok) return connection;
      try {
        return await hostStatus(connection.value);
      } finally {
        connection.value.close();
      }
    },

    async send(_job, payload, signal) {
      const opened = await openConnection(target, timings.connectTimeoutMs, signal);
      if (!opened.ok) return opened;
      const connection = opened.value;
      try {
        const before = await hostStatus(connection);
        if (!before.ok) return before;
        const blocking = blockingProblems(before.value);
        if (blocking.length > 0) {
          return err(
            printError('printer-problem', describeProblems(target.printerName, blocking), before.value),
          );
        }
        for (const part of payload.parts) {
          const written = await connection.write(part);
          if (!written.ok) return written;
        }
        return ok(await confirm(connection, signal));
      } finally {
        connection.close();
      }
    },
  };

  async function confirm(connection: PrinterConnection, signal: AbortSignal): Promise<SendResult> {
    const deadline = Date.now() + timings.confirmTimeoutMs;
    let last: ZebraHostStatus | null = null;
    await abortableSleep(timings.settleMs, signal);
    while (!signal.aborted && Date.now() < deadline) {
      const status = await hostStatus(connection);
      if (!status.ok) break;
      last = status.value;
      if (isIdle(last)) return { state: 'printed', status: last, note: null };
      await abortableSleep(timings.pollMs, signal);
    }
    const problems = last ? blockingProblems(last) : [];
    const why =
      problems.length > 0
        ? describeProblems(target.printerName, problems)
        : `Printer ${target.printerName} has not confirmed it finished.`;
    return {
      state: 'sent',
      status: last,
      note: `${why} The label is in the printer and prints once it can: do not print it again unless it never comes out (then Reprint with a reason).`,
    };
  }
}
