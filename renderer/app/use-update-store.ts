import { create } from 'zustand';
import type { UpdateView } from '../../shared/ipc/updates.ts';
import { invoke, on } from '../api/station.ts';

export interface UpdateState {
  /** The updater as main last told it; null until loaded. */
  view: UpdateView | null;
  /** Why the last install or later was refused. */
  error: string | null;
  load(): Promise<void>;
  /** Follows the pushed updater state; returns the function that stops following. */
  watch(): () => void;
  installNow(): Promise<void>;
  later(): Promise<void>;
}

export const useUpdateStore = create<UpdateState>()((set) => {
  const apply = (response: Awaited<ReturnType<typeof invoke<'updates:status'>>>) =>
    set(response.ok ? { view: response.value, error: null } : { error: response.error.message });
  return {
    view: null,
    error: null,
    async load() {
      apply(await invoke('updates:status'));
    },
    watch() {
      return on('updates:status', (view) => set({ view }));
    },
    async installNow() {
      apply(await invoke('updates:install'));
    },
    async later() {
      apply(await invoke('updates:later'));
    },
  };
});
