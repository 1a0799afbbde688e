// Raw bytes to a print queue of the operating system (printer:NAME) through CUPS' `lp -o raw`
// (Linux, macOS). Windows queues are not reachable this way: use the printer's tcp:// address there.
import { spawn } from 'node:child_process';
import type { Result } from '../../../shared/domain/result.ts';
import { err, ok } from '../../../shared/domain/result.ts';
import { type PrintError, printError } from './print-error.ts';

export function printRaw(
  queue: string,
  bytes: Uint8Array,
  title: string,
  signal: AbortSignal,
): Promise<Result<string, PrintError>> {
  return new Promise((resolve) => {
    if (process.platform === 'win32') {
      resolve(
        err(
          printError(
            'unsupported',
            `Printing to the Windows queue "${queue}" is not supported: give the printer's tcp://host:9100 address.`,
          ),
        ),
      );
      return;
    }
    const child = spawn('lp', ['-d', queue, '-o', 'raw', '-t', title], { signal, stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      resolve(
        err(
          error.code === 'ENOENT'
            ? printError(
                'unsupported',
                `Print queue "${queue}" needs CUPS (the lp command), which is not installed: install CUPS or use tcp://host:9100.`,
              )
            : error.name === 'AbortError'
              ? printError('aborted', 'Printing was stopped.')
              : printError('write-failed', `Print queue "${queue}": ${error.message}`),
        ),
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolve(ok(output.trim()));
      else
        resolve(
          err(
            printError(
              'unreachable',
              `Print queue "${queue}" refused the job: ${output.trim() || `lp exit ${code}`}`,
            ),
          ),
        );
    });
    child.stdin.on('error', () => {});
    child.stdin.end(Buffer.from(bytes));
  });
}

/** The driver object node-thermal-printer's printer:NAME interface expects, backed by printRaw. */
export function lpDriverFor(signal: AbortSignal) {
  return {
    getPrinters: () => [],
    getPrinter: (name: string) => ({ name, status: [] as string[] }),
    printDirect(job: {
      data: Buffer;
      printer: string;
      docname?: string | false;
      success: (id: string) => void;
      error: (error: unknown) => void;
    }): void {
      void printRaw(job.printer, job.data, job.docname || 'Packing Station', signal).then((result) =>
        result.ok ? job.success(result.value) : job.error(result.error),
      );
    },
  };
}
