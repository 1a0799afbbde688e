// One page of the order listing. The envelope must be right or the page is unusable; a bad order
// inside it is set aside as rejected so the valid ones still reach the station.
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { err, ok, type Result } from '../../../shared/domain/result.ts';
import { formatIssues, WITH_INPUT } from './issues.ts';
import { fulfillmentOrderListEnvelopeSchema } from './order-schema.ts';
import { validateOrder } from './validate-order.ts';

export interface RejectedOrder {
  id?: number;
  /** Position in the page's items. */
  index: number;
  message: string;
  /** Paths relative to the order, e.g. `bomItems[2].product.partNumber: expected string, received undefined`. */
  issues: string[];
}

export interface OrderPage {
  /** Valid orders only: an invalid order is never returned as an order. */
  orders: FulfillmentOrder[];
  rejected: RejectedOrder[];
  total: number;
  next?: string;
  previous?: string;
  self: string;
}

/** Reads a FulfillmentOrderList body; the error is the envelope's problems, field by field. */
export function readOrderPage(body: unknown): Result<OrderPage, string[]> {
  const envelope = fulfillmentOrderListEnvelopeSchema.safeParse(body, WITH_INPUT);
  if (!envelope.success) return err(formatIssues(envelope.error));
  const { items, total, next, previous, self } = envelope.data;
  const page: OrderPage = { orders: [], rejected: [], total, self: self.href };
  if (next) page.next = next.href;
  if (previous) page.previous = previous.href;
  items.forEach((item, index) => {
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
  return ok(page);
}
