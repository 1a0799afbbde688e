import type {
  FulfillmentAction,
  FulfillmentOrder,
  FulfillmentStatus,
  FulfillmentType,
  TransactionType,
} from '../api/equipme.ts';
import type { OutboxEntryView } from './outbox.ts';

export type QueueSortKey = 'created' | 'order-number' | 'customer';

/** What the queue asks for: filters, search and one window of the result. Served from the cache. */
export interface OrdersQueryArgs {
  /** Order id/number, external id, customer name, postal code or part number. */
  text?: string;
  statuses?: FulfillmentStatus[];
  transactionTypes?: TransactionType[];
  locationIds?: number[];
  preorder?: boolean;
  sort: { by: QueueSortKey; direction: 'asc' | 'desc' };
  offset: number;
  /** 1..500 rows per window. */
  limit: number;
}

/** One row of the order queue. */
export interface QueueRow {
  id: number;
  orderNumber: string;
  externalId: string | null;
  customerName: string;
  serverStatus: FulfillmentStatus;
  /** Server status with this station's pending transitions on top: what the operator sees. */
  effectiveStatus: FulfillmentStatus;
  transactionType: TransactionType;
  fulfillmentType: FulfillmentType | null;
  isPreorder: boolean;
  locationName: string | null;
  /** When the sales order was placed, ISO 8601. */
  created: string;
  postalCode: string | null;
  country: string | null;
  /** Transitions of this order not yet applied by Equipme. */
  pending: number;
  /** The server moved the order while this station had transitions pending. */
  conflict: boolean;
}

export interface OrdersQueryResult {
  rows: QueueRow[];
  total: number;
  /** Open orders per effective status, ignoring the status filter (for the filter chips). */
  countsByStatus: Partial<Record<FulfillmentStatus, number>>;
  /** Warehouse locations present in the cache (for the location filter). */
  locations: { id: number; name: string }[];
}

/** Everything the order screen needs about one order. */
export interface OrderDetail {
  /** The order as Equipme sent it; `partnerNote` is sanitized to plain text. */
  order: FulfillmentOrder;
  serverStatus: FulfillmentStatus;
  effectiveStatus: FulfillmentStatus;
  /** Actions the lifecycle allows from the effective status, the workflow's next step first. */
  allowedActions: FulfillmentAction[];
  /** This order's outbox entries, oldest first (applied ones included). */
  entries: OutboxEntryView[];
  /** Scanned/confirmed quantity per bomItems index, as saved on this station. */
  picked: number[];
  /** A supervisor let this order through without complete verification. */
  verificationOverride: { by: string; reason: string; at: string } | null;
  conflict: { serverStatus: FulfillmentStatus; expectedBefore: FulfillmentStatus } | null;
}

/** A scanned or typed code that should open an order. */
export interface OrderLookupArgs {
  code: string;
}
