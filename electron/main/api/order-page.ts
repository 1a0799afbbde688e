// One page of the order listing. The envelope must be right or the page is unusable; a bad order
// inside it is set aside as rejected so the valid ones still reach the station.
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { err, ok, type Result } from '../../../shared/domain/result.ts';
import { formatIssues, WITH_INPUT } from './issues.ts';
import { creationInstantSchema, fulfillmentOrderListEnvelopeSchema } from './order-schema.ts';
import { readableId, validateOrder } from './validate-order.ts';

export interface RejectedOrder {
  id?: number;
  /** Position in the page's items. */
  index: number;
  message: string;
  /** Paths relative to the order, e.g. `bomItems[2].product.partNumber: expected string, received undefined`. */
  issues: string[];
}

interface PageLinks {
  total: number;
  next?: string;
  previous?: string;
  self: string;
}

export interface OrderPage extends PageLinks {
  /** Valid orders only: an invalid order is never returned as an order. */
  orders: FulfillmentOrder[];
  rejected: RejectedOrder[];
}

/** A page whose envelope is checked and whose orders are not yet (`checkListedPage`). */
export interface ListedPage extends PageLinks {
  items: unknown[];
}

/** Where an unchecked order stands in the listing: its id and creation time, when readable. */
export interface ListingPosition {
  id?: number;
  /** Milliseconds since the epoch; a time without a zone is read as UTC. */
  created?: number;
}

/** Reads a FulfillmentOrderList body; the error is the envelope's problems, field by field. */
export function readOrderPage(body: unknown): Result<OrderPage, string[]> {
  const listed = readListedPage(body);
  return listed.ok ? ok(checkListedPage(listed.value)) : listed;
}

/** Reads a FulfillmentOrderList envelope, leaving its orders unchecked. */
export function readListedPage(body: unknown): Result<ListedPage, string[]> {
  const envelope = fulfillmentOrderListEnvelopeSchema.safeParse(body, WITH_INPUT);
  if (!envelope.success) return err(formatIssues(envelope.error));
  const { items, total, next, previous, self } = envelope.data;
  const page: ListedPage = { items, total, self: self.href };
  if (next) page.next = next.href;
  if (previous) page.previous = previous.href;
  return ok(page);
}

/**
 * Checks every order of a listed page against the spec. Each item leaves `listed` as it is checked
 * (the page is empty afterwards): a page is never held twice over, as parsed and as checked.
 */
export function checkListedPage(listed: ListedPage): OrderPage {
  const { items, ...links } = listed;
  const page: OrderPage = { ...links, orders: [], rejected: [] };
  items.forEach((item, index) => {
    items[index] = undefined;
    const order = validateOrder(item);
    if (order.ok) {
      page.orders.push(order.value);
      return;
    }
    const { orderId, issues, message } = order.error;
    page.rejected.push({
      ...(orderId === undefined ? {} : { id: orderId }),
      index,
      issues,
      message,
    });
  });
  items.length = 0;
  return page;
}

/** Reads only an item's id and `order.created`, each only if it has the spec's form. */
export function listingPosition(item: unknown): ListingPosition {
  const position: ListingPosition = {};
  const id = readableId(item);
  if (id !== undefined) position.id = id;
  const created = creationInstantSchema.safeParse(salesOrderOf(item)?.created);
  const at = created.success ? creationTime(created.data) : Number.NaN;
  if (!Number.isNaN(at)) position.created = at;
  return position;
}

function salesOrderOf(item: unknown): { created?: unknown } | undefined {
  if (typeof item !== 'object' || item === null || !('order' in item)) return undefined;
  const { order } = item;
  return typeof order === 'object' && order !== null ? order : undefined;
}

/** Equipme may send a time without a zone (.NET); the station reads it as UTC. */
function creationTime(text: string): number {
  return Date.parse(/(?:Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${text}Z`);
}
