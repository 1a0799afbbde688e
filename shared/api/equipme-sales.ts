// Named aliases for the sales-side wire types generated from the Equipme spec of sales orders and
// customers (see equipme-sales.gen.ts). Enums stay open as on the fulfillment side: a newer Equipme may
// add a status or a language, and the station keeps it as data.
import type { Opened } from './equipme.ts';
import type { components } from './equipme-sales.gen.ts';

type Schemas = components['schemas'];

/** A sales order as the station receives and keeps it: enums open, `note` HTML as sent. */
export type SalesOrder = Opened<Schemas['SalesOrder']>;
export type Customer = Opened<Schemas['Customer']>;
export type CustomerMetadataItem = Schemas['MetadataItem'];
/** Exactly the spec's shapes, every enum closed: what our own simulator serves. */
export type WireSalesOrder = Schemas['SalesOrder'];
export type WireCustomer = Schemas['Customer'];
export type SalesOrderStatus = Schemas['SalesOrderStatus'];
export type Language = Schemas['Language'];
export type UserReference = Schemas['UserReference'];
export type SalesEmployeeReference = Schemas['EmployeeReference'];
export type SalesAddress = Schemas['Address'];

export const SALES_ORDER_STATUSES = [
  'unknown',
  'new',
  'inprocess',
  'processed',
  'cancelled',
] as const satisfies readonly SalesOrderStatus[];

export const LANGUAGES = [
  'en',
  'de',
  'fr',
  'it',
  'pl',
  'nb',
  'nl',
  'es',
] as const satisfies readonly Language[];

// Compile-time proof that the lists above name every member of the generated unions.
type Exhaustive<L extends readonly string[], U extends string> = [U] extends [L[number]] ? true : never;
export const SALES_LISTS_ARE_EXHAUSTIVE: [
  Exhaustive<typeof SALES_ORDER_STATUSES, SalesOrderStatus>,
  Exhaustive<typeof LANGUAGES, Language>,
] = [true, true];
