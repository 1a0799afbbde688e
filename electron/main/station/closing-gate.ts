// While the station closes (quit, OS shutdown), nothing new starts: the handlers that start work
// answer in words, and once the database is closed every handler does. Reads go on until then.
import type { InvokeChannel } from '../../../shared/ipc/contract.ts';
import type { InvokeHandlers } from '../ipc/handlers.ts';
import { failure } from './failures.ts';

/** Channels that start work the closing station could not finish: steps, prints, restarts. */
const STARTS_WORK: ReadonlySet<InvokeChannel> = new Set<InvokeChannel>([
  'transitions:enqueue',
  'transitions:supervisor',
  'shipment:step',
  'shipment:print-label',
  'print:order',
  'print:retry',
  'printers:test',
  'outbox:retry',
  'sync:now',
  'settings:update',
  'settings:update-source',
]);

export type StationPhase = 'open' | 'closing' | 'closed';

export function closingRefusal() {
  return failure(
    'rejected',
    'The station is closing: nothing new is started now. Start the station again, then repeat this.',
  );
}

export function refusedWhileClosing(phase: () => StationPhase, handlers: InvokeHandlers): InvokeHandlers {
  const gated: Record<string, (args: never) => Promise<unknown>> = {};
  for (const [channel, handler] of Object.entries(handlers) as [
    InvokeChannel,
    (args: never) => Promise<unknown>,
  ][]) {
    gated[channel] = async (args) => {
      const now = phase();
      if (now === 'closed' || (now === 'closing' && STARTS_WORK.has(channel))) return closingRefusal();
      return handler(args);
    };
  }
  return gated as unknown as InvokeHandlers;
}
