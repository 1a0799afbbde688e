// Runtime checks of what the marketplace answers. The document lists an order's fields and calls most
// of them bare `object`s: the inner fields here are our assumption (docs/sources/marketplace.md), each
// optional and nullable so a missing one is a warning in the mapping, never a lost order. Objects are
// loose (a new field passes), strings lose their control characters, and a text too long to be a
// real one rejects the order it is in.
import { z } from 'zod';
import { plainText } from '../../../../shared/domain/plain-text.ts';

/** Longer than any name, street or reference a parcel needs: a page of text is not an address. */
export const MAX_TEXT = 2000;

const str = () => z.string().overwrite(plainText).max(MAX_TEXT);
const text = () => str().nullable().optional();
/** An id the marketplace may send as a number or as text; kept as text. */
const idText = () =>
  z.union([z.int().nonnegative(), str().trim().min(1).max(64)]).transform((id) => String(id));
const dateTime = () => z.iso.datetime({ offset: true, local: true });

/** `POST /api/v1/authenticate`. */
export const authAnswerSchema = z.looseObject({ auth_token: z.string().min(1).max(4096) });

export const lineSchema = z.looseObject({
  id: idText().nullable().optional(),
  /** What the packer scans. */
  code: text(),
  name: text(),
  /** How many to pack: without it the order cannot be packed right, so it is required. */
  quantity: z.int().positive().max(100_000),
  variant_code: text(),
  variant_name: text(),
});

export const shippingAddressSchema = z.looseObject({
  name: text(),
  company: text(),
  street: text(),
  house_number: text(),
  address_line_2: text(),
  address_line_3: text(),
  zip_code: text(),
  city: text(),
  state: text(),
  /** ISO 3166-1 alpha-2 ("DE") or a country's name ("Germany"). */
  country: text(),
  phone: text(),
});

const statusSchema = z.looseObject({
  /** 0 EDITING … 4 CANCELED; a code the document does not list is kept as sent. */
  id: z.int().nonnegative().max(1_000_000).nullable().optional(),
  name: text(),
});

const namedSchema = z.looseObject({ id: idText().nullable().optional(), name: text() });

export const marketplaceOrderSchema = z.looseObject({
  /** Not in the document's field list, yet `q` and `sort` name it: every order has one. */
  id: idText(),
  line: z.array(lineSchema).max(10_000).nullable().optional(),
  // The document says boolean; `q` speaks 0/1, so a server answering 0/1 is read the same.
  paid: z
    .union([z.boolean(), z.literal(0), z.literal(1)])
    .transform((paid) => paid === true || paid === 1)
    .nullable()
    .optional(),
  status: statusSchema.nullable().optional(),
  customer_organisation: namedSchema.nullable().optional(),
  customer_user: namedSchema.extend({ email: text() }).nullable().optional(),
  shipping_option: namedSchema.extend({ code: text() }).nullable().optional(),
  shipped_with: namedSchema.extend({ tracking_number: text() }).nullable().optional(),
  shipping_address: shippingAddressSchema.nullable().optional(),
  submit_date: dateTime().nullable().optional(),
  shipped_date: text(),
  external_payment_reference: text(),
  external_shipping_reference: text(),
  purchase_order_number: text(),
});

export type MarketplaceOrder = z.infer<typeof marketplaceOrderSchema>;
export type MarketplaceLine = z.infer<typeof lineSchema>;
export type MarketplaceAddress = z.infer<typeof shippingAddressSchema>;

/** The list answers a JSON array of orders; each is checked on its own. */
export const orderListSchema = z.array(z.unknown());
