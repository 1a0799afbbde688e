// Wires every contract channel to its handler behind one gate: trusted sender, valid arguments,
// and an envelope back whatever happens. Takes an ipcMain-like object so it runs in plain Node.
import { INVOKE_CHANNELS, type InvokeChannel } from '../../../shared/ipc/contract.ts';
import type { IpcError, IpcResponse } from '../../../shared/ipc/envelope.ts';
import { INVOKE_ARGS_SCHEMAS } from '../../../shared/ipc/schemas.ts';
import { stationLog } from '../logs/station-log.ts';
import type { InvokeHandler, InvokeHandlers } from './handlers.ts';

export interface IpcMainLike<E> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
}

export interface RegisterOptions<E> {
  /** Only the station's own window may call: anything else is refused. */
  isTrustedSender(event: E): boolean;
  /** Where unexpected errors go; the renderer only ever sees a generic message. */
  logError?(channel: InvokeChannel, error: unknown): void;
}

export function registerHandlers<E>(
  ipc: IpcMainLike<E>,
  handlers: InvokeHandlers,
  options: RegisterOptions<E>,
): void {
  const logError = options.logError ?? defaultLogError;
  for (const channel of INVOKE_CHANNELS) {
    const serve = gate(channel, handlers[channel] as InvokeHandler<typeof channel>, logError);
    ipc.handle(channel, (event, ...args) =>
      options.isTrustedSender(event) ? serve(args[0]) : Promise.resolve(refused(channel)),
    );
  }
}

function gate<C extends InvokeChannel>(
  channel: C,
  handler: InvokeHandler<C>,
  logError: (channel: InvokeChannel, error: unknown) => void,
): (raw: unknown) => Promise<IpcResponse<unknown>> {
  const schema = INVOKE_ARGS_SCHEMAS[channel];
  return async (raw) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const details = parsed.error.issues
        .map((issue) => `${issue.path.join('.') || 'arguments'}: ${issue.message}`)
        .join('; ');
      return failure({
        code: 'invalid-request',
        message: `The station sent an invalid ${channel} request (${details}). Restart the app; if it happens again, report it.`,
      });
    }
    try {
      return await handler(parsed.data);
    } catch (error) {
      logError(channel, error);
      return failure({
        code: 'internal',
        message: `Something went wrong in the station while handling ${channel}. Try again; if it keeps failing, restart the app.`,
      });
    }
  };
}

function refused(channel: InvokeChannel): IpcResponse<never> {
  return failure({
    code: 'forbidden',
    message: `A ${channel} request that did not come from the Packing Station window was refused.`,
  });
}

function failure(error: IpcError): IpcResponse<never> {
  return { ok: false, error };
}

function defaultLogError(channel: InvokeChannel, error: unknown): void {
  stationLog.error(`[ipc] ${channel} failed:`, error);
}
