// An Equipme fulfillment order as a SourceOrder: the bill of materials are the pick lines (part number
// as the sku), the delivery address as it was sent, the numbers people look for as references, the
// partner note. The order has already been checked against the spec (api/validate-order.ts), so every
// text is plain of control characters; markup in a note stays the text it is, for whoever shows it
// to make plain (a SourceOrder is data). The reverse direction, for the shops, is sync/shop-as-order.ts.
import type { FulfillmentOrder } from '../../../../shared/api/equipme.ts';
import {
  LIFECYCLE,
  SHIPPING_TYPES,
  shipsParcel,
  traitsOf,
  unknownToStation,
} from '../../../../shared/domain/lifecycle.ts';
import type { SourceAddress, SourceOrder, SourcePickLine, SourceReference } from '../order-source.ts';

/** Blank text is no text. */
const given = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/**
 * The statuses a station packs in: where the table's next step is the packer's (`process`: start
 * picking, mark packed) or the hand-over (`dispatchDelivery`). After the hand-over the parcel is gone.
 */
export const PACKING_STATUSES: ReadonlySet<string> = new Set(
  LIFECYCLE.filter((move) => move.action === 'process' || move.action === 'dispatchDelivery').map(
    (move) => move.from,
  ),
);

export function equipmeAsSourceOrder(order: FulfillmentOrder): SourceOrder {
  const warnings: string[] = [];
  const traits = traitsOf(order);
  const unknown = unknownToStation(order.status, traits);
  if (unknown !== null) warnings.push(unknown);
  const pickLines = lines(order, warnings);
  if (pickLines.length === 0 && SHIPPING_TYPES.has(order.transactionType)) {
    warnings.push('The order has nothing to pick.');
  }
  const deliveryAddress = order.deliveryAddress ? address(order.deliveryAddress, warnings) : null;
  return {
    key: { source: 'equipme', id: String(order.id) },
    orderNumber: order.order.orderNumber,
    createdAt: given(order.order.created),
    status: { code: order.status, label: null },
    // A parcel this station packs and has not handed over: in-house, with something to put in a box.
    packable:
      unknown === null &&
      PACKING_STATUSES.has(order.status) &&
      order.fulfillmentType !== 'dropshipping' &&
      shipsParcel(traits),
    customerName: given(order.customer.name),
    pickLines,
    deliveryAddress,
    // Equipme names no shipping method and no parcel of its own: the station prints the label.
    shippingMethod: null,
    shipments: [],
    references: references(order),
    notes: notes(order),
    warnings,
  };
}

function lines(order: FulfillmentOrder, warnings: string[]): SourcePickLine[] {
  return (order.bomItems ?? []).map((item, index) => {
    const sku = given(item.product?.partNumber);
    const name = given(item.product?.name) ?? sku ?? `line ${index + 1}`;
    if (sku === null) {
      warnings.push(
        `Line ${index + 1} (${name}) has no part number: count it by hand, it cannot be scanned.`,
      );
    }
    return {
      sku: sku ?? '',
      name,
      // The product's ERP id is the second code a packer may scan (shared/domain/pick-progress.ts);
      // shop-as-order.ts keeps a shop's variant code in the same place.
      variantCode: given(item.product?.externalId),
      variantName: null,
      quantity: item.quantity,
    };
  });
}

function address(from: NonNullable<FulfillmentOrder['deliveryAddress']>, warnings: string[]): SourceAddress {
  const countryAsSent = given(from.countryCode);
  // The spec says ISO 3166-1: a two-letter code is taken as it is, anything else is not guessed at.
  const countryCode = countryAsSent !== null && /^[A-Za-z]{2}$/.test(countryAsSent) ? countryAsSent : null;
  if (countryAsSent === null) {
    warnings.push('The delivery address has no country: check it before printing the label.');
  } else if (countryCode === null) {
    warnings.push(
      `The delivery country "${countryAsSent.slice(0, 60)}" is no ISO country code: check the address before printing the label.`,
    );
  }
  const street = [given(from.street), given(from.number)].filter((part) => part !== null).join(' ');
  return {
    // Equipme's address names nobody: the customer is the order's customerName.
    contactName: null,
    // "First line of the address, e.g. company name or P.O. box."
    companyName: given(from.line1),
    street: street === '' ? null : street,
    extraLines: [from.addition, from.dependentLocality].map(given).filter((part) => part !== null),
    postalCode: given(from.postalCode),
    city: given(from.city),
    state: given(from.regionName) ?? given(from.regionCode),
    countryCode,
    countryAsSent,
    phone: given(from.phoneNumber),
  };
}

function notes(order: FulfillmentOrder): SourceOrder['notes'] {
  const text = given(order.partnerNote);
  return text === null ? [] : [{ label: 'Partner note', text }];
}

function references(order: FulfillmentOrder): SourceReference[] {
  const found: (SourceReference | null)[] = [
    { kind: 'order-number', value: order.order.orderNumber },
    { kind: 'sales-order', value: String(order.order.id) },
    refOf('purchase-order', order.order.customerOrderNumber),
    refOf('external', order.externalId),
  ];
  return found.filter((ref) => ref !== null);
}

function refOf(kind: SourceReference['kind'], value: string | null | undefined): SourceReference | null {
  const text = given(value);
  return text === null ? null : { kind, value: text };
}
