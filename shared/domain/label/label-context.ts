// What a label needs besides the order: the station's ship-from, the date, the package count, the
// media it is printed on.

import type { FulfillmentOrder } from '../../api/equipme.ts';
import type { ShopOrderFacts } from '../../ipc/shop-orders.ts';
import { type AddressFields, formatAddress } from '../address-format.ts';
import { labelBarcode, shopLabelBarcode } from '../scan-codes.ts';
import { labelText } from './label-text.ts';
import type { Dpi, MediaId } from './media.ts';
import { type Reprint, reprintMarker } from './reprint.ts';
import type { SlipLanguage } from './slip-language.ts';
import type { TextMetrics } from './text-metrics.ts';

export interface ShipFrom {
  /** The warehouse as the carrier and the customer should read it. */
  name: string;
  address: AddressFields | null;
}

export interface LabelContext {
  media: MediaId;
  dpi: Dpi;
  shipFrom: ShipFrom;
  /** The date printed, already in the station's format (e.g. 2025-11-26). */
  date: string;
  /** Which package of the order this label goes on (default 1 of 1). */
  package?: { number: number; count: number };
  /** How wide text prints on the target printer (default: the table that fits every target). */
  metrics?: TextMetrics;
  /** Set when the document was printed before: it carries a REPRINT marker with the reason code. */
  reprint?: Reprint;
  /** The packing slip's language, the customer's (default English); labels are always English. */
  language?: SlipLanguage;
  /**
   * The customer's contact phone, printed on the label (marked as the customer's) when the delivery
   * address has none, so the carrier can still call someone.
   */
  contactPhone?: string;
  /** The customer's note to the sales order, plain text: printed on the packing slip. */
  salesNote?: string;
  /** Who ordered (the sales order's `orderedBy`): a fact on the packing slip. */
  orderedBy?: string;
  /**
   * The label is for a box of a shipment (shared/ipc/shipment.ts): the sales order's number and the
   * fulfillment orders packed in the box, printed so the receiver knows what the parcel holds.
   */
  box?: { salesOrderNumber: string; orderIds: number[] };
}

/** A shop order's own facts, when the order is a shop's (its key is negative, docs/sources.md). */
function shopOf(order: FulfillmentOrder): ShopOrderFacts | null {
  const shop = (order as { shop?: ShopOrderFacts }).shop;
  return order.id < 0 && shop ? shop : null;
}

/**
 * The barcode a label carries, which scan-to-open accepts: `PSO<id>` for an Equipme order, and for a
 * shop order `PSO<M|X>:<id>` with the shop's own id (keys differ between stations).
 */
export function orderBarcode(order: FulfillmentOrder): string {
  const shop = shopOf(order);
  return shop ? shopLabelBarcode(shop.source, shop.id) : labelBarcode(order.id);
}

/** How a shop order ships (its shop's shipping method), printed beside its number; null otherwise. */
export function shippingMethodOf(order: FulfillmentOrder): string | null {
  const method = shopOf(order)?.shippingMethod;
  const words = labelText(method?.name ?? method?.code ?? '');
  return words === '' ? null : words;
}

/**
 * Words printed in black boxes so nobody packs the order the usual way by mistake, and nobody takes a
 * reprint for a second parcel.
 */
export function orderMarkers(order: FulfillmentOrder, reprint?: Reprint): string[] {
  const markers: string[] = reprint ? [reprintMarker(reprint)] : [];
  if (order.isPreorder === true) markers.push('PREORDER');
  if (order.transactionType === 'return') markers.push('RETURN');
  if (order.fulfillmentType === 'dropshipping') markers.push('DROPSHIP');
  if (!order.deliveryAddress) markers.push('NO ADDRESS');
  return markers;
}

/** Who and where the parcel goes: the customer, then the address as the destination country writes it. */
export function shipToLines(order: FulfillmentOrder, shipFrom: ShipFrom): string[] {
  const name = labelText(order.customer.name);
  const address = order.deliveryAddress
    ? formatAddress(order.deliveryAddress, { fromCountry: shipFrom.address?.countryCode ?? '' }).map(
        labelText,
      )
    : [];
  // line1 often repeats the company name already printed above it.
  const first = address[0];
  const rest = first !== undefined && first.toLowerCase() === name.toLowerCase() ? address.slice(1) : address;
  return [name, ...rest];
}

export function shipFromLines(shipFrom: ShipFrom): string[] {
  const address = shipFrom.address ? formatAddress(shipFrom.address) : [];
  return [shipFrom.name, ...address];
}
