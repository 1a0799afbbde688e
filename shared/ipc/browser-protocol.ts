// Browser mode speaks the same IPC contract over one WebSocket per page: these are its frames.
import type { EventChannel, EventPayload, InvokeChannel } from './contract.ts';
import type { IpcResponse } from './envelope.ts';

/** Where the browser-mode host accepts the socket; `?secret=` carries the per-launch secret. */
export const BROWSER_IPC_PATH = '/ipc';

/** The page URL carries the secret in its fragment (never sent to a server): `#secret=…`. */
export const SECRET_FRAGMENT_KEY = 'secret';

/** Page → host: one invoke. `id` is the page's own, echoed in the answer. */
export interface InvokeFrame {
  id: number;
  channel: InvokeChannel;
  args?: unknown;
}

/** Host → page: the answer to the invoke with the same id. */
export interface ResponseFrame {
  id: number;
  response: IpcResponse<unknown>;
}

/** Host → page: a pushed contract event. */
export type EventFrame = { [E in EventChannel]: { event: E; payload: EventPayload<E> } }[EventChannel];

/** What the page receives. */
export type BrowserBridgeFrame = ResponseFrame | EventFrame;
