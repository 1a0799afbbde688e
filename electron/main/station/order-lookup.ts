// A scanned or typed code → the orders it opens: our label barcode PSO<orderId> (PSO<letter>:<id> for
// a shop order, see docs/sources.md) or an order id (when that order is cached) name one; else an
// order number, else an external id (both ignoring case) may name several, as fulfillment orders of
// one sales order share its number. All of them are returned (bounded), so the operator chooses: a
// scan never silently opens one of several. A sales order number whose orders are one shipment (two
// or more here, or by the sales order's copy) opens that shipment instead.
import { normalizeScan, parseOrderCode } from '../../../shared/domain/scan-codes.ts';
import type { OrderLookupResult, OrderMatch } from '../../../shared/ipc/orders.ts';
import type { StationDb } from '../db/connection.ts';
import {
  orderMatchById,
  ordersByExternalId,
  ordersByNumber,
  salesOrdersByNumber,
} from '../db/order-lookup.ts';
import { salesOrderGroups } from '../db/order-queue-facts.ts';
import { shopOrderKey } from '../db/shop-orders.ts';

/** More than a chooser can show on one screen means the code is no order number. */
export const MAX_ORDER_MATCHES = 20;

export function lookupOrderCode(db: StationDb, code: string): OrderLookupResult | null {
  const parsed = parseOrderCode(code);
  if (parsed.kind === 'shop-label') {
    // A shop order's label names the shop's own id: the key is this station's.
    const key = shopOrderKey(db, { source: parsed.source, id: parsed.id });
    const match = key === null ? undefined : orderMatchById(db, key);
    return match ? found([match]) : null;
  }
  const byId = parsed.kind === 'text' ? undefined : orderMatchById(db, parsed.orderId);
  if (byId) return found([byId]);
  // An all-digit code that is no cached id may still be an order number or external id.
  const text = parsed.kind === 'text' ? parsed.text : normalizeScan(code);
  if (text === '') return null;
  const byNumber = ordersByNumber(db, text, MAX_ORDER_MATCHES);
  if (byNumber.length === 0) return found(ordersByExternalId(db, text, MAX_ORDER_MATCHES));
  const salesOrderId = shipmentOf(db, text, byNumber.length);
  const result = found(byNumber);
  return result && salesOrderId !== null ? { ...result, salesOrderId } : result;
}

/**
 * The sales order a number opens as one shipment: every order of that number belongs to it, and it
 * has two or more here, or its copy says it has. Orders of two sales orders that share a number (an
 * ERP that reused one) are left to the chooser.
 */
function shipmentOf(db: StationDb, orderNumber: string, matches: number): number | null {
  const [salesOrderId, other] = salesOrdersByNumber(db, orderNumber);
  if (salesOrderId === undefined || other !== undefined) return null;
  if (matches >= 2) return salesOrderId;
  const total = salesOrderGroups(db, [salesOrderId]).get(salesOrderId)?.total ?? 0;
  return total >= 2 ? salesOrderId : null;
}

function found(matches: OrderMatch[]): OrderLookupResult | null {
  const [first] = matches;
  return first ? { orderId: first.orderId, matches } : null;
}
