// A scanned or typed code → the order it opens: our label barcode PSO<orderId> or an order id (when
// that order is cached), else an order number, else an external id (both ignoring case).
import { normalizeScan, parseOrderCode } from '../../../shared/domain/scan-codes.ts';
import type { StationDb } from '../db/connection.ts';
import { orderExists, orderIdByExternalId, orderIdByNumber } from '../db/order-lookup.ts';

export function lookupOrderCode(db: StationDb, code: string): number | null {
  const parsed = parseOrderCode(code);
  if (parsed.kind !== 'text' && orderExists(db, parsed.orderId)) return parsed.orderId;
  // An all-digit code that is no cached id may still be an order number or external id.
  const text = parsed.kind === 'text' ? parsed.text : normalizeScan(code);
  if (text === '') return null;
  return orderIdByNumber(db, text) ?? orderIdByExternalId(db, text) ?? null;
}
