// The one module that talks to the preload's `window.station`; everything else imports from here.
import type {
  EventChannel,
  EventPayload,
  InvokeChannel,
  InvokeParams,
  InvokeResult,
  StationBridge,
} from '../../shared/ipc/contract.ts';
import type { IpcResponse } from '../../shared/ipc/envelope.ts';

declare global {
  interface Window {
    station: StationBridge;
  }
}

/** Calls a contract channel. Never rejects: a broken bridge becomes an error envelope too. */
export async function invoke<C extends InvokeChannel>(
  channel: C,
  ...params: InvokeParams<C>
): Promise<IpcResponse<InvokeResult<C>>> {
  try {
    return await window.station.invoke(channel, ...params);
  } catch {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'The station did not answer. Restart the app; if it happens again, report it.',
      },
    };
  }
}

/** Listens to a pushed contract event; returns the function that stops listening. */
export function on<E extends EventChannel>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  return window.station.on(event, listener);
}
