// A `window.station` stand-in: answers invoke channels from a table and lets tests push events.
import type {
  EventChannel,
  EventPayload,
  InvokeChannel,
  InvokeResult,
  StationBridge,
} from '../../shared/ipc/contract.ts';
import type { IpcResponse } from '../../shared/ipc/envelope.ts';

export type FakeAnswers = { [C in InvokeChannel]?: () => IpcResponse<InvokeResult<C>> };

export function installFakeStation(answers: FakeAnswers) {
  const listeners = new Map<string, Set<(payload: never) => void>>();
  const calls: { channel: string; args: unknown }[] = [];
  const bridge: StationBridge = {
    async invoke(channel, ...params) {
      calls.push({ channel, args: params[0] });
      const answer = answers[channel];
      if (!answer) throw new Error(`no fake answer for ${channel}`);
      return answer() as never;
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
    push<E extends EventChannel>(event: E, payload: EventPayload<E>) {
      for (const listener of listeners.get(event) ?? []) listener(payload as never);
    },
  };
}
