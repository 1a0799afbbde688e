// Runtime mirror of the Equipme spec's order schemas. The spec says additionalProperties: false, but
// APIs grow: unknown fields are tolerated and kept (looseObject) so a new server field never rejects
// an order, and so are enum values this station does not know (a new status is kept and shown, and
// the lifecycle offers no action on it). Every string loses its control and format characters here:
// text from the API is data. The assertions at the bottom tie these schemas to the wire types.
import { z } from 'zod';
import {
  FULFILLMENT_ACTIONS,
  FULFILLMENT_STATUSES,
  FULFILLMENT_TYPES,
  LOCATION_TYPES,
  METADATA_SCOPES,
  OFFER_TYPES,
  type Open,
  type Opened,
  SERVICE_PRODUCT_TYPES,
  TRANSACTION_TYPES,
} from '../../../shared/api/equipme.ts';
import type { components } from '../../../shared/api/equipme-fulfillment.gen.ts';
import { plainText } from '../../../shared/domain/plain-text.ts';

type Schemas = components['schemas'];

/** A string from the API, without control or format characters (line breaks kept). */
const str = () => z.string().overwrite(plainText);
/** An enum the server may grow: a known member, or the new value as sent (never longer than 100). */
const openEnum = <T extends string>(_values: readonly T[]) =>
  str()
    .max(100)
    .transform((value) => value as Open<T>);

// int64 ids arrive as JSON numbers; a JS number is exact only up to 2^53, so anything beyond is rejected.
const int64 = () => z.int();
const int32 = () => z.int32();
/** A nullable, optional string with the spec's maxLength (minLength 0 adds nothing). */
const text = (max?: number) => (max === undefined ? str() : str().max(max)).nullable().optional();
// Servers differ on the zone suffix (.NET often omits it), so both forms are accepted on input.
const dateTime = () => z.iso.datetime({ offset: true, local: true });
/** A sales order's `created`, read on its own to place an order in the listing before it is checked. */
export const creationInstantSchema = dateTime();
const price = () => z.number().min(0);

export const resourceLinkSchema = z.looseObject({
  href: str().min(1),
  method: text(),
});

const serviceOfferReferenceSchema = z.looseObject({
  id: int32(),
  type: openEnum(OFFER_TYPES),
  purchasePrice: price(),
  recurringPrice: price(),
  currency: str().min(1),
  subscriptionPeriod: int32().min(0),
  name: text(),
  externalId: text(),
  isDefault: z.boolean().optional(),
  self: resourceLinkSchema,
});

const serviceProductReferenceSchema = z.looseObject({
  id: int32(),
  name: str().min(1),
  category: text(),
  ean: text(),
  externalId: text(),
  supplierName: text(),
  previewImageLink: text(),
  type: openEnum(SERVICE_PRODUCT_TYPES).optional(),
  self: resourceLinkSchema,
});

const fulfillmentServiceOptionSchema = z.looseObject({
  offer: z.looseObject({
    id: int64(),
    purchasePrice: price(),
    recurringPrice: price(),
    self: resourceLinkSchema,
  }),
  option: z.looseObject({ id: int32().optional(), name: text(), self: resourceLinkSchema }),
  version: z.looseObject({ id: int32().optional(), name: text(), self: resourceLinkSchema }),
});

const salesOrderReferenceSchema = z.looseObject({
  id: int64(),
  customerOrderNumber: text(100),
  orderNumber: str().min(1),
  created: dateTime(),
  self: resourceLinkSchema,
});

const customerReferenceSchema = z.looseObject({
  id: int32(),
  name: str().min(1),
  customerNumber: text(),
  self: resourceLinkSchema,
});

const employeeReferenceSchema = z.looseObject({
  id: int32(),
  firstName: text(100),
  lastName: text(100),
  email: text(100),
  phoneBusiness: text(50),
  phoneMobile: text(50),
  self: resourceLinkSchema,
});

const addressSchema = z.looseObject({
  line1: text(100),
  street: text(100),
  number: text(30),
  addition: text(1500),
  city: text(100),
  postalCode: text(30),
  countryCode: text(2),
  regionCode: text(10),
  regionName: text(100),
  dependentLocality: text(200),
  phoneNumber: text(50),
  id: int64(),
  self: resourceLinkSchema,
});

const serviceInstanceReferenceSchema = z.looseObject({
  id: int32(),
  inventoryNumber: text(50),
  costCenter: text(),
  self: resourceLinkSchema,
});

const metadataEntrySchema = z.looseObject({
  key: str().max(150),
  value: str().max(500),
  scope: openEnum(METADATA_SCOPES).optional(),
});

const targetServiceInstanceReferenceSchema = z.looseObject({
  id: int32(),
  service: serviceProductReferenceSchema.optional(),
  metadata: z.array(metadataEntrySchema).nullable().optional(),
  self: resourceLinkSchema,
});

const locationReferenceSchema = z.looseObject({
  id: int32(),
  name: str().max(100),
  type: openEnum(LOCATION_TYPES),
  self: resourceLinkSchema,
});

const productReferenceSchema = z.looseObject({
  id: int64(),
  name: str().min(1),
  partNumber: str().min(1),
  externalId: text(),
  self: resourceLinkSchema,
});

const bomItemSchema = z.looseObject({
  quantity: int32().min(1),
  product: productReferenceSchema.optional(),
});

export const fulfillmentOrderSchema = z.looseObject({
  transactionType: openEnum(TRANSACTION_TYPES),
  status: openEnum(FULFILLMENT_STATUSES),
  fulfillmentType: openEnum(FULFILLMENT_TYPES).optional(),
  isPreorder: z.boolean().optional(),
  partnerNote: text(),
  offer: serviceOfferReferenceSchema,
  service: serviceProductReferenceSchema,
  options: z.array(fulfillmentServiceOptionSchema).nullable().optional(),
  order: salesOrderReferenceSchema,
  customer: customerReferenceSchema,
  orderedBy: employeeReferenceSchema,
  deliveryAddress: addressSchema.optional(),
  billingAddress: addressSchema.optional(),
  preferredProvisionDate: dateTime().nullable().optional(),
  serviceInstance: serviceInstanceReferenceSchema.optional(),
  targetServiceInstance: targetServiceInstanceReferenceSchema.optional(),
  assignments: z
    .looseObject({
      location: locationReferenceSchema.optional(),
      employee: employeeReferenceSchema.optional(),
    })
    .optional(),
  bomItems: z.array(bomItemSchema).nullable().optional(),
  totalRecurringPrice: z.number().optional(),
  totalPurchasePrice: z.number().optional(),
  // Positive, as the station's order keys need (a shop order's key is negative: order-keys.ts).
  id: int64().min(1),
  externalId: text(),
  self: resourceLinkSchema,
});

/** The list envelope. Items are checked one by one (see validate-order.ts) so one bad order cannot hide the rest. */
export const fulfillmentOrderListEnvelopeSchema = z.looseObject({
  previous: resourceLinkSchema.optional(),
  next: resourceLinkSchema.optional(),
  items: z.array(z.unknown()),
  total: int32().min(0),
  self: resourceLinkSchema,
});

export const fulfillmentOrderListSchema = fulfillmentOrderListEnvelopeSchema.extend({
  items: z.array(fulfillmentOrderSchema),
});

export const errorResponseSchema = z.looseObject({
  errorCode: str().nullable().optional(),
  errorDescription: str().nullable().optional(),
  data: z.unknown().optional(),
});

// What the station sends is checked strictly: the spec forbids extra fields in request bodies.
export const fulfillmentOrderUpdateSchema = z.strictObject({
  externalId: z.string().max(100).nullable().optional(),
});

/** The transition body; activationDate must carry its zone because the server reads it as UTC. */
export const fulfillmentTransitionSchema = z.strictObject({
  action: z.enum(FULFILLMENT_ACTIONS),
  activationDate: z.iso.datetime({ offset: true }).nullable().optional(),
});

const JSON_PATCH_OPS = ['add', 'remove', 'replace', 'move', 'copy', 'test'] as const;

/** RFC 6902 operation: the spec types every field as nullable, but a patch without op and path is meaningless. */
export const patchOperationSchema = z
  .strictObject({
    op: z.enum(JSON_PATCH_OPS),
    path: z.string().regex(/^(\/.*)?$/, 'expected a JSON pointer such as /externalId'),
    from: z.string().nullable().optional(),
    value: z.unknown().optional(),
  })
  .refine((op) => (op.op !== 'move' && op.op !== 'copy') || typeof op.from === 'string', {
    message: 'move and copy need a from pointer',
    path: ['from'],
  })
  .refine((op) => (op.op !== 'add' && op.op !== 'replace' && op.op !== 'test') || op.value !== undefined, {
    message: 'add, replace and test need a value',
    path: ['value'],
  });

// Compile-time proof that schemas and generated spec types (enums opened) agree exactly, field by field and at every depth
// (the index signature that looseObject adds is set aside): add, drop or retype a field, or miss an enum
// member, on either side and typecheck fails.
type Known<T> = T extends readonly (infer U)[]
  ? Known<U>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: Known<T[K]> }
    : T;
type Same<A, B> =
  (<T>() => T extends Known<A> ? 1 : 2) extends <T>() => T extends Known<B> ? 1 : 2 ? true : false;
export const SCHEMAS_MATCH_SPEC: [
  Same<z.output<typeof fulfillmentOrderSchema>, Opened<Schemas['FulfillmentOrder']>>,
  Same<z.output<typeof fulfillmentOrderListSchema>, Opened<Schemas['FulfillmentOrderList']>>,
  Same<z.output<typeof errorResponseSchema>, Schemas['ErrorResponse']>,
  Same<z.output<typeof fulfillmentOrderUpdateSchema>, Schemas['FulfillmentOrderUpdate']>,
  Same<z.output<typeof fulfillmentTransitionSchema>, Schemas['FulfillmentTransition']>,
  // Stricter than the spec on purpose (op and path required), so only one direction holds.
  [z.output<typeof patchOperationSchema>] extends [Schemas['Operation']] ? true : false,
] = [true, true, true, true, true, true];
