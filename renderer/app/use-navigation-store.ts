import { create } from 'zustand';

/** The screen the station shows; the order screen carries the order it is about. */
export type Screen =
  | { name: 'queue' }
  | { name: 'order'; orderId: number }
  | { name: 'settings' }
  | { name: 'outbox' };

export interface NavigationState {
  screen: Screen;
  openQueue(): void;
  openOrder(orderId: number): void;
  openSettings(): void;
  openOutbox(): void;
}

export const useNavigationStore = create<NavigationState>()((set) => ({
  screen: { name: 'queue' },
  openQueue: () => set({ screen: { name: 'queue' } }),
  openOrder: (orderId) => set({ screen: { name: 'order', orderId } }),
  openSettings: () => set({ screen: { name: 'settings' } }),
  openOutbox: () => set({ screen: { name: 'outbox' } }),
}));
