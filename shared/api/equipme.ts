// Named aliases for the wire types generated from the Equipme spec (see equipme-fulfillment.gen.ts).
import type { components, operations, paths } from './equipme-fulfillment.gen.ts';

type Schemas = components['schemas'];

declare const unknownValue: unique symbol;
/** An enum value a newer Equipme sends that this station does not know: kept as sent, never acted on. */
export type UnknownValue = string & { readonly [unknownValue]: true };
/** An enum of the spec that the server may grow. */
export type Open<T extends string> = T | UnknownValue;
/** A wire type with every enum left open (string-literal unions become Open<…>). */
export type Opened<T> = T extends string
  ? string extends T
    ? T
    : Open<T>
  : T extends readonly (infer U)[]
    ? Opened<U>[]
    : T extends object
      ? { [K in keyof T]: Opened<T[K]> }
      : T;

/** Is `value` one of the enum's known members? */
export function isKnown<T extends string>(
  values: readonly T[],
  value: string | null | undefined,
): value is T {
  return value !== null && value !== undefined && (values as readonly string[]).includes(value);
}

/** An order as the station receives and keeps it: enums open, since Equipme may add values. */
export type FulfillmentOrder = Opened<Schemas['FulfillmentOrder']>;
export type FulfillmentOrderList = Opened<Schemas['FulfillmentOrderList']>;
/** Exactly the spec's order, every enum closed: what our own simulator serves. */
export type WireFulfillmentOrder = Schemas['FulfillmentOrder'];
export type WireLocationReference = Schemas['LocationReference'];
export type FulfillmentStatus = Schemas['FulfillmentStatus'];
export type FulfillmentAction = Schemas['FulfillmentAction'];
export type FulfillmentTransition = Schemas['FulfillmentTransition'];
export type TransactionType = Schemas['FulfillmentOrderTransactionType'];
export type FulfillmentType = Schemas['FulfillmentType'];
export type Address = Schemas['Address'];
export type BomItem = Opened<Schemas['BomItem']>;
export type ProductReference = Schemas['ProductReference'];
export type CustomerReference = Schemas['CustomerReference'];
export type LocationReference = Opened<Schemas['LocationReference']>;
export type ResourceLink = Schemas['ResourceLink'];
export type ErrorResponse = Schemas['ErrorResponse'];
export type PatchOperation = Schemas['Operation'];
export type FulfillmentOrderUpdate = Schemas['FulfillmentOrderUpdate'];

/** Query parameters of GET /v1/fulfillment/orders, exactly as the spec lists them. */
export type OrderListQuery = NonNullable<paths['/v1/fulfillment/orders']['get']['parameters']['query']>;
export type { operations };

export const FULFILLMENT_STATUSES = [
  'new',
  'inprocess',
  'ready-for-delivery',
  'delivery-requested-outbound',
  'in-delivery-outbound',
  'delivered-outbound',
  'delivery-returned-outbound',
  'processed',
  'cancelled',
] as const satisfies readonly FulfillmentStatus[];

export const FULFILLMENT_ACTIONS = [
  'process',
  'dispatchDelivery',
  'rejectDelivery',
  'confirmDelivery',
  'processReturnedItem',
  'complete',
  'completeReturnDecommission',
  'cancel',
] as const satisfies readonly FulfillmentAction[];

export const TRANSACTION_TYPES = [
  'order',
  'return',
  'change',
  'swap',
  'cancellation',
] as const satisfies readonly TransactionType[];

export const FULFILLMENT_TYPES = ['in-house', 'dropshipping'] as const satisfies readonly FulfillmentType[];

export const OFFER_TYPES = [
  'rental',
  'lease',
  'purchase',
  'subscription',
  'leasing',
] as const satisfies readonly Schemas['OfferType'][];
export const SERVICE_PRODUCT_TYPES = [
  'service',
  'addon',
  'foundation_service',
] as const satisfies readonly Schemas['ServiceProductType'][];
export const LOCATION_TYPES = [
  'location',
  'warehouse',
  'remoteWork',
] as const satisfies readonly Schemas['LocationType'][];
export const METADATA_SCOPES = [
  'public',
  'internal',
] as const satisfies readonly Schemas['ServiceInstanceMetadataScope'][];

// Compile-time proof that the lists above name every member of the generated unions.
type Exhaustive<L extends readonly string[], U extends string> = [U] extends [L[number]] ? true : never;
export const LISTS_ARE_EXHAUSTIVE: [
  Exhaustive<typeof FULFILLMENT_STATUSES, FulfillmentStatus>,
  Exhaustive<typeof FULFILLMENT_ACTIONS, FulfillmentAction>,
  Exhaustive<typeof TRANSACTION_TYPES, TransactionType>,
  Exhaustive<typeof FULFILLMENT_TYPES, FulfillmentType>,
  Exhaustive<typeof OFFER_TYPES, Schemas['OfferType']>,
  Exhaustive<typeof SERVICE_PRODUCT_TYPES, Schemas['ServiceProductType']>,
  Exhaustive<typeof LOCATION_TYPES, Schemas['LocationType']>,
  Exhaustive<typeof METADATA_SCOPES, Schemas['ServiceInstanceMetadataScope']>,
] = [true, true, true, true, true, true, true, true];
