// A shop's order as the station caches it: an Equipme-shaped order (what the queue, the order screen,
// the pick list, the address card and the labels read) built from the SourceOrder, with the shop's own
// facts under `shop` (shared/ipc/shop-orders.ts). Every text is made plain once more here, HTML in a
// note included, so nothing a shop sends reaches the cache as markup or control characters.
import type { FulfillmentOrder, FulfillmentStatus } from '../../../shared/api/equipme.ts';
import type { ShopSourceName } from '../../../shared/domain/order-sources.ts';
import { plainLine } from '../../../shared/domain/plain-text.ts';
import type { ShopOrderFacts } from '../../../shared/ipc/shop-orders.ts';
import { noteText } from '../note-text.ts';
import type { SourceAddress, SourceOrder } from '../sources/order-source.ts';

/** The cached order of a shop: Equipme's shape, and the shop's facts beside it. */
export type CachedShopOrder = FulfillmentOrder & { shop: ShopOrderFacts };

/** Longest single line kept of a shop's text; longer ones are cut with a visible "…". */
const MAX_LINE = 1_000;
const MAX_NOTE = 4_000;

const NO_LINK = { href: '' } as const;

/** Markup in a shop's text is no part of a name or an address: its tags go (and script content). */
const LOOKS_LIKE_MARKUP = /<\/?[a-z!][^>]*>/i;

function line(text: string | null | undefined, max = MAX_LINE): string | null {
  if (text === null || text === undefined) return null;
  const plain = plainLine(LOOKS_LIKE_MARKUP.test(text) ? noteText(text) : text).trim();
  if (plain === '') return null;
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

function note(text: string): string {
  const plain = noteText(text)
    .split('\n')
    .map((part) => plainLine(part))
    .join('\n')
    .trim();
  return plain.length > MAX_NOTE ? `${plain.slice(0, MAX_NOTE - 1)}…` : plain;
}

/**
 * `key` is the station's order key (negative, db/shop-orders.ts); `status` the packing status the
 * order has at this station (`new` until a packer starts it); `pulledAt` stands in for a creation time
 * the shop did not send.
 */
export function shopOrderAsFulfillment(
  source: ShopSourceName,
  order: SourceOrder,
  key: number,
  status: FulfillmentStatus,
  pulledAt: Date,
): CachedShopOrder {
  const customerName =
    line(order.customerName) ??
    line(order.deliveryAddress?.contactName) ??
    line(order.deliveryAddress?.companyName) ??
    '(no name)';
  const orderNumber = line(order.orderNumber) ?? order.key.id;
  const shop: ShopOrderFacts = {
    source,
    id: order.key.id,
    orderNumber,
    status: { code: line(order.status.code) ?? '', label: line(order.status.label) },
    shippingMethod: order.shippingMethod
      ? { code: line(order.shippingMethod.code), name: line(order.shippingMethod.name) }
      : null,
    shipments: order.shipments.map((parcel) => ({
      carrier: line(parcel.carrier),
      trackingNumber: line(parcel.trackingNumber),
      shippedAt: line(parcel.shippedAt),
    })),
    references: order.references.flatMap((ref) => {
      const value = line(ref.value);
      return value ? [{ kind: ref.kind, value }] : [];
    }),
    notes: order.notes.flatMap((n) => {
      const text = note(n.text);
      return text ? [{ label: line(n.label) ?? '', text }] : [];
    }),
    warnings: order.warnings.map((warning) => line(warning, MAX_NOTE) ?? '').filter((w) => w !== ''),
  };
  return {
    id: key,
    externalId: order.key.id,
    transactionType: 'order',
    status,
    fulfillmentType: 'in-house',
    isPreorder: false,
    partnerNote: null,
    offer: {
      id: 0,
      type: 'purchase',
      purchasePrice: 0,
      recurringPrice: 0,
      currency: 'EUR',
      subscriptionPeriod: 0,
      name: shop.shippingMethod?.name ?? null,
      self: NO_LINK,
    },
    service: { id: 0, name: orderNumber, self: NO_LINK },
    // Each shop order is its own sales order of one (its key), so it never joins an Equipme group.
    order: { id: key, orderNumber, created: order.createdAt ?? pulledAt.toISOString(), self: NO_LINK },
    customer: { id: key, name: customerName, self: NO_LINK },
    orderedBy: { id: 0, self: NO_LINK },
    ...(order.deliveryAddress ? { deliveryAddress: addressOf(order.deliveryAddress, customerName) } : {}),
    bomItems: order.pickLines.map((pick, index) => ({
      quantity: pick.quantity,
      product: {
        id: index + 1,
        name: line([pick.name, pick.variantName].filter(Boolean).join(' · ')) ?? pick.sku,
        partNumber: line(pick.sku) ?? '',
        externalId: line(pick.variantCode),
        self: NO_LINK,
      },
    })),
    self: NO_LINK,
    shop,
  };
}

function addressOf(
  address: SourceAddress,
  customerName: string,
): NonNullable<FulfillmentOrder['deliveryAddress']> {
  // The customer's name prints above the address: line1 names whoever else the parcel is for.
  const company = line(address.companyName);
  const contact = line(address.contactName);
  const first = [company, contact].find((name) => name !== null && name !== customerName) ?? null;
  const extra = address.extraLines.map((text) => line(text)).filter((text) => text !== null);
  return {
    id: 0,
    line1: first,
    street: line(address.street),
    number: null,
    addition: extra.length > 0 ? extra.join(', ') : null,
    city: line(address.city),
    postalCode: line(address.postalCode),
    countryCode: address.countryCode,
    regionName: line(address.state),
    phoneNumber: line(address.phone),
    self: NO_LINK,
  };
}
