// A scanned or typed code → the orders it opens: our label barcode PSO<orderId> or an order id (when
// that order is cached) name one; else an order number, else an external id (both ignoring case) may
// name several, as fulfillment orders of one sales order share its number. All of them are returned
// (bounded), so the operator chooses: a scan never silently opens one of several.
import { normalizeScan, parseOrderCode } from '../../../shared/domain/scan-codes.ts';
import type { OrderLookupResult, OrderMatch } from '../../../shared/ipc/orders.ts';
import type { StationDb } from '../db/connection.ts';
import { orderMatchById, ordersByExternalId, ordersByNumber } from '../db/order-lookup.ts';

/** More than a chooser can show on one screen means the code is no order number. */
export const MAX_ORDER_MATCHES = 20;

export function lookupOrderCode(db: StationDb, code: string): OrderLookupResult | null {
  const parsed = parseOrderCode(code);
  const byId = parsed.kind === 'text' ? undefined : orderMatchById(db, parsed.orderId);
  if (byId) return found([byId]);
  // An all-digit code that is no cached id may still be an order number or external id.
  const text = parsed.kind === 'text' ? parsed.text : normalizeScan(code);
  if (text === '') return null;
  const byNumber = ordersByNumber(db, text, MAX_ORDER_MATCHES);
  return found(byNumber.length > 0 ? byNumber : ordersByExternalId(db, text, MAX_ORDER_MATCHES));
}

function found(matches: OrderMatch[]): OrderLookupResult | null {
  const [first] = matches;
  return first ? { orderId: first.orderId, matches } : null;
}
