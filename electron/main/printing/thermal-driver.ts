// ESC/POS and Star receipt printers through node-thermal-printer's interfaces: tcp://host:port, or
// printer:NAME (an OS queue, through lp). ESC/POS printers on TCP are asked their real-time status
// first; neither kind can confirm a finished print, so a job they take ends "sent".
import { PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { err, ok } from '../../../shared/domain/result.ts';
import type { PrinterDriver } from './driver.ts';
import type { PrinterType } from './escpos-charset.ts';
import { queryRealTimeStatus } from './escpos-status.ts';
import { lpDriverFor } from './os-printer.ts';
import {
  blockingProblems,
  describeProblems,
  type PrintError,
  printError,
  socketError,
} from './print-error.ts';
import { openConnection, type TcpTarget } from './tcp.ts';

export type ThermalTarget =
  | ({ kind: 'tcp' } & TcpTarget)
  | { kind: 'os'; queue: string; printerName: string };

export interface ThermalTimings {
  connectTimeoutMs: number;
  statusTimeoutMs: number;
}

export const THERMAL_TIMINGS: ThermalTimings = { connectTimeoutMs: 3_000, statusTimeoutMs: 1_000 };

export function thermalDriver(
  type: PrinterType,
  target: ThermalTarget,
  timings: ThermalTimings = THERMAL_TIMINGS,
): PrinterDriver {
  const realTimeStatus = async (signal: AbortSignal) => {
    if (target.kind !== 'tcp' || type !== 'epson') return ok(null);
    const opened = await openConnection(target, timings.connectTimeoutMs, signal);
    if (!opened.ok) return opened;
    try {
      return await queryRealTimeStatus(opened.value, timings.statusTimeoutMs);
    } finally {
      opened.value.close();
    }
  };

  return {
    status: realTimeStatus,
    async send(job, payload, signal) {
      const status = await realTimeStatus(signal);
      if (!status.ok) return status;
      const blocking = status.value ? blockingProblems(status.value) : [];
      if (status.value && blocking.length > 0) {
        return err(
          printError('printer-problem', describeProblems(target.printerName, blocking), status.value),
        );
      }
      const printer = new ThermalPrinter({
        type: type === 'star' ? PrinterTypes.STAR : PrinterTypes.EPSON,
        interface: target.kind === 'tcp' ? `tcp://${target.host}:${target.port}` : `printer:${target.queue}`,
        ...(target.kind === 'os' ? { driver: lpDriverFor(signal) } : {}),
        options: { timeout: timings.connectTimeoutMs },
      });
      try {
        await untilAborted(printer.raw(Buffer.concat(payload.parts)), signal);
      } catch (error) {
        return err(sendError(error, target, `${job.kind} ${job.id}`));
      }
      return ok({ state: 'sent', status: status.value, note: null });
    },
  };
}

function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(printError('aborted', 'Printing was stopped.'));
    const onAbort = () => reject(printError('aborted', 'Printing was stopped.'));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function sendError(error: unknown, target: ThermalTarget, what: string): PrintError {
  if (isPrintError(error)) return error;
  if (target.kind === 'os') {
    return printError('write-failed', `Print queue "${target.queue}" did not take ${what}: ${String(error)}`);
  }
  const where = `${target.host}:${target.port}`;
  if (error instanceof Error && error.message === 'Socket timeout') {
    return printError('timeout', `Printer ${target.printerName} (${where}) did not take the job in time.`);
  }
  return socketError(target.printerName, where, error);
}

function isPrintError(value: unknown): value is PrintError {
  return typeof value === 'object' && value !== null && 'retryable' in value && 'code' in value;
}
