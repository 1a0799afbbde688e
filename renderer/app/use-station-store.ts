import { create } from 'zustand';
import type { StationInfo } from '../../shared/ipc/station.ts';
import { invoke } from '../api/station.ts';

export interface StationState {
  info: StationInfo | null;
  /** Why station:info failed, in the station's words. */
  error: string | null;
  load(): Promise<void>;
}

export const useStationStore = create<StationState>()((set) => ({
  info: null,
  error: null,
  async load() {
    const response = await invoke('station:info');
    set(response.ok ? { info: response.value, error: null } : { error: response.error.message });
  },
}));
