// A checked marketplace order as the station packs it: lines to pick, where it goes, how it ships and
// the numbers people look for. What is missing is null and said in a warning; nothing is invented.

import { countryCode } from '../country-code.ts';
import type {
  SourceAddress,
  SourceOrder,
  SourcePickLine,
  SourceReference,
  SourceShipment,
} from '../order-source.ts';
import { ORDER_STATUS_CODES } from './q-filter.ts';
import type { MarketplaceAddress, MarketplaceLine, MarketplaceOrder } from './schemas.ts';

const STATUS_NAMES: ReadonlyMap<number, string> = new Map(
  Object.entries(ORDER_STATUS_CODES).map(([name, code]) => [code, name]),
);

export function toSourceOrder(order: MarketplaceOrder): SourceOrder {
  const warnings: string[] = [];
  const status = mapStatus(order, warnings);
  if (order.paid == null) warnings.push('The marketplace did not say whether the order is paid.');
  const lines = order.line ?? [];
  if (lines.length === 0) warnings.push('The order has no lines to pick.');
  return {
    key: { source: 'marketplace', id: order.id },
    orderNumber: order.id,
    createdAt: order.submit_date ?? null,
    status,
    packable: status.code === String(ORDER_STATUS_CODES.SUBMITTED) && order.paid === true,
    customerName: blankToNull(order.customer_organisation?.name) ?? blankToNull(order.customer_user?.name),
    pickLines: lines.map((line, index) => pickLine(line, index, warnings)),
    deliveryAddress: deliveryAddress(order.shipping_address, warnings),
    shippingMethod: shippingMethod(order, warnings),
    shipments: shipments(order),
    references: references(order),
    notes: [],
    warnings,
  };
}

function mapStatus(order: MarketplaceOrder, warnings: string[]): SourceOrder['status'] {
  const id = order.status?.id;
  const name = blankToNull(order.status?.name);
  if (id == null) {
    warnings.push('The marketplace sent no status code for the order.');
    return { code: '', label: name };
  }
  const known = STATUS_NAMES.get(id);
  if (known === undefined)
    warnings.push(`The marketplace sent status ${id}, which the station does not know.`);
  return { code: String(id), label: name ?? known ?? null };
}

function pickLine(line: MarketplaceLine, index: number, warnings: string[]): SourcePickLine {
  const sku = blankToNull(line.code);
  const name = blankToNull(line.name);
  if (sku === null) warnings.push(`Line ${index + 1} has no code to scan: count it by hand.`);
  return {
    sku: sku ?? '',
    name: name ?? sku ?? `Line ${index + 1}`,
    variantCode: blankToNull(line.variant_code),
    variantName: blankToNull(line.variant_name),
    quantity: line.quantity,
  };
}

function deliveryAddress(
  address: MarketplaceAddress | null | undefined,
  warnings: string[],
): SourceAddress | null {
  if (!address) {
    warnings.push('The order has no shipping address.');
    return null;
  }
  const street = [blankToNull(address.street), blankToNull(address.house_number)].filter(
    (part) => part !== null,
  );
  const asSent = blankToNull(address.country);
  const code = asSent === null ? null : countryCode(asSent);
  if (asSent === null) warnings.push('The shipping address has no country.');
  else if (code === null)
    warnings.push(`The shipping address's country '${asSent}' is not one the station knows.`);
  for (const [field, label] of [
    ['city', 'city'],
    ['zip_code', 'postal code'],
  ] as const) {
    if (blankToNull(address[field]) === null) warnings.push(`The shipping address has no ${label}.`);
  }
  return {
    contactName: blankToNull(address.name),
    companyName: blankToNull(address.company),
    street: street.length > 0 ? street.join(' ') : null,
    extraLines: [address.address_line_2, address.address_line_3].flatMap((line) => blankToNull(line) ?? []),
    postalCode: blankToNull(address.zip_code),
    city: blankToNull(address.city),
    state: blankToNull(address.state),
    countryCode: code,
    countryAsSent: asSent,
    phone: blankToNull(address.phone),
  };
}

function shippingMethod(order: MarketplaceOrder, warnings: string[]): SourceOrder['shippingMethod'] {
  const option = order.shipping_option;
  if (!option) {
    warnings.push('The order names no shipping option.');
    return null;
  }
  const code = blankToNull(option.code) ?? blankToNull(option.id);
  const name = blankToNull(option.name);
  if (code === null && name === null) warnings.push('The shipping option has neither a code nor a name.');
  return { code, name };
}

function shipments(order: MarketplaceOrder): SourceShipment[] {
  const carrier = order.shipped_with;
  if (!carrier) return [];
  return [
    {
      carrier: blankToNull(carrier.name),
      trackingNumber: blankToNull(carrier.tracking_number) ?? blankToNull(order.external_shipping_reference),
      shippedAt: blankToNull(order.shipped_date),
    },
  ];
}

function references(order: MarketplaceOrder): SourceReference[] {
  const found: SourceReference[] = [{ kind: 'order-number', value: order.id }];
  const purchaseOrder = blankToNull(order.purchase_order_number);
  if (purchaseOrder !== null) found.push({ kind: 'purchase-order', value: purchaseOrder });
  for (const external of [order.external_shipping_reference, order.external_payment_reference]) {
    const value = blankToNull(external);
    if (value !== null) found.push({ kind: 'external', value });
  }
  return found;
}

/** Text that says nothing (missing, null, only spaces) is null; anything else is trimmed. */
function blankToNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}
