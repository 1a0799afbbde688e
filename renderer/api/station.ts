// The one module that talks to the station; everything else imports from here. In the desktop app
// the preload provides `window.station`; in browser mode the same contract runs over the host's
// WebSocket. Callers cannot tell the two apart.
import { BROWSER_IPC_PATH, SECRET_FRAGMENT_KEY } from '../../shared/ipc/browser-protocol.ts';
import type {
  EventChannel,
  EventPayload,
  InvokeChannel,
  InvokeParams,
  InvokeResult,
  StationBridge,
} from '../../shared/ipc/contract.ts';
import type { IpcResponse } from '../../shared/ipc/envelope.ts';
import { type ConnectSocket, createBrowserBridge } from './browser-bridge.ts';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    station?: StationBridge;
  }
}

let browserBridge: StationBridge | undefined;

function bridge(): StationBridge {
  if (window.station) return window.station;
  browserBridge ??= bridgeForThisPage();
  return browserBridge;
}

/** Calls a contract channel. Never rejects: a broken bridge becomes an error envelope too. */
export async function invoke<C extends InvokeChannel>(
  channel: C,
  ...params: InvokeParams<C>
): Promise<IpcResponse<InvokeResult<C>>> {
  try {
    return await bridge().invoke(channel, ...params);
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
  return bridge().on(event, listener);
}

/** Browser mode: the host printed a URL whose fragment holds the secret the socket needs. */
function bridgeForThisPage(): StationBridge {
  const secret = new URLSearchParams(window.location.hash.slice(1)).get(SECRET_FRAGMENT_KEY);
  if (!secret) return unreachable();
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const url = `${scheme}://${window.location.host}${BROWSER_IPC_PATH}?${SECRET_FRAGMENT_KEY}=${encodeURIComponent(secret)}`;
  return createBrowserBridge({ url, connect: domSocket });
}

const domSocket: ConnectSocket = (url, on) => {
  const socket = new WebSocket(url);
  socket.onopen = () => on.open();
  socket.onmessage = (event) => {
    if (typeof event.data === 'string') on.message(event.data);
  };
  socket.onclose = () => on.close();
  return { send: (text) => socket.send(text), close: () => socket.close() };
};

/** Opened without the secret (a bookmark, a typed address): say how to get in. */
function unreachable(): StationBridge {
  const refused = {
    ok: false,
    error: {
      code: 'forbidden',
      message:
        'This page cannot reach the station: open the full address `station browser` printed (it ends in #secret=…).',
    },
  } as const;
  return { invoke: async () => refused, on: () => () => {} };
}
