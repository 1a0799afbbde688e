// The driver for a configured printer: its kind and address decide how bytes get there.
import type { Result } from '../../../shared/domain/result.ts';
import { err, ok } from '../../../shared/domain/result.ts';
import type { PrinterConfig } from '../../../shared/ipc/printing.ts';
import type { PrinterDriver } from './driver.ts';
import { fileDriver } from './file-driver.ts';
import { printRaw } from './os-printer.ts';
import { type PrintError, printError } from './print-error.ts';
import { parsePrinterAddress } from './printer-config.ts';
import { THERMAL_TIMINGS, type ThermalTimings, thermalDriver } from './thermal-driver.ts';
import { ZEBRA_TIMINGS, type ZebraTimings, zebraDriver } from './zebra-driver.ts';

export interface DriverTimings {
  zebra: ZebraTimings;
  thermal: ThermalTimings;
}

export const DRIVER_TIMINGS: DriverTimings = { zebra: ZEBRA_TIMINGS, thermal: THERMAL_TIMINGS };

export function driverFor(
  printer: PrinterConfig,
  timings: DriverTimings = DRIVER_TIMINGS,
): Result<PrinterDriver, PrintError> {
  const target = parsePrinterAddress(printer.address);
  if (!target) {
    return err(
      printError('not-configured', `Printer ${printer.name} has no usable address (${printer.address}).`),
    );
  }
  if (target.kind === 'folder') return ok(fileDriver(printer.name, target.path));
  switch (printer.kind) {
    case 'zpl':
      return ok(
        target.kind === 'tcp'
          ? zebraDriver({ ...target, printerName: printer.name }, timings.zebra)
          : osQueueDriver(target.queue),
      );
    case 'escpos':
    case 'star':
      return ok(
        thermalDriver(
          printer.kind === 'star' ? 'star' : 'epson',
          target.kind === 'tcp'
            ? { ...target, printerName: printer.name }
            : { kind: 'os', queue: target.queue, printerName: printer.name },
          timings.thermal,
        ),
      );
    case 'pdf-file':
    case 'png-file':
      return err(printError('not-configured', `Printer ${printer.name} writes files: give it a folder.`));
  }
}

/** ZPL to an OS queue: the queue takes the bytes; nobody can confirm the print. */
function osQueueDriver(queue: string): PrinterDriver {
  return {
    status: async () => ok(null),
    async send(job, payload, signal) {
      const sent = await printRaw(queue, Buffer.concat(payload.parts), `${job.kind} ${job.id}`, signal);
      return sent.ok ? ok({ state: 'sent', status: null, note: null }) : sent;
    },
  };
}
