// The file printer (the demo default): each job becomes <jobId>-<orderId>-<kind>.<ext> in a folder (a
// shop order's named after its shop and own id, file-names.ts), written to a temporary name first so
// a half-written file never looks like a label.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { err, ok } from '../../../shared/domain/result.ts';
import type { PrinterDriver } from './driver.ts';
import { documentFileBase } from './file-names.ts';
import { printError } from './print-error.ts';
import type { PayloadFormat } from './print-payload.ts';

const EXTENSIONS: Record<PayloadFormat, string> = {
  pdf: 'pdf',
  png: 'png',
  zpl: 'zpl',
  escpos: 'escpos.bin',
  star: 'star.bin',
};

export function fileDriver(printerName: string, folder: string): PrinterDriver {
  return {
    status: async () => ok(null),
    async send(job, payload, signal) {
      const base = documentFileBase(job);
      const files = payload.parts.map((_, index) =>
        join(
          folder,
          `${base}${payload.parts.length > 1 ? `-p${index + 1}` : ''}.${EXTENSIONS[payload.format]}`,
        ),
      );
      try {
        await mkdir(folder, { recursive: true });
        for (const [index, file] of files.entries()) {
          if (signal.aborted) return err(printError('aborted', 'Printing was stopped.'));
          await writeFile(`${file}.part`, payload.parts[index] ?? Buffer.alloc(0), { signal });
          await rename(`${file}.part`, file);
        }
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return err(
          printError(
            'write-failed',
            `File printer ${printerName} cannot write to ${folder}: ${reason}. Check the folder exists and is writable.`,
          ),
        );
      }
      return ok({ state: 'printed', status: null, note: `Saved as ${files.join(', ')}` });
    },
  };
}
