import { create } from 'zustand';
import type { IpcError } from '../../shared/ipc/envelope.ts';
import type { SettingsUpdateArgs, SettingsView } from '../../shared/ipc/settings.ts';
import type { SourceSettingsUpdateArgs } from '../../shared/ipc/sources.ts';
import { invoke } from '../api/station.ts';
import { initI18n } from '../i18n/index.ts';
import { useStationStore } from './use-station-store.ts';
import { useSyncStore } from './use-sync-store.ts';

export interface SettingsState {
  /** As main reports them: secrets only as "is one set". Null until loaded. */
  settings: SettingsView | null;
  error: string | null;
  load(): Promise<void>;
  /** Saves a change; resolves to the station's error, or null when saved. */
  update(change: SettingsUpdateArgs): Promise<IpcError | null>;
  /** Saves a change to one order source; resolves to the station's error, or null when saved. */
  updateSource(change: SourceSettingsUpdateArgs): Promise<IpcError | null>;
}

type SavedListener = (change: SettingsUpdateArgs, settings: SettingsView) => void;
const savedListeners = new Set<SavedListener>();

/** Call `listener` after each saved change (e.g. the queue follows the station's locations). */
export function onSettingsSaved(listener: SavedListener): () => void {
  savedListeners.add(listener);
  return () => savedListeners.delete(listener);
}

export const useSettingsStore = create<SettingsState>()((set) => ({
  settings: null,
  error: null,
  async load() {
    const response = await invoke('settings:get');
    set(response.ok ? { settings: response.value, error: null } : { error: response.error.message });
  },
  async update(change) {
    const response = await invoke('settings:update', change);
    if (!response.ok) return response.error;
    set({ settings: response.value, error: null });
    if (change.locale) initI18n(response.value.locale);
    for (const listener of savedListeners) listener(change, response.value);
    // Another API (or the demo simulator): the header's mode and the connection follow.
    if (change.apiUrl !== undefined) {
      void useStationStore.getState().load();
      void useSyncStore.getState().load();
    }
    return null;
  },
  async updateSource(change) {
    const response = await invoke('settings:update-source', change);
    if (!response.ok) return response.error;
    set({ settings: response.value, error: null });
    return null;
  },
}));
