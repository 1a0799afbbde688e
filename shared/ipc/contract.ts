// The IPC contract: the one place that names channels and their payloads. Main, preload and
// renderer derive their types from here; add a channel by adding an entry to a map and its list.
import type { IpcResponse } from './envelope.ts';
import type { OrderList, OrdersListArgs } from './orders.ts';
import type { StationInfo, StationStatus } from './station.ts';

/** Renderer → main request channels (`domain:verb`). `args: undefined` means the call takes none. */
export interface InvokeContract {
  'station:info': { args: undefined; result: StationInfo };
  'orders:list': { args: OrdersListArgs; result: OrderList };
}

/** Main → renderer pushed events and their payloads. */
export interface EventContract {
  'station:status': StationStatus;
}

export type InvokeChannel = keyof InvokeContract;
export type InvokeArgs<C extends InvokeChannel> = InvokeContract[C]['args'];
export type InvokeResult<C extends InvokeChannel> = InvokeContract[C]['result'];
export type EventChannel = keyof EventContract;
export type EventPayload<E extends EventChannel> = EventContract[E];

export const INVOKE_CHANNELS = ['station:info', 'orders:list'] as const satisfies readonly InvokeChannel[];
export const EVENT_CHANNELS = ['station:status'] as const satisfies readonly EventChannel[];

// Compile-time proof that the lists above name every channel of the maps.
type Exhaustive<L extends readonly string[], U extends string> = [U] extends [L[number]] ? true : never;
export const CHANNEL_LISTS_ARE_EXHAUSTIVE: [
  Exhaustive<typeof INVOKE_CHANNELS, InvokeChannel>,
  Exhaustive<typeof EVENT_CHANNELS, EventChannel>,
] = [true, true];

/** Channels without arguments are called without them; the others need theirs. */
export type InvokeParams<C extends InvokeChannel> =
  undefined extends InvokeArgs<C> ? [args?: InvokeArgs<C>] : [args: InvokeArgs<C>];

/** What the preload exposes as `window.station`: exactly the contract, nothing else. */
export interface StationBridge {
  invoke<C extends InvokeChannel>(
    channel: C,
    ...params: InvokeParams<C>
  ): Promise<IpcResponse<InvokeResult<C>>>;
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
