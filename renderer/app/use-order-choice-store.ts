// A scan that names several orders waits here for the operator to choose: fulfillment orders of one
// sales order share its number. The scan router offers the choice, the order chooser shows it.
import { create } from 'zustand';
import type { OrderMatch } from '../../shared/ipc/orders.ts';

export interface OrderChoice {
  /** What was scanned or typed. */
  code: string;
  /** Two or more, open ones first. */
  matches: OrderMatch[];
}

export interface OrderChoiceState {
  choice: OrderChoice | null;
  offer(choice: OrderChoice): void;
  close(): void;
}

export const useOrderChoiceStore = create<OrderChoiceState>()((set) => ({
  choice: null,
  offer: (choice) => set({ choice }),
  close: () => set({ choice: null }),
}));
