/**
 * What the screen shows, kept by main so that a page that crashed and reloaded reopens it with its
 * picks (`station:showing` on every change of screen, `station:resume` once after loading).
 */
export interface ResumePoint {
  orderId: number;
  /** The shipment the order was opened from (its back button returns there). */
  fromShipment?: number;
}
