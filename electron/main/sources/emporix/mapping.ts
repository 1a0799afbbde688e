// An Emporix sales order as the station packs it: `entries[]` are the pick lines, `shippingAddress`
// the delivery address (its country as an ISO code), the first shipping line the method, and the
// shop's own `shipments[]` as they are. What cannot be read cleanly is a warning, never a guess.

import { countryCode } from '../country-code.ts';
import type { SourceAddress, SourceOrder, SourcePickLine, SourceShipment } from '../order-source.ts';
import type { EmporixAddress, EmporixSalesOrder } from './schema.ts';
import { isPackableStatus, KNOWN_STATUSES } from './statuses.ts';

/** Blank text is no text. */
const given = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

const joined = (...parts: (string | null | undefined)[]): string | null =>
  given(
    parts
      .map(given)
      .filter((part) => part !== null)
      .join(' '),
  );

export function toSourceOrder(order: EmporixSalesOrder): SourceOrder {
  const warnings: string[] = [];
  const status = order.status.trim();
  if (!KNOWN_STATUSES.has(status)) {
    warnings.push(`Status ${status} is new to the station: it is shown as sent and not offered for packing.`);
  }
  const createdAt = instant(order.created);
  if (order.created && createdAt === null) {
    warnings.push('The order date is unreadable.');
  }
  const deliveryAddress = order.shippingAddress ? address(order.shippingAddress, warnings) : null;
  if (deliveryAddress === null)
    warnings.push('The order has no shipping address: ask the shop where it goes.');
  const pickLines = lines(order, warnings);
  if (pickLines.length === 0) warnings.push('The order has nothing to pick.');
  return {
    key: { source: 'emporix', id: order.id },
    orderNumber: order.id,
    createdAt,
    status: { code: status, label: null },
    packable: isPackableStatus(status),
    customerName: customerName(order),
    pickLines,
    deliveryAddress,
    shippingMethod: shippingMethod(order, warnings),
    shipments: (order.shipments ?? []).map(
      (shipment): SourceShipment => ({
        carrier: given(shipment.carrier),
        trackingNumber: given(shipment.trackingNumber),
        shippedAt: given(shipment.shippedDate),
      }),
    ),
    references: [{ kind: 'order-number', value: order.id }],
    notes: [],
    warnings,
  };
}

function lines(order: EmporixSalesOrder, warnings: string[]): SourcePickLine[] {
  const picked: SourcePickLine[] = [];
  (order.entries ?? []).forEach((entry, index) => {
    const sku = given(entry.product?.sku) ?? given(entry.variant?.code);
    const name = given(entry.product?.name) ?? given(entry.variant?.name) ?? sku ?? `line ${index + 1}`;
    if (entry.amount === 0) {
      warnings.push(`Line ${index + 1} (${name}) has an amount of 0 and is left out.`);
      return;
    }
    if (sku === null) {
      warnings.push(`Line ${index + 1} (${name}) has no sku: count it by hand, it cannot be scanned.`);
    }
    picked.push({
      sku: sku ?? '',
      name,
      variantCode: given(entry.variant?.code),
      variantName: given(entry.variant?.name),
      quantity: entry.amount,
    });
  });
  return picked;
}

function address(from: EmporixAddress, warnings: string[]): SourceAddress {
  const countryAsSent = given(from.country);
  const code = countryAsSent === null ? null : countryCode(countryAsSent);
  if (countryAsSent === null) {
    warnings.push('The shipping address has no country: check it before printing the label.');
  } else if (code === null) {
    warnings.push(
      `The shipping country "${quoted(countryAsSent)}" is no country the station knows: check the address before printing the label.`,
    );
  }
  return {
    contactName: given(from.contactName),
    companyName: given(from.companyName),
    street: joined(from.street, from.streetNumber),
    extraLines: [from.extraLine1, from.extraLine2].map(given).filter((part) => part !== null),
    postalCode: given(from.zipCode),
    city: given(from.city),
    state: given(from.state),
    countryCode: code,
    countryAsSent,
    phone: given(from.contactPhone),
  };
}

function customerName(order: EmporixSalesOrder): string | null {
  const customer = order.customer;
  if (!customer) return null;
  return given(customer.name) ?? joined(customer.firstName, customer.lastName) ?? given(customer.company);
}

function shippingMethod(order: EmporixSalesOrder, warnings: string[]): SourceOrder['shippingMethod'] {
  const shippingLines = (order.shipping?.lines ?? [])
    .map((line) => ({ code: given(line.code), name: given(line.name) }))
    .filter((line) => line.code !== null || line.name !== null);
  const [first, ...others] = shippingLines;
  if (!first) return null;
  if (others.length > 0) {
    const names = others.map((line) => line.name ?? line.code).join(', ');
    warnings.push(
      `The order names more than one shipping method: ${first.name ?? first.code} is used, not ${names}.`,
    );
  }
  return first;
}

/** A shop's text inside a warning: a line, never a page. */
function quoted(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** An ISO date-time as the shop sent it, or null when it is none. */
function instant(value: string | null | undefined): string | null {
  const text = given(value);
  if (text === null) return null;
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) && !Number.isNaN(Date.parse(text)) ? text : null;
}
