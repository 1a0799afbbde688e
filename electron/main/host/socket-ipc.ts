// The IPC contract over WebSocket frames, through the same registerHandlers gate as Electron's
// ipcMain: same validation of every argument, same envelopes.
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { ResponseFrame } from '../../../shared/ipc/browser-protocol.ts';
import type { IpcResponse } from '../../../shared/ipc/envelope.ts';
import type { InvokeHandlers } from '../ipc/handlers.ts';
import { registerHandlers } from '../ipc/register-handlers.ts';

/** Who is calling: a socket whose upgrade passed the secret and origin checks. */
export interface SocketSender {
  authenticated: boolean;
}

type Route = (sender: SocketSender, ...args: unknown[]) => Promise<unknown>;

const FRAME = z.strictObject({
  id: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
  channel: z.string().max(64),
  args: z.unknown().optional(),
});

/** Builds the channel routes once; `serve` answers every frame of one socket. */
export function socketIpc(handlers: InvokeHandlers) {
  const routes = new Map<string, Route>();
  registerHandlers<SocketSender>({ handle: (channel, listener) => routes.set(channel, listener) }, handlers, {
    isTrustedSender: (sender) => sender.authenticated,
  });

  async function answer(sender: SocketSender, frame: z.infer<typeof FRAME>): Promise<IpcResponse<unknown>> {
    const route = routes.get(frame.channel);
    if (!route) {
      return {
        ok: false,
        error: { code: 'invalid-request', message: `'${frame.channel}' is not a station channel.` },
      };
    }
    return (await (frame.args === undefined
      ? route(sender)
      : route(sender, frame.args))) as IpcResponse<unknown>;
  }

  return {
    serve(socket: WebSocket, sender: SocketSender): void {
      socket.on('message', (data, isBinary) => {
        const frame = isBinary ? undefined : parseFrame(data.toString());
        if (!frame) {
          // Not our protocol: nothing sensible to answer, so the page gets the socket closed.
          socket.close(1008, 'invalid frame');
          return;
        }
        void answer(sender, frame).then((response) => {
          if (socket.readyState !== socket.OPEN) return;
          socket.send(JSON.stringify({ id: frame.id, response } satisfies ResponseFrame));
        });
      });
    },
  };
}

function parseFrame(text: string): z.infer<typeof FRAME> | undefined {
  try {
    const parsed = FRAME.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
