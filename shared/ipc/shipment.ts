// One sales order, one shipment: its fulfillment orders at this station, split into boxes by delivery
// address (shared/domain/shipment-boxes.ts). The packer packs a box's orders into one box with one
// label; each order still gets its own transitions through the outbox. Types only; the channels are
// in contract.ts (shipment:*).
import type { Address, FulfillmentAction, FulfillmentStatus, Open, TransactionType } from '../api/equipme.ts';
import type { ReprintCode } from '../domain/label/reprint.ts';
import type { OrderLockReason } from './orders.ts';
import type { OutboxEntryView } from './outbox.ts';
import type { PrintJobView } from './printing.ts';
import type { SalesPicture } from './sales.ts';

export interface ShipmentArgs {
  salesOrderId: number;
}

/** A fulfillment order in a box, as the shipment screen lists it. */
export interface ShipmentOrderView {
  orderId: number;
  effectiveStatus: Open<FulfillmentStatus>;
  firstProduct: string | null;
  /** Units scanned or counted, and units the order's pick lines ask for. */
  picked: number;
  units: number;
  /** Every line is picked, or a supervisor overrode the verification. */
  verified: boolean;
  /** The order is locked: the box may not be labelled or moved on. */
  lock: OrderLockReason | null;
  /** The customer's packing instructions are shown for it and not yet acknowledged. */
  instructionsDue: boolean;
  /** Its transitions not yet applied by Equipme. */
  pending: number;
}

/** The orders of a shipment that go to one delivery address: one box, one label. */
export interface ShipmentBox {
  /** Its orders' ids, ascending: what a label or a step for the box names. */
  orderIds: number[];
  /** The delivery address they share (null: the order has none; such an order is a box of its own). */
  address: Address | null;
  orders: ShipmentOrderView[];
  /** The box's shipping label in the print ledger (the newest that did not fail), or null. */
  label: PrintJobView | null;
  /** Why the box's label may not print now, in words the packer can act on; null when it may. */
  labelRefusal: string | null;
  /**
   * The step the box takes next when all its orders stand in one status (start picking, mark packed,
   * dispatch), else null: the orders are then moved on one by one on their own screens.
   */
  nextStep: { action: FulfillmentAction; from: FulfillmentStatus } | null;
}

/** Why a cached order of the sales order is not in any box of this shipment. */
export type OutsideReason = 'closed' | 'other-status' | 'not-shipped-here';

export interface ShipmentOutsideOrder {
  orderId: number;
  effectiveStatus: Open<FulfillmentStatus>;
  transactionType: Open<TransactionType>;
  reason: OutsideReason;
}

export interface ShipmentView {
  salesOrderId: number;
  orderNumber: string;
  customerName: string;
  /** How many fulfillment orders the sales order has in Equipme (`items.total`), null without a copy. */
  total: number | null;
  /** Its fulfillment orders in this station's cache, open or closed. */
  cached: number;
  /** `total − cached` when the copy says so: orders this station has not got (another location…). */
  missing: number | null;
  /** Two or more boxes: the orders go to different addresses and are never merged silently. */
  boxes: ShipmentBox[];
  /** Cached orders of the sales order outside every box: shown before the label prints. */
  outside: ShipmentOutsideOrder[];
  /** The sales order's note and its customer's packing instructions (of the first cached order). */
  sales: SalesPicture;
}

/** A box as the packer saw it: main refuses when its orders changed since. */
export interface ShipmentBoxArgs {
  salesOrderId: number;
  orderIds: number[];
}

/** One shipping label for a box ("package n of m" across its packages). */
export interface ShipmentLabelArgs extends ShipmentBoxArgs {
  /** 1..20, default 1. */
  packages?: number;
  printerName?: string;
  reprintReason?: string;
  reprintCode?: ReprintCode;
}

/** Move every order of a box one step: each order gets its own outbox entry. */
export interface ShipmentStepArgs extends ShipmentBoxArgs {
  action: FulfillmentAction;
  /** The status the box showed when the button was pressed (as `transitions:enqueue`'s seenStatus). */
  seenStatus: FulfillmentStatus;
  confirmed?: boolean;
}

export type ShipmentStepResult = OutboxEntryView[];
