// One sales order, one shipment: which of its fulfillment orders the station packs together. Orders
// go into one box only when their delivery addresses are the same place; an order without an address
// is a box of its own. Orders the station does not pack now (closed, returns, dropshipped, or past
// the label) stay outside every box and are shown as such, so a partial shipment is never a surprise.
import type { Address, FulfillmentOrder } from '../api/equipme.ts';
import type { OutsideReason } from '../ipc/shipment.ts';
import { SHIPPING_TYPES } from './lifecycle.ts';

/** From new to packed the box is open at this station; dispatched orders have left it. */
const BOX_STATUSES: ReadonlySet<string> = new Set(['new', 'inprocess', 'ready-for-delivery']);

export interface BoxCandidate {
  id: number;
  order: Pick<FulfillmentOrder, 'transactionType' | 'fulfillmentType' | 'deliveryAddress'>;
  effectiveStatus: string;
  closed: boolean;
}

const PLACE_FIELDS = [
  'line1',
  'street',
  'number',
  'addition',
  'dependentLocality',
  'city',
  'regionCode',
  'countryCode',
] as const satisfies readonly (keyof Address)[];

const folded = (value: string | null | undefined) =>
  (value ?? '').normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/**
 * The place an address names, for comparing two of them: case, spacing and the postal code's spaces
 * do not matter; the phone number does not name a place. Null without an address.
 */
export function deliveryKey(address: Address | null | undefined): string | null {
  if (!address) return null;
  const postal = folded(address.postalCode).replace(/[\s-]/g, '');
  return JSON.stringify([...PLACE_FIELDS.map((field) => folded(address[field])), postal]);
}

/** Why an order of the sales order is not packed in this shipment, or null when it is. */
export function outsideReason(candidate: BoxCandidate): OutsideReason | null {
  if (candidate.closed) return 'closed';
  const { order } = candidate;
  if (!SHIPPING_TYPES.has(order.transactionType) || order.fulfillmentType === 'dropshipping') {
    return 'not-shipped-here';
  }
  return BOX_STATUSES.has(candidate.effectiveStatus) ? null : 'other-status';
}

export interface ShipmentSplit<T extends BoxCandidate> {
  /** Orders per box, by id; the boxes in the order of their first order. */
  boxes: T[][];
  outside: { candidate: T; reason: OutsideReason }[];
}

export function splitShipment<T extends BoxCandidate>(candidates: readonly T[]): ShipmentSplit<T> {
  const byPlace = new Map<string, T[]>();
  const boxes: T[][] = [];
  const outside: ShipmentSplit<T>['outside'] = [];
  for (const candidate of [...candidates].sort((a, b) => a.id - b.id)) {
    const reason = outsideReason(candidate);
    if (reason) {
      outside.push({ candidate, reason });
      continue;
    }
    const key = deliveryKey(candidate.order.deliveryAddress);
    const box = key === null ? undefined : byPlace.get(key);
    if (box) {
      box.push(candidate);
      continue;
    }
    const opened = [candidate];
    boxes.push(opened);
    if (key !== null) byPlace.set(key, opened);
  }
  return { boxes, outside };
}
