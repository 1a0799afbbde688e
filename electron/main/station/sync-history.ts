// The last changes of the sync status this run saw (online, offline, paused, a new problem), kept in
// memory for the diagnostics zip. The audit log keeps what lasts longer: pauses, database problems,
// pulls.
import type { SyncStatus } from '../../../shared/domain/sync-status.ts';

const KEPT = 100;

export interface SyncStatusChange {
  at: string;
  connectivity: SyncStatus['connectivity'];
  role: SyncStatus['role'];
  alert: SyncStatus['alert'];
  lastProblem: string | null;
}

export interface SyncHistory {
  record(status: SyncStatus): void;
  /** Oldest first. */
  list(): SyncStatusChange[];
}

export function createSyncHistory(now: () => Date): SyncHistory {
  const changes: SyncStatusChange[] = [];
  let last = '';
  return {
    record(status) {
      const { connectivity, role, alert, lastProblem } = status;
      const key = JSON.stringify([connectivity, role, alert, lastProblem]);
      if (key === last) return;
      last = key;
      changes.push({ at: now().toISOString(), connectivity, role, alert, lastProblem });
      if (changes.length > KEPT) changes.shift();
    },
    list: () => [...changes],
  };
}
