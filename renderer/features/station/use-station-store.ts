import { create } from 'zustand';
import type { StationInfo } from '../../../shared/ipc/station.ts';
import { invoke, on } from '../../api/station.ts';

export interface StationState {
  info: StationInfo | null;
  /** Whether Equipme answered the last call; null until the first call. */
  online: boolean | null;
  error: string | null;
  load(): Promise<void>;
  /** Follows `station:status`; returns the function that stops following. */
  watchStatus(): () => void;
}

export const useStationStore = create<StationState>()((set) => ({
  info: null,
  online: null,
  error: null,
  async load() {
    const response = await invoke('station:info');
    set(response.ok ? { info: response.value, error: null } : { error: response.error.message });
  },
  watchStatus() {
    return on('station:status', ({ online }) => set({ online }));
  },
}));
