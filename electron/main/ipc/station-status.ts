import type { Result } from '../../../shared/domain/result.ts';
import type { EventChannel, EventPayload } from '../../../shared/ipc/contract.ts';

/** Sends a contract event to the renderer (the glue binds it to the window's webContents). */
export type PushEvent = <E extends EventChannel>(event: E, payload: EventPayload<E>) => void;

/** Failures that mean Equipme was not reached (a captive portal's page counts: not Equipme). */
const UNREACHABLE_KINDS: ReadonlySet<string> = new Set([
  'offline',
  'connection-lost',
  'timeout',
  'invalid-response',
]);

export interface StationStatus {
  /** Called with every Equipme API result; pushes `station:status` so a freshly loaded window learns it too. */
  reportApiResult(result: Result<unknown, { kind: string }>): void;
}

export function createStationStatus(push: PushEvent): StationStatus {
  return {
    reportApiResult(result) {
      if (!result.ok && result.error.kind === 'aborted') return;
      push('station:status', { online: result.ok || !UNREACHABLE_KINDS.has(result.error.kind) });
    },
  };
}
