// The sales picture of one cached fulfillment order, from the station's copies (db/sales-cache.ts):
// its sales order's note and references, its customer's language, contact, flags and packing
// instructions. A copy was validated against the sales spec when it was fetched; it is still read
// field by field here, and every text is made plain (controls, bidi overrides, markup out).
import { slipLanguageOf } from '../../../shared/domain/label/slip-language.ts';
import { personName } from '../../../shared/domain/person-name.ts';
import { plainLine, plainText } from '../../../shared/domain/plain-text.ts';
import type {
  CustomerView,
  PackingInstruction,
  SalesOrderView,
  SalesPicture,
} from '../../../shared/ipc/sales.ts';
import { type AuditRecord, listAudit } from '../db/audit-log.ts';
import type { StationDb } from '../db/connection.ts';
import { readCustomerCopy, readSalesOrderCopy, type StoredCopy } from '../db/sales-cache.ts';
import { noteText } from '../note-text.ts';

type Json = Record<string, unknown>;

const record = (value: unknown): Json | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
const line = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const text = plainLine(value).trim();
  return text === '' ? null : text;
};

/** A stored copy's JSON; a damaged one reads as none (the next refresh replaces it), never as a failure. */
function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function parsed(copy: StoredCopy | null): { json: Json; fetchedAt: string } | CustomerView | null {
  if (!copy) return { state: 'not-fetched' };
  if (copy.json === null) return { state: 'not-found', fetchedAt: copy.fetchedAt };
  const json = record(parsedJson(copy.json));
  return json ? { json, fetchedAt: copy.fetchedAt } : { state: 'not-fetched' };
}

export function salesOrderView(db: StationDb, salesOrderId: number): SalesOrderView {
  const copy = parsed(readSalesOrderCopy(db, salesOrderId));
  if (!copy || 'state' in copy) return (copy as SalesOrderView | null) ?? { state: 'not-fetched' };
  const { json, fetchedAt } = copy;
  const note = typeof json.note === 'string' ? plainText(noteText(json.note)) : '';
  const total = record(json.items)?.total;
  return {
    state: 'copy',
    fetchedAt,
    orderNumber: line(json.orderNumber) ?? String(salesOrderId),
    note: note === '' ? null : note,
    customerOrderNumber: line(json.customerOrderNumber),
    orderedBy: personName(json.orderedBy),
    fulfillmentOrders: typeof total === 'number' && Number.isInteger(total) && total >= 0 ? total : null,
  };
}

/** The values of the metadata items under `keys`, in the order the settings name the keys. */
function instructionsOf(metadataJson: string | null, keys: readonly string[]): PackingInstruction[] {
  const items = metadataJson === null ? [] : parsedJson(metadataJson);
  if (!Array.isArray(items)) return [];
  const found: PackingInstruction[] = [];
  for (const key of keys) {
    for (const item of items) {
      const entry = record(item);
      if (entry?.key !== key || typeof entry.value !== 'string') continue;
      const text = plainText(entry.value).trim();
      if (text !== '') found.push({ key, text });
    }
  }
  return found;
}

export function customerView(
  db: StationDb,
  customerId: number,
  instructionKeys: readonly string[],
): CustomerView {
  const stored = readCustomerCopy(db, customerId);
  const copy = parsed(stored);
  if (!copy || 'state' in copy) return (copy as CustomerView | null) ?? { state: 'not-fetched' };
  const { json, fetchedAt } = copy;
  const language = line(json.language);
  return {
    state: 'copy',
    fetchedAt,
    name: line(json.name) ?? String(customerId),
    inactive: json.active === false,
    language,
    slipLanguage: slipLanguageOf(language),
    contactName: line(json.contactName),
    contactPhone: line(json.contactPhone),
    instructions: instructionsOf(stored?.metadataJson ?? null, instructionKeys),
  };
}

/** What an acknowledgement is of: the instructions' exact texts, so a changed one is asked again. */
export function instructionsDigest(instructions: readonly PackingInstruction[]): string {
  return JSON.stringify(instructions.map(({ key, text }) => [key, text]));
}

export const INSTRUCTIONS_ACKNOWLEDGED = 'packing-instructions-acknowledged' as const;

/** The newest acknowledgement of exactly these instructions for the order, if any. */
export function acknowledgementOf(
  db: StationDb,
  orderId: number,
  instructions: readonly PackingInstruction[],
): AuditRecord | null {
  if (instructions.length === 0) return null;
  const digest = instructionsDigest(instructions);
  const records = listAudit(db, { orderId, kind: INSTRUCTIONS_ACKNOWLEDGED, limit: 50 });
  return records.find((r) => r.detail.digest === digest) ?? null;
}

export function salesPicture(
  db: StationDb,
  order: { id: number; salesOrderId: number; customerId: number },
  instructionKeys: readonly string[],
): SalesPicture {
  const customer = customerView(db, order.customerId, instructionKeys);
  const acknowledged =
    customer.state === 'copy' ? acknowledgementOf(db, order.id, customer.instructions) : null;
  const instructions = customer.state === 'copy' ? customer.instructions : [];
  return {
    salesOrder: salesOrderView(db, order.salesOrderId),
    customer,
    instructionsAcknowledged: acknowledged ? { by: acknowledged.operator ?? '', at: acknowledged.at } : null,
    instructionsDigest: instructions.length > 0 ? instructionsDigest(instructions) : null,
  };
}

/**
 * Why the label may not print yet: the customer's packing instructions for this order were not
 * acknowledged (or changed since). Null when there are none, or they were.
 */
export function instructionsRefusal(
  db: StationDb,
  order: { id: number; orderNumber: string; customerId: number },
  instructionKeys: readonly string[],
): string | null {
  const customer = customerView(db, order.customerId, instructionKeys);
  if (customer.state !== 'copy' || customer.instructions.length === 0) return null;
  if (acknowledgementOf(db, order.id, customer.instructions)) return null;
  return `${customer.name} has packing instructions for order ${order.orderNumber} that have not been acknowledged: read them on the order screen and acknowledge them, then print the label.`;
}
