// What goes wrong in the window goes to the station log in main (logs:renderer-error): a window
// error, an unhandled rejection, a render error. Cut to the channel's limits here; main limits the rate.
import type { RendererErrorArgs } from '../../shared/ipc/updates.ts';
import { invoke } from '../api/station.ts';

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function reportRendererError(report: RendererErrorArgs): void {
  void invoke('logs:renderer-error', {
    kind: report.kind,
    message: cut(report.message, 2_000),
    ...(report.stack ? { stack: cut(report.stack, 8_000) } : {}),
    ...(report.source ? { source: cut(report.source, 2_000) } : {}),
  });
}

function describe(reason: unknown): { message: string; stack?: string } {
  if (reason instanceof Error)
    return { message: `${reason.name}: ${reason.message}`, ...(reason.stack ? { stack: reason.stack } : {}) };
  return { message: typeof reason === 'string' ? reason : (JSON.stringify(reason) ?? String(reason)) };
}

/** Forwards the window's uncaught errors and unhandled rejections from now on. */
export function forwardRendererErrors(target: Window): void {
  target.addEventListener('error', (event) => {
    reportRendererError({
      kind: 'error',
      ...describe(event.error ?? event.message),
      ...(event.filename ? { source: `${event.filename}:${event.lineno}:${event.colno}` } : {}),
    });
  });
  target.addEventListener('unhandledrejection', (event) => {
    reportRendererError({ kind: 'unhandled-rejection', ...describe(event.reason) });
  });
}
