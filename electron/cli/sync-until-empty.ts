// `station sync --until-empty`: watch the engine's status until the outbox is settled, cannot move
// on without an operator, the station is paused, Equipme is switched off, the time is up or the run
// is interrupted.
import type { StationAlert, SyncStatus } from '../../shared/domain/sync-status.ts';
import { unsettled } from '../../shared/domain/sync-status.ts';
import type { SyncEngine } from '../main/sync/sync-engine.ts';

export type SyncEnding =
  | { kind: 'empty' }
  /** Every unsettled entry is failed or held behind a failed one. */
  | { kind: 'stuck' }
  | { kind: 'alert'; alert: StationAlert }
  /** Equipme was switched off in Settings while the command ran: nothing more is sent. */
  | { kind: 'switched-off' }
  | { kind: 'timeout' }
  | { kind: 'interrupted' };

function endingOf(status: SyncStatus): SyncEnding | undefined {
  const { pending, sending, failed, held } = status.counts;
  if (status.alert) return { kind: 'alert', alert: status.alert };
  if (status.switchedOff) return { kind: 'switched-off' };
  if (unsettled(status.counts) === 0) return { kind: 'empty' };
  if (pending + sending === 0 && failed + held > 0) return { kind: 'stuck' };
  return undefined;
}

export function untilEmpty(
  engine: SyncEngine,
  signal: AbortSignal,
  timeoutMs: number | undefined,
): Promise<SyncEnding> {
  return new Promise((resolve) => {
    const finish = (ending: SyncEnding): void => {
      unsubscribe();
      clearTimeout(timer);
      signal.removeEventListener('abort', interrupted);
      resolve(ending);
    };
    const check = (status: SyncStatus): void => {
      const ending = endingOf(status);
      if (ending) finish(ending);
    };
    const interrupted = (): void => finish({ kind: 'interrupted' });
    const unsubscribe = engine.onStatus(check);
    const timer =
      timeoutMs === undefined ? undefined : setTimeout(() => finish({ kind: 'timeout' }), timeoutMs);
    signal.addEventListener('abort', interrupted, { once: true });
    if (signal.aborted) interrupted();
    else check(engine.status());
  });
}
