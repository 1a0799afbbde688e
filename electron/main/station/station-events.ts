// The station's pushed events: one hub the Electron glue and the browser-mode host subscribe to.
import type { EventChannel, EventPayload } from '../../../shared/ipc/contract.ts';
import { stationLog } from '../logs/station-log.ts';

/** One pushed contract event, as a discriminated union. */
export type StationEvent = { [E in EventChannel]: { event: E; payload: EventPayload<E> } }[EventChannel];
export type StationEventListener = (event: StationEvent) => void;

export interface EventHub {
  on(listener: StationEventListener): () => void;
  push<E extends EventChannel>(event: E, payload: EventPayload<E>): void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<StationEventListener>();
  return {
    on(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    push(event, payload) {
      const message = { event, payload } as StationEvent;
      for (const listener of listeners) {
        try {
          listener(message);
        } catch (error) {
          // One broken subscriber (a closed window, a dead socket) must not stop the others.
          stationLog.error(`[station] a listener of ${event} failed:`, error);
        }
      }
    },
  };
}
