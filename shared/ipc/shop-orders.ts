// A shop order on the order screen: what the shop sent that Equipme's order shape has no place for,
// and the packing status this station keeps of it itself (the shops are never told, docs/sources.md).
import type { FulfillmentStatus } from '../api/equipme.ts';
import type { ShopSourceName } from '../domain/order-sources.ts';

/** The packing steps a shop order takes here (db/shop-packing.ts): started, packed, handed over. */
export type ShopStepName = 'packing' | 'packed' | 'handed-to-carrier';

/**
 * The shop's own facts of an order, kept in the cached order's JSON under `shop` (the rest of the
 * JSON is the Equipme-shaped order every screen, pick list and label reads).
 */
export interface ShopOrderFacts {
  source: ShopSourceName;
  /** The shop's own id, as text. */
  id: string;
  orderNumber: string;
  /** The shop's status exactly as sent, never translated. */
  status: { code: string; label: string | null };
  shippingMethod: { code: string | null; name: string | null } | null;
  /** Parcels the shop already knows of. */
  shipments: { carrier: string | null; trackingNumber: string | null; shippedAt: string | null }[];
  references: { kind: string; value: string }[];
  notes: { label: string; text: string }[];
  /** What the mapping could not read cleanly, in words. */
  warnings: string[];
  /** Set when a full pull no longer listed the order while it was started here: it stays open. */
  unlistedSince?: string;
}

/** A step this station recorded for a shop order. */
export interface ShopStepView {
  step: ShopStepName;
  status: string;
  operator: string | null;
  at: string;
}

/** `OrderDetail.shop`: a shop order's facts and its local packing status. */
export interface ShopOrderView extends ShopOrderFacts {
  /** The label barcode, `PSO<M|X>:<id>`. */
  labelBarcode: string;
  /** The steps recorded here, oldest first. */
  steps: ShopStepView[];
  /** A label job printed for the order (the print ledger): "label printed". */
  labelPrinted: boolean;
  /** The step the order takes next here, or null once it is handed to the carrier (or closed). */
  nextStep: ShopStepName | null;
}

/** `shop:step`: one packing step of a shop order, pressed on the status the screen showed. */
export interface ShopStepArgs {
  orderId: number;
  step: ShopStepName;
  seenStatus: FulfillmentStatus;
  confirmed?: boolean;
}
