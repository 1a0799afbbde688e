// The station bridge of browser mode: the IPC contract over the host's WebSocket, with the same
// invoke/on shape as the preload's `window.station`. The socket is injected (`connect`), so this
// module needs no DOM and runs in tests against the real host.
import type { BrowserBridgeFrame } from '../../shared/ipc/browser-protocol.ts';
import type {
  EventChannel,
  EventPayload,
  InvokeChannel,
  InvokeParams,
  InvokeResult,
  StationBridge,
} from '../../shared/ipc/contract.ts';
import type { IpcResponse } from '../../shared/ipc/envelope.ts';

/** One socket connection; calls `open`, `message` and finally `close` (also after a failed connect). */
export type ConnectSocket = (
  url: string,
  on: { open(): void; message(text: string): void; close(): void },
) => { send(text: string): void; close(): void };

export interface BrowserBridgeOptions {
  /** ws://127.0.0.1:PORT/ipc?secret=… */
  url: string;
  connect: ConnectSocket;
  /** Delay before reconnecting: doubles from initialMs up to maxMs, with jitter. */
  backoff?: { initialMs: number; maxMs: number };
  random?: () => number;
}

export interface BrowserBridge extends StationBridge {
  /** Stops for good: no reconnect; calls answer with an error. */
  close(): void;
}

const LOST = {
  ok: false,
  error: {
    code: 'internal',
    message:
      'The connection to the station was lost. It reconnects by itself: try again in a moment; if it keeps failing, restart the station.',
  },
} as const satisfies IpcResponse<never>;

type Listener = (payload: never) => void;

export function createBrowserBridge(options: BrowserBridgeOptions): BrowserBridge {
  const backoff = options.backoff ?? { initialMs: 250, maxMs: 5_000 };
  const random = options.random ?? Math.random;
  const pending = new Map<number, (response: IpcResponse<unknown>) => void>();
  /** Frames waiting for the connection attempt in flight. */
  let queued: string[] = [];
  const listeners = new Map<string, Set<Listener>>();
  let nextId = 1;
  let failures = 0;
  let everOpen = false;
  let stopped = false;
  let state: 'connecting' | 'open' | 'waiting' = 'connecting';
  let socket: ReturnType<ConnectSocket> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function dispatch(event: string, payload: unknown): void {
    for (const listener of listeners.get(event) ?? []) listener(payload as never);
  }

  function connect(): void {
    state = 'connecting';
    socket = options.connect(options.url, {
      open() {
        state = 'open';
        failures = 0;
        for (const frame of queued) socket?.send(frame);
        queued = [];
        // Events pushed while the socket was down are lost: let every view refresh.
        if (everOpen) dispatch('orders:changed', { orderIds: 'all' });
        everOpen = true;
      },
      message(text) {
        const frame = parse(text);
        if (!frame) return;
        if ('event' in frame) {
          dispatch(frame.event, frame.payload);
          return;
        }
        const resolve = pending.get(frame.id);
        pending.delete(frame.id);
        resolve?.(frame.response);
      },
      close() {
        socket = null;
        queued = [];
        for (const resolve of pending.values()) resolve(LOST);
        pending.clear();
        if (stopped) return;
        state = 'waiting';
        const step = Math.min(backoff.maxMs, backoff.initialMs * 2 ** failures);
        failures++;
        timer = setTimeout(connect, Math.round(step / 2 + (random() * step) / 2));
      },
    });
  }

  connect();

  return {
    invoke<C extends InvokeChannel>(
      channel: C,
      ...params: InvokeParams<C>
    ): Promise<IpcResponse<InvokeResult<C>>> {
      // Between two connection attempts there is nobody to ask: answer at once.
      if (stopped || state === 'waiting') return Promise.resolve(LOST);
      const id = nextId++;
      const frame = JSON.stringify(
        params[0] === undefined ? { id, channel } : { id, channel, args: params[0] },
      );
      return new Promise((resolve) => {
        pending.set(id, resolve as (response: IpcResponse<unknown>) => void);
        if (state === 'open') socket?.send(frame);
        else queued.push(frame);
      });
    },
    on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener as Listener);
      listeners.set(event, set);
      return () => {
        set.delete(listener as Listener);
      };
    },
    close() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      socket?.close();
    },
  };
}

function parse(text: string): BrowserBridgeFrame | undefined {
  try {
    const frame = JSON.parse(text) as unknown;
    if (typeof frame !== 'object' || frame === null) return undefined;
    if ('event' in frame && typeof frame.event === 'string') return frame as BrowserBridgeFrame;
    if ('id' in frame && typeof frame.id === 'number' && 'response' in frame)
      return frame as BrowserBridgeFrame;
    return undefined;
  } catch {
    return undefined;
  }
}
