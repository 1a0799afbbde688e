// One order source: where a station's orders come from (Equipme, a marketplace, Emporix), what it can
// be told, and how its orders map onto what the station packs. Everything a source returns is
// validated before it is a SourceOrder; a SourceOrder is data, never commands.
import type { FulfillmentAction } from '../../../shared/api/equipme.ts';
import type { OrderSourceName } from '../../../shared/domain/order-sources.ts';
import type { Result } from '../../../shared/domain/result.ts';
import type { ApiError } from '../api/api-error.ts';

export { ORDER_SOURCES, type OrderSourceName } from '../../../shared/domain/order-sources.ts';

/** An order's identity across sources. The id is the source's own, as text (Emporix: "orderId123456"). */
export interface SourceOrderKey {
  source: OrderSourceName;
  id: string;
}

/** One line to pick: what the packer scans and counts. */
export interface SourcePickLine {
  /** What the packer scans: Equipme part number, marketplace line code, Emporix product sku. */
  sku: string;
  name: string;
  variantCode: string | null;
  variantName: string | null;
  quantity: number;
}

export interface SourceAddress {
  contactName: string | null;
  companyName: string | null;
  /** Street and house number as one line ("Nymphenburger Str. 86"). */
  street: string | null;
  extraLines: string[];
  postalCode: string | null;
  city: string | null;
  state: string | null;
  /** ISO 3166-1 alpha-2, or null when the source's value could not be read as a country. */
  countryCode: string | null;
  /** The country exactly as the source sent it ("Germany", "DE"). */
  countryAsSent: string | null;
  phone: string | null;
}

/** A reference number the packer or the back office may look for; shown and searchable. */
export interface SourceReference {
  kind: 'order-number' | 'purchase-order' | 'external' | 'sales-order';
  value: string;
}

/** A parcel the shop already knows of (Emporix `shipments[]`). */
export interface SourceShipment {
  carrier: string | null;
  trackingNumber: string | null;
  shippedAt: string | null;
}

export interface SourceOrder {
  key: SourceOrderKey;
  /** The number people say and scan. */
  orderNumber: string;
  createdAt: string | null;
  /** The source's status as sent (marketplace `1`/`SUBMITTED`, Emporix `CREATED`), never translated. */
  status: { code: string; label: string | null };
  /** Whether the station should pack it now (marketplace: submitted and paid; Emporix: not completed). */
  packable: boolean;
  customerName: string | null;
  pickLines: SourcePickLine[];
  deliveryAddress: SourceAddress | null;
  /** The shipping method: shown on screen and printed on the label. */
  shippingMethod: { code: string | null; name: string | null } | null;
  shipments: SourceShipment[];
  references: SourceReference[];
  notes: { label: string; text: string }[];
  /** What the mapping could not read cleanly, in words (an unknown country, a line without a sku). */
  warnings: string[];
}

/** Which status changes the station may send; a read-only source gets none. */
export interface SourceCapabilities {
  transitions: readonly FulfillmentAction[];
}

/** Where a pull goes on from: opaque to callers, JSON so it survives a restart. */
export type PullCursor = { readonly [key: string]: string | number | null };

/** An order of a page that failed validation: kept out of the cache, reported, never a stop. */
export interface RejectedSourceOrder {
  id: string | null;
  problems: string[];
}

export interface SourcePage {
  orders: SourceOrder[];
  rejected: RejectedSourceOrder[];
  /** null once the last page was read. */
  next: PullCursor | null;
  /** Orders in the whole listing when the source says (marketplace `X-count`), else null. */
  total: number | null;
}

export interface SourceRequestOptions {
  signal?: AbortSignal;
}

export interface OrderSource {
  readonly name: OrderSourceName;
  readonly capabilities: SourceCapabilities;
  /** One page of the orders to pack; `cursor` null starts at the beginning. */
  pullPage(cursor: PullCursor | null, options?: SourceRequestOptions): Promise<Result<SourcePage, ApiError>>;
  /** One order, fresh from the source (a scan of an order the cache lacks). */
  getOne(id: string, options?: SourceRequestOptions): Promise<Result<SourceOrder, ApiError>>;
}
