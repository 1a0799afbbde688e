// A `window.station` stand-in: answers invoke channels from a table (each answer gets the call's
// arguments), records every call and lets tests push events.
import type {
  EventChannel,
  EventPayload,
  InvokeArgs,
  InvokeChannel,
  InvokeResult,
  StationBridge,
} from '../../shared/ipc/contract.ts';
import type { IpcResponse } from '../../shared/ipc/envelope.ts';

export type FakeAnswers = {
  [C in InvokeChannel]?: (
    args: InvokeArgs<C>,
  ) => IpcResponse<InvokeResult<C>> | Promise<IpcResponse<InvokeResult<C>>>;
};

export interface FakeCall {
  channel: InvokeChannel;
  args: unknown;
}

export function installFakeStation(answers: FakeAnswers) {
  const listeners = new Map<string, Set<(payload: never) => void>>();
  const calls: FakeCall[] = [];
  const bridge: StationBridge = {
    async invoke(channel, ...params) {
      calls.push({ channel, args: params[0] });
      const answer = answers[channel] as ((args: unknown) => unknown) | undefined;
      if (!answer) throw new Error(`no fake answer for ${channel}`);
      return (await answer(params[0])) as never;
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
  window.station = bridge;
  return {
    calls,
    /** The arguments of every call of one channel, oldest first. */
    argsOf<C extends InvokeChannel>(channel: C): InvokeArgs<C>[] {
      return calls.filter((call) => call.channel === channel).map((call) => call.args as InvokeArgs<C>);
    },
    push<E extends EventChannel>(event: E, payload: EventPayload<E>) {
      for (const listener of listeners.get(event) ?? []) listener(payload as never);
    },
    listenerCount(event: EventChannel): number {
      return listeners.get(event)?.size ?? 0;
    },
  };
}

export type FakeStation = ReturnType<typeof installFakeStation>;
