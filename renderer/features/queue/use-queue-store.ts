import { create } from 'zustand';
import { OPEN_STATUSES } from '../../../shared/domain/lifecycle.ts';
import type { OrderSummary } from '../../../shared/ipc/orders.ts';
import { invoke } from '../../api/station.ts';

/** The queue shows open orders only, up to this many at a time. */
const QUEUE_QUERY = { status: [...OPEN_STATUSES], limit: 500 };

export interface QueueState {
  orders: OrderSummary[];
  /** How many open orders Equipme has, which may be more than the queue shows. */
  total: number;
  /** True once a load has succeeded: until then there is no count to show. */
  loaded: boolean;
  loading: boolean;
  /** What went wrong on the last load, worded for the operator; the previous list stays visible. */
  error: string | null;
  load(): Promise<void>;
}

export const useQueueStore = create<QueueState>()((set, get) => ({
  orders: [],
  total: 0,
  loaded: false,
  loading: false,
  error: null,
  async load() {
    if (get().loading) return;
    set({ loading: true, error: null });
    const response = await invoke('orders:list', QUEUE_QUERY);
    if (response.ok) {
      set({ loaded: true, loading: false, orders: response.value.orders, total: response.value.total });
    } else {
      set({ loading: false, error: response.error.message });
    }
  },
}));
