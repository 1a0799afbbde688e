import { create } from 'zustand';

/**
 * The screen the station shows; the order screen carries the order it is about (and the shipment it
 * was opened from, where its back button returns), the shipment screen its sales order.
 */
export type Screen =
  | { name: 'queue' }
  | { name: 'order'; orderId: number; fromShipment?: number }
  | { name: 'shipment'; salesOrderId: number }
  | { name: 'settings' }
  | { name: 'outbox' };

export interface NavigationState {
  screen: Screen;
  openQueue(): void;
  openOrder(orderId: number): void;
  /** An order of a shipment's box: back from it returns to the shipment. */
  openShipmentOrder(orderId: number, salesOrderId: number): void;
  openShipment(salesOrderId: number): void;
  openSettings(): void;
  openOutbox(): void;
  /** Escape or the back button: an order returns to the shipment it came from, else to the queue. */
  back(): void;
}

export const useNavigationStore = create<NavigationState>()((set, get) => ({
  screen: { name: 'queue' },
  openQueue: () => set({ screen: { name: 'queue' } }),
  openOrder: (orderId) => set({ screen: { name: 'order', orderId } }),
  openShipmentOrder: (orderId, salesOrderId) =>
    set({ screen: { name: 'order', orderId, fromShipment: salesOrderId } }),
  openShipment: (salesOrderId) => set({ screen: { name: 'shipment', salesOrderId } }),
  openSettings: () => set({ screen: { name: 'settings' } }),
  openOutbox: () => set({ screen: { name: 'outbox' } }),
  back() {
    const { screen } = get();
    if (screen.name === 'order' && screen.fromShipment !== undefined) get().openShipment(screen.fromShipment);
    else get().openQueue();
  },
}));
