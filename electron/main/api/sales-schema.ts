// Runtime mirror of the Equipme sales spec's sales order, customer and metadata schemas, read the way
// order-schema.ts reads fulfillment orders: unknown fields kept (looseObject), enum values a newer
// Equipme adds kept as sent (a new status or language is data, not a failure), control and format
// characters gone from every string — except the sales order's `note`, HTML the customer typed, which
// is kept exactly as received and made plain text where it is shown.
import { z } from 'zod';
import type { Open, Opened } from '../../../shared/api/equipme.ts';
import type { components } from '../../../shared/api/equipme-sales.gen.ts';
import {
  LANGUAGES,
  type Language,
  SALES_ORDER_STATUSES,
  type SalesOrderStatus,
} from '../../../shared/api/equipme-sales.ts';
import { plainText } from '../../../shared/domain/plain-text.ts';
import { resourceLinkSchema } from './order-schema.ts';

type Schemas = components['schemas'];

const str = () => z.string().overwrite(plainText);
/** A known member, or the new value as sent (never longer than 100). */
const openEnum = <T extends string>(_values: readonly T[]) =>
  str()
    .max(100)
    .transform((value) => value as Open<T>);
const text = (max?: number) => (max === undefined ? str() : str().max(max)).nullable().optional();
const int32 = () => z.int32();
const dateTime = () => z.iso.datetime({ offset: true, local: true });

const customerReferenceSchema = z.looseObject({
  id: int32(),
  name: str().min(1),
  customerNumber: text(),
  self: resourceLinkSchema,
});

const userReferenceSchema = z.looseObject({
  id: int32().optional(),
  firstName: text(),
  lastName: text(),
  email: text(),
  username: text(),
  self: resourceLinkSchema,
});

const employeeReferenceSchema = z.looseObject({
  id: int32(),
  firstName: text(100),
  lastName: text(100),
  fullName: text(150),
  email: text(100),
  // The spec's e-mail pattern is the server's rule for writing a user; a reader only needs the text.
  username: str().max(100),
  costCenter: text(100),
  costCenterId: int32().nullable().optional(),
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
  id: z.int(),
  self: resourceLinkSchema,
});

export const salesOrderSchema = z.looseObject({
  status: openEnum<SalesOrderStatus>(SALES_ORDER_STATUSES),
  customer: customerReferenceSchema,
  // HTML as the customer wrote it: kept byte for byte here, sanitized where shown or printed.
  note: z.string().nullable().optional(),
  orderedBy: userReferenceSchema,
  items: z.looseObject({ total: int32().min(0), self: resourceLinkSchema }),
  // int64 on the wire; a JS number is exact only up to 2^53, so anything beyond is rejected.
  id: z.int(),
  customerOrderNumber: text(100),
  orderNumber: str().min(1),
  created: dateTime(),
  self: resourceLinkSchema,
});

export const customerSchema = z.looseObject({
  uuid: str().optional(),
  description: text(),
  active: z.boolean().optional(),
  contactName: text(),
  contactEmail: text(),
  contactPhone: text(),
  customAttribute1: text(),
  customAttribute2: text(),
  customAttribute3: text(),
  accountManager: employeeReferenceSchema.optional(),
  language: openEnum<Language>(LANGUAGES).optional(),
  companyAddress: addressSchema.optional(),
  referredBy: z
    .looseObject({
      referredOn: dateTime().optional(),
      company: customerReferenceSchema.optional(),
      employee: employeeReferenceSchema.optional(),
    })
    .optional(),
  id: int32(),
  name: str().min(1),
  customerNumber: text(),
  self: resourceLinkSchema,
});

export const metadataItemSchema = z.looseObject({
  value: text(500),
  scope: text(),
  key: str().max(150),
  self: resourceLinkSchema,
});
export const customerMetadataSchema = z.array(metadataItemSchema);

/** The envelope of a sales list page, read only to learn that the station may list at all. */
export const salesListEnvelopeSchema = z.looseObject({
  items: z.array(z.unknown()),
  total: int32().min(0),
  self: resourceLinkSchema,
});

// Compile-time proof that the schemas and the generated spec types (enums opened) agree field by field
// (the index signature looseObject adds is set aside, and so is the spec's readOnly on fullName, a
// server-side rule), as in order-schema.ts.
type Known<T> = T extends readonly (infer U)[]
  ? Known<U>[]
  : T extends object
    ? { -readonly [K in keyof T as string extends K ? never : K]: Known<T[K]> }
    : T;
type Same<A, B> =
  (<T>() => T extends Known<A> ? 1 : 2) extends <T>() => T extends Known<B> ? 1 : 2 ? true : false;
export const SALES_SCHEMAS_MATCH_SPEC: [
  Same<z.output<typeof salesOrderSchema>, Opened<Schemas['SalesOrder']>>,
  Same<z.output<typeof customerSchema>, Opened<Schemas['Customer']>>,
  Same<z.output<typeof metadataItemSchema>, Schemas['MetadataItem']>,
] = [true, true, true];
