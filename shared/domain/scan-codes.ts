// What a scanned code means to the station: our own order label, an order id, or free text to match
// against order numbers, external ids and pick lines. Codes arrive from keyboard-wedge scanners, so
// they can carry a terminator, stray control characters or GS1 group separators.

import type { ShopSourceName } from './order-sources.ts';

/** Prefix of the order barcode this station prints on its labels: PSO = Packing Station Order. */
export const LABEL_PREFIX = 'PSO';

/** The letter after the prefix that names a shop order's source (Equipme orders have none). */
const SHOP_LETTER: Record<ShopSourceName, string> = { marketplace: 'M', emporix: 'X' };

/** GS1 group separator, how scanners transmit FNC1 between variable-length fields. */
const GROUP_SEPARATOR = '\u001d';

export type OrderCode =
  /** The station's own label barcode. */
  | { kind: 'label'; orderId: number }
  /** The station's own label barcode of a shop order: the shop and the shop's own id. */
  | { kind: 'shop-label'; source: ShopSourceName; id: string }
  /** Only digits: probably an order id, but it may also be an all-digit order number or external id. */
  | { kind: 'order-id'; orderId: number; text: string }
  /** Anything else: match it against order numbers and external ids. */
  | { kind: 'text'; text: string };

/** The label barcode of an order: ASCII only, so it encodes compactly in Code 128 (code set B/C). */
export function labelBarcode(orderId: number): string {
  if (!Number.isSafeInteger(orderId) || orderId <= 0) {
    throw new RangeError(`An order id is a positive integer, got ${orderId}.`);
  }
  return `${LABEL_PREFIX}${orderId}`;
}

/**
 * The label barcode of a shop order, `PSO<letter>:<id>`: the shop's own id, not the station's key
 * (keys differ between stations), so the label opens the order at any station. Characters past
 * letters, digits and `.-_~` are percent-encoded, so the code stays ASCII for Code 128.
 */
export function shopLabelBarcode(source: ShopSourceName, id: string): string {
  if (id === '') throw new RangeError('A shop order id is not empty.');
  return `${LABEL_PREFIX}${SHOP_LETTER[source]}:${encodeURIComponent(id)}`;
}

/** Is this code a label this station prints (of an Equipme or a shop order)? */
export function isOwnLabel(code: string): boolean {
  const kind = parseOrderCode(code).kind;
  return kind === 'label' || kind === 'shop-label';
}

/**
 * Cleans what a scanner sent: drops control characters (a trailing CR/LF/Tab among them), trims, and
 * keeps GS1 separators only between fields (a leading FNC1 goes, a run of them becomes one).
 */
export function normalizeScan(code: string): string {
  const fields = [...code]
    .filter((char) => char === GROUP_SEPARATOR || !isControl(char))
    .join('')
    .split(GROUP_SEPARATOR)
    .map((field) => field.trim())
    .filter((field) => field !== '');
  return fields.join(GROUP_SEPARATOR);
}

/** Reads a scan (or a typed code) that should open an order. */
export function parseOrderCode(code: string): OrderCode {
  const text = normalizeScan(code);
  const label = /^pso(\d+)$/i.exec(text);
  const labelId = label?.[1] === undefined ? null : orderIdFrom(label[1]);
  if (labelId !== null) return { kind: 'label', orderId: labelId };
  const shop = shopLabelFrom(text);
  if (shop) return shop;
  const id = /^\d+$/.test(text) ? orderIdFrom(text) : null;
  if (id !== null) return { kind: 'order-id', orderId: id, text };
  return { kind: 'text', text };
}

/**
 * The GTIN-14 inside a GS1 element string that starts with application identifier (01), as GS1-128
 * and GS1 DataMatrix codes on boxes do; null when the code is not one (or its check digit is wrong).
 */
export function gtinFromGs1(code: string): string | null {
  const text = normalizeScan(code);
  const gtin = text.slice(2, 16);
  const next = text.charAt(16);
  // After the fixed-length (01) field comes the end, a separator or the next field's AI (digits).
  const endsField = next === '' || next === GROUP_SEPARATOR || /\d/.test(next);
  if (!text.startsWith('01') || !/^\d{14}$/.test(gtin) || !endsField) return null;
  return hasValidCheckDigit(gtin) ? gtin : null;
}

/** GS1 mod-10 check digit over any GTIN length (8, 12, 13, 14). */
export function hasValidCheckDigit(gtin: string): boolean {
  if (!/^\d{2,}$/.test(gtin)) return false;
  const digits = [...gtin].map(Number);
  const check = digits.pop();
  // Weights 3,1,3,1… from the digit next to the check digit.
  const sum = digits.reverse().reduce((total, digit, i) => total + digit * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}

function shopLabelFrom(text: string): OrderCode | null {
  const match = /^pso([a-z]):(.+)$/i.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const letter = match[1].toUpperCase();
  const source = (Object.keys(SHOP_LETTER) as ShopSourceName[]).find((s) => SHOP_LETTER[s] === letter);
  if (!source) return null;
  try {
    return { kind: 'shop-label', source, id: decodeURIComponent(match[2]) };
  } catch {
    // A broken percent sign is no label of ours: free text.
    return null;
  }
}

function orderIdFrom(digits: string): number | null {
  const id = Number(digits);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || (code >= 0x7f && code < 0xa0);
}
