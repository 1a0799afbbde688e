/**
 * What the screen shows, kept by main: a page that crashed and reloaded reopens it with its picks
 * (`station:showing` on every change of screen, `station:resume` once after loading), and an update
 * is never installed while an order or a shipment is shown (updates/install-policy.ts).
 */
export type ResumePoint =
  | {
      orderId: number;
      /** The shipment the order was opened from (its back button returns there). */
      fromShipment?: number;
    }
  | { salesOrderId: number };
