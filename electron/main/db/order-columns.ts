// How a pulled FulfillmentOrder maps onto the orders table, and a row back onto what callers see.
import type {
  FulfillmentOrder,
  FulfillmentStatus,
  FulfillmentType,
  Open,
  TransactionType,
} from '../../../shared/api/equipme.ts';
import type { OrderLockReason } from '../../../shared/ipc/orders.ts';

/**
 * Why nothing may be packed, printed or sent for an order until someone resolves it (see
 * shared/ipc/orders.ts OrderLockReason). A `conflict` or `gone` lock that names an entry lifts by
 * itself once that entry is no longer unsent (discarded, or applied after all).
 */
export interface OrderLock {
  reason: OrderLockReason;
  serverStatus: Open<FulfillmentStatus> | null;
  expected: FulfillmentStatus | null;
  entryId: string | null;
  since: string;
}

export interface OrderSummary {
  id: number;
  orderNumber: string;
  salesOrderId: number;
  externalId: string | null;
  serverStatus: Open<FulfillmentStatus>;
  /** Server status with this station's unapplied transitions on top: what the operator works with. */
  effectiveStatus: Open<FulfillmentStatus>;
  transactionType: Open<TransactionType>;
  fulfillmentType: Open<FulfillmentType> | null;
  customerId: number;
  customerName: string;
  locationId: number | null;
  locationName: string | null;
  isPreorder: boolean;
  createdAt: string;
  postalCode: string | null;
  countryCode: string | null;
  partNumbers: string[];
  pulledAt: string;
  closed: boolean;
  lock: OrderLock | null;
}

export interface CachedOrder extends OrderSummary {
  order: FulfillmentOrder;
}

/** Columns derived from the order itself (status, pull time, closed and lock are set by the caller). */
export function orderColumns(order: FulfillmentOrder) {
  const address = order.deliveryAddress;
  const location = order.assignments?.location;
  const partNumbers = (order.bomItems ?? []).flatMap((item) =>
    item.product?.partNumber ? [item.product.partNumber] : [],
  );
  // A shop order's key is the station's own (negative): its shop id is the external id, and its
  // reference numbers are searched too.
  const shopReferences = (order as { shop?: { references?: { value: string }[] } }).shop?.references ?? [];
  const searchable = [
    order.id > 0 ? String(order.id) : null,
    order.order.orderNumber,
    order.externalId,
    order.customer.name,
    address?.postalCode,
    ...partNumbers,
    ...shopReferences.map((ref) => ref.value),
  ];
  return {
    id: order.id,
    orderNumber: order.order.orderNumber,
    salesOrderId: order.order.id,
    externalId: order.externalId ?? null,
    transactionType: order.transactionType,
    fulfillmentType: order.fulfillmentType ?? null,
    customerId: order.customer.id,
    customerName: order.customer.name,
    locationId: location?.id ?? null,
    locationName: location?.name ?? null,
    isPreorder: order.isPreorder === true ? 1 : 0,
    createdAt: order.order.created,
    postalCode: address?.postalCode ?? null,
    countryCode: address?.countryCode ?? null,
    partNumbers: JSON.stringify(partNumbers),
    // One field per line: a search term never spans two fields (terms never contain a newline).
    searchText: searchable.filter((value) => value).join('\n'),
    json: JSON.stringify(order),
  };
}

/** SELECT list (aliased to OrderSummary names) for `orders AS o`. */
export const SUMMARY_COLUMNS = `o.id, o.order_number AS orderNumber, o.sales_order_id AS salesOrderId,
  o.external_id AS externalId, o.server_status AS serverStatus, o.effective_status AS effectiveStatus,
  o.transaction_type AS transactionType, o.fulfillment_type AS fulfillmentType,
  o.customer_id AS customerId, o.customer_name AS customerName, o.location_id AS locationId,
  o.location_name AS locationName, o.is_preorder AS isPreorder, o.created_at AS createdAt,
  o.postal_code AS postalCode, o.country_code AS countryCode, o.part_numbers AS partNumbers,
  o.pulled_at AS pulledAt, o.closed, o.lock`;

export interface SummaryRow extends Omit<OrderSummary, 'isPreorder' | 'partNumbers' | 'closed' | 'lock'> {
  isPreorder: number;
  partNumbers: string;
  closed: number;
  lock: string | null;
}

export function toSummary(row: SummaryRow): OrderSummary {
  return {
    ...row,
    isPreorder: row.isPreorder === 1,
    partNumbers: JSON.parse(row.partNumbers) as string[],
    closed: row.closed === 1,
    lock: row.lock === null ? null : (JSON.parse(row.lock) as OrderLock),
  };
}
