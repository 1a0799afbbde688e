// A raw TCP connection to a printer (port 9100 and friends) with timeouts and an AbortSignal.
import { connect, type Socket } from 'node:net';
import type { Result } from '../../../shared/domain/result.ts';
import { err, ok } from '../../../shared/domain/result.ts';
import { type PrintError, printError, socketError } from './print-error.ts';

export interface TcpTarget {
  host: string;
  port: number;
  printerName: string;
}

export interface PrinterConnection {
  /** Writes and resolves when the bytes are handed to the OS. */
  write(bytes: Uint8Array): Promise<Result<void, PrintError>>;
  /** Writes a query and collects the answer until `complete` says it is whole. */
  ask(
    query: Uint8Array,
    complete: (answer: Buffer) => boolean,
    timeoutMs: number,
  ): Promise<Result<Buffer, PrintError>>;
  close(): void;
}

const targetText = (target: TcpTarget) => `${target.host}:${target.port}`;

export function openConnection(
  target: TcpTarget,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<Result<PrinterConnection, PrintError>> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve(err(printError('aborted', 'Printing was stopped.')));
      return;
    }
    const socket = connect({ host: target.host, port: target.port });
    let settled = false;
    const finish = (result: Result<PrinterConnection, PrintError>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      if (!result.ok) socket.destroy();
      resolve(result);
    };
    const onAbort = () => finish(err(printError('aborted', 'Printing was stopped.')));
    const timer = setTimeout(
      () => finish(err(socketError(target.printerName, targetText(target), { code: 'ETIMEDOUT' }))),
      timeoutMs,
    );
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('error', (error) => finish(err(socketError(target.printerName, targetText(target), error))));
    socket.once('connect', () => finish(ok(connection(socket, target, signal))));
  });
}

function connection(socket: Socket, target: TcpTarget, signal: AbortSignal): PrinterConnection {
  let failure: unknown = null;
  let received = Buffer.alloc(0);
  let onData: (() => void) | null = null;
  socket.on('error', (error) => {
    failure = error;
    onData?.();
  });
  socket.on('close', () => {
    failure ??= Object.assign(new Error('closed'), { code: 'ECONNRESET' });
    onData?.();
  });
  socket.on('data', (chunk: Buffer) => {
    received = Buffer.concat([received, chunk]);
    onData?.();
  });
  const abort = () => socket.destroy();
  signal.addEventListener('abort', abort, { once: true });
  const lost = () => socketError(target.printerName, targetText(target), failure);

  return {
    write(bytes) {
      return new Promise((resolve) => {
        if (failure) return resolve(err(lost()));
        socket.write(bytes, (error) =>
          resolve(error ? err(socketError(target.printerName, targetText(target), error)) : ok(undefined)),
        );
      });
    },
    ask(query, complete, timeoutMs) {
      return new Promise((resolve) => {
        received = Buffer.alloc(0);
        const done = (result: Result<Buffer, PrintError>) => {
          clearTimeout(timer);
          onData = null;
          resolve(result);
        };
        const timer = setTimeout(
          () =>
            done(
              err(
                printError(
                  'timeout',
                  `Printer ${target.printerName} (${targetText(target)}) did not answer its status query in time.`,
                ),
              ),
            ),
          timeoutMs,
        );
        onData = () => {
          if (signal.aborted) done(err(printError('aborted', 'Printing was stopped.')));
          else if (complete(received)) done(ok(received));
          else if (failure) done(err(lost()));
        };
        if (failure) return done(err(lost()));
        socket.write(query);
      });
    },
    close() {
      signal.removeEventListener('abort', abort);
      socket.end();
      socket.destroy();
    },
  };
}

/** Parses tcp://host[:port] (default port 9100). */
export function parseTcpAddress(address: string): { host: string; port: number } | null {
  const match = /^tcp:\/\/(\[[^\]]+\]|[^/:]+)(?::(\d{1,5}))?\/?$/i.exec(address.trim());
  if (!match?.[1]) return null;
  const port = match[2] === undefined ? 9100 : Number(match[2]);
  if (port < 1 || port > 65535) return null;
  return { host: match[1].replace(/^\[|\]$/g, ''), port };
}
