import { create } from 'zustand';
import type { IpcError } from '../../../shared/ipc/envelope.ts';
import type { OutboxEntryView, TableDisagreement } from '../../../shared/ipc/outbox.ts';
import { invoke } from '../../api/station.ts';

export interface OutboxState {
  entries: OutboxEntryView[];
  loaded: boolean;
  /** Why the last load failed; the previous list stays visible. */
  error: string | null;
  /** Order numbers of the entries' orders, as far as the cache knows them. */
  orderNumbers: Record<number, string>;
  /** Where Equipme and our lifecycle table disagreed, newest first (null until loaded). */
  disagreements: TableDisagreement[] | null;
  disagreementsError: string | null;
  load(): Promise<void>;
  loadDisagreements(): Promise<void>;
  /** Looks up the order numbers not known yet (the entry only carries the order id). */
  resolveOrderNumbers(orderIds: readonly number[]): Promise<void>;
  retry(entryId: string): Promise<IpcError | null>;
  discard(entryId: string, reason: string): Promise<IpcError | null>;
}

export const useOutboxStore = create<OutboxState>()((set, get) => ({
  entries: [],
  loaded: false,
  error: null,
  orderNumbers: {},
  disagreements: null,
  disagreementsError: null,
  async loadDisagreements() {
    const response = await invoke('outbox:disagreements');
    set(
      response.ok
        ? { disagreements: response.value, disagreementsError: null }
        : { disagreementsError: response.error.message },
    );
  },
  async load() {
    const response = await invoke('outbox:list', {});
    set(
      response.ok
        ? { entries: response.value, loaded: true, error: null }
        : { error: response.error.message },
    );
  },
  async resolveOrderNumbers(orderIds) {
    const known = get().orderNumbers;
    const missing = [...new Set(orderIds)].filter((id) => known[id] === undefined);
    const found = await Promise.all(
      missing.map(async (orderId) => {
        const response = await invoke('orders:get', { orderId });
        return response.ok ? ([orderId, response.value.order.order.orderNumber] as const) : null;
      }),
    );
    const additions = Object.fromEntries(found.filter((pair) => pair !== null));
    if (Object.keys(additions).length > 0) set({ orderNumbers: { ...get().orderNumbers, ...additions } });
  },
  async retry(entryId) {
    const response = await invoke('outbox:retry', { entryId });
    if (!response.ok) return response.error;
    await get().load();
    return null;
  },
  async discard(entryId, reason) {
    const response = await invoke('outbox:discard', { entryId, reason });
    if (!response.ok) return response.error;
    await get().load();
    return null;
  },
}));
