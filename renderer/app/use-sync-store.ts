import { create } from 'zustand';
import { type StationHealth, stationHealth } from '../../shared/domain/station-health.ts';
import type { SyncStatus } from '../../shared/domain/sync-status.ts';
import { invoke, on } from '../api/station.ts';

export interface SyncState {
  /** The sync engine's last snapshot; null until the first one arrived. */
  status: SyncStatus | null;
  /** Why the last request to the sync engine failed. */
  error: string | null;
  syncing: boolean;
  load(): Promise<void>;
  /** Follows the pushed snapshots; returns the function that stops following. */
  watch(): () => void;
  /** Pulls orders and drains the outbox now. */
  syncNow(): Promise<void>;
}

export const useSyncStore = create<SyncState>()((set, get) => ({
  status: null,
  error: null,
  syncing: false,
  async load() {
    const response = await invoke('sync:status');
    set(response.ok ? { status: response.value, error: null } : { error: response.error.message });
  },
  watch() {
    return on('sync:status', (status) => set({ status }));
  },
  async syncNow() {
    if (get().syncing) return;
    set({ syncing: true });
    const response = await invoke('sync:now');
    set(
      response.ok
        ? { syncing: false, status: response.value, error: null }
        : { syncing: false, error: response.error.message },
    );
  },
}));

/**
 * Header, banners and the outbox read the station's health from here, all from the same snapshot,
 * so they always agree.
 */
export function useStationHealth(): StationHealth {
  const status = useSyncStore((state) => state.status);
  return stationHealth(status, new Date());
}
