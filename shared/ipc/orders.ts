import type {
  FulfillmentAction,
  FulfillmentOrder,
  FulfillmentStatus,
  FulfillmentType,
  Open,
  TransactionType,
} from '../api/equipme.ts';
import type { OrderSourceName } from '../domain/order-sources.ts';
import type { OutboxEntryView } from './outbox.ts';
import type { ScanMistakeCounts } from './picking.ts';
import type { SalesPicture } from './sales.ts';
import type { ShopOrderView } from './shop-orders.ts';

export type QueueSortKey = 'created' | 'order-number' | 'customer';

/** What the queue asks for: filters, search and one window of the result. Served from the cache. */
export interface OrdersQueryArgs {
  /** Order id/number, external id, customer name, postal code or part number. */
  text?: string;
  statuses?: FulfillmentStatus[];
  transactionTypes?: TransactionType[];
  locationIds?: number[];
  preorder?: boolean;
  /** One source's orders only; absent: every source. */
  source?: OrderSourceName;
  sort: { by: QueueSortKey; direction: 'asc' | 'desc' };
  offset: number;
  /** 1..500 rows per window. */
  limit: number;
  /**
   * The status chips' counts and the locations (`countsByStatus`, `locations`), which no search text
   * changes: 'current' (the default) counts them again when the cache changed since they were last
   * counted; 'as-counted' takes them as last counted for the same locations, so a keystroke never
   * waits for a count (the queue asks 'current' again once `orders:changed` says the cache changed).
   */
  queueFacts?: 'current' | 'as-counted';
}

/** One row of the order queue. */
export interface QueueRow {
  /** The order key: Equipme's id, or a shop order's negative key (shared/domain/order-keys.ts). */
  id: number;
  /** Where the order comes from, read from its key. */
  source: OrderSourceName;
  orderNumber: string;
  externalId: string | null;
  customerName: string;
  /** A status a newer Equipme added is shown as sent ("unknown status `x`"). */
  serverStatus: Open<FulfillmentStatus>;
  /** Server status with this station's pending transitions on top: what the operator sees. */
  effectiveStatus: Open<FulfillmentStatus>;
  transactionType: Open<TransactionType>;
  fulfillmentType: Open<FulfillmentType> | null;
  isPreorder: boolean;
  locationName: string | null;
  /** When the sales order was placed, ISO 8601. */
  created: string;
  postalCode: string | null;
  country: string | null;
  /** Transitions of this order not yet applied by Equipme. */
  pending: number;
  /** Why the order is locked (nothing may be packed, printed or sent), or null. */
  lock: OrderLockReason | null;
  /** The first product's name: with the fulfillment id it tells orders of one number apart. */
  firstProduct: string | null;
  /** The sales order the row belongs to (`order.id`). */
  salesOrderId: number;
  /** Its sales order's group when the sales order has more than one fulfillment order, else null. */
  group: QueueGroup | null;
}

/** What the queue tells about a row's sales order: one shipment of several fulfillment orders. */
export interface QueueGroup {
  /** Open fulfillment orders of the sales order in this station's cache. */
  open: number;
  /** How many the sales order has in Equipme (`items.total`), null without a copy. */
  total: number | null;
  /** Of `open`, those not new or in process: packed, sent or waiting. */
  otherStatus: number;
}

/**
 * Why an order is locked:
 * - `conflict`: Equipme's status differs from what this station's oldest unsent step expects
 *   (someone else moved or cancelled it);
 * - `race`: right after our step was applied, Equipme's status was already past it: another station
 *   moved the order at the same moment (two packers, one box);
 * - `gone`: Equipme no longer gives this station access to the order (403: removed or reassigned).
 */
export type OrderLockReason = 'conflict' | 'race' | 'gone';

/** A lock as the order screen shows it: a red banner, and the ways out. */
export interface OrderLockView {
  reason: OrderLockReason;
  /** Equipme's status as last seen (null when Equipme refuses to show the order). */
  serverStatus: Open<FulfillmentStatus> | null;
  /** Where this station expected the order to be. */
  expected: FulfillmentStatus | null;
  /** ISO time the lock was set. */
  since: string;
  /** What happened and who to ask, in words for the operator. */
  message: string;
  /**
   * "Take Equipme's status" (any operator, with a reason): discard this station's unsent steps of
   * the order. Not offered for a race, which a supervisor must look at (the box may hold a
   * second packer's work).
   */
  canTakeServerStatus: boolean;
}

export interface OrdersQueryResult {
  rows: QueueRow[];
  total: number;
  /**
   * A search matched more orders than it counts (1,000): `total` is that cap, shown as "1,000+"
   * (queue.json `countCapped`). Absent or false: `total` is exact.
   */
  totalCapped?: boolean;
  /**
   * Open orders per effective status, ignoring the status filter (for the filter chips); statuses
   * this station does not know are counted under their own value. Their sum is the "All open" count.
   */
  countsByStatus: Partial<Record<string, number>>;
  /** Warehouse locations present in the cache (for the location filter). */
  locations: { id: number; name: string }[];
  /**
   * The sources the queue's source filter offers: Equipme always, a shop while it is switched on or
   * has orders in the cache. Counted with `countsByStatus`.
   */
  sources: OrderSourceName[];
}

/** Everything the order screen needs about one order. */
export interface OrderDetail {
  /** The order as Equipme sent it; `partnerNote` is sanitized to plain text. */
  order: FulfillmentOrder;
  serverStatus: Open<FulfillmentStatus>;
  effectiveStatus: Open<FulfillmentStatus>;
  /**
   * Actions the lifecycle allows from the effective status, the workflow's next step first.
   * Empty while the order is locked, and for a status or type this station does not know.
   */
  allowedActions: FulfillmentAction[];
  /**
   * Enum values in the order that this station does not know (a newer Equipme), e.g.
   * `{ field: 'status', value: 'on-hold' }`. With an unknown status or transaction type no action
   * is offered; `unknownReason` says so in words.
   */
  unknownValues: { field: string; value: string }[];
  unknownReason: string | null;
  /**
   * Actions outside our lifecycle table that a supervisor may send (PIN + reason) while the station
   * is online: the table is an assumption, Equipme is the authority. Empty when offline, locked,
   * or while steps of the order are still unsent.
   */
  supervisorActions: FulfillmentAction[];
  /** The order is locked (red banner): nothing may be packed, printed or sent until resolved. */
  lock: OrderLockView | null;
  /** This order's outbox entries, oldest first (applied ones included). */
  entries: OutboxEntryView[];
  /** Scanned/confirmed quantity per bomItems index, as saved on this station. */
  picked: number[];
  /** Of `picked`, how many per line were counted by hand (+1 without a scan). */
  manual: number[];
  /** Wrong scans and over-scans on record for this order (audit log). */
  mistakes: ScanMistakeCounts;
  /** Why the pick lines no longer change (the order is packed or closed), or null. */
  picksLocked: string | null;
  /** A supervisor let this order through without complete verification. */
  verificationOverride: { by: string; reason: string; at: string } | null;
  /** Its sales order and customer, from the station's copies. */
  sales: SalesPicture;
  /**
   * A shop order's own facts and its packing status here (null for an Equipme order). Its steps go
   * through `shop:step`; `allowedActions` and `supervisorActions` are empty, as nothing is sent.
   */
  shop: ShopOrderView | null;
}

/** "Take Equipme's status": discard this station's unsent steps of a locked order. */
export interface TakeServerStatusArgs {
  orderId: number;
  reason: string;
}

/** A supervisor releases an order's lock after checking the box and Equipme. */
export interface ReleaseLockArgs {
  orderId: number;
  pin: string;
  reason: string;
}

/** A scanned or typed code that should open an order. */
export interface OrderLookupArgs {
  code: string;
}

/** One order a scanned code names, as the chooser lists it. */
export interface OrderMatch {
  /** The fulfillment order's id. */
  orderId: number;
  orderNumber: string;
  firstProduct: string | null;
  effectiveStatus: Open<FulfillmentStatus>;
  customerName: string;
  /** No longer open (shipped, processed, cancelled). */
  closed: boolean;
}

/** What a code opens. Fulfillment orders of one sales order share its number. */
export interface OrderLookupResult {
  /** The order to open when there is nothing to choose: the first of `matches`. */
  orderId: number;
  /** Every order the code names, open ones first, then the newest (at most 20): two or more, choose. */
  matches: OrderMatch[];
  /**
   * Set when the code is the number of a sales order with two or more fulfillment orders at this
   * station: the code opens that shipment (shipment:get), not one order or a chooser.
   */
  salesOrderId?: number;
}
