// Runtime checks of an Emporix `order-v2` sales order, as far as the station reads it. The document
// is one example answer, no schema: every field it shows may be missing (optional) or null, unknown
// fields pass (looseObject), and a status the document does not show is kept as sent. Every string
// loses its control and format characters and line breaks: text from a shop is data, one line each.
// Prices, taxes, payments, discounts, mixins, metadata and channel are tolerated and not read.
import { z } from 'zod';
import { plainLine } from '../../../../shared/domain/plain-text.ts';

/** Longer than any real name or address line; a page of text there is garbage, not an address. */
const MAX_TEXT = 1000;

const line = () => z.string().max(MAX_TEXT).overwrite(plainLine);
/** Missing, null or a line of text. */
const text = () => line().nullable().optional();
/** Some tenants send house numbers and postal codes as numbers. */
const textOrNumber = () =>
  z
    .union([line(), z.number().transform(String)])
    .nullable()
    .optional();

const productSchema = z.looseObject({ sku: text(), name: text() });
const variantSchema = z.looseObject({ code: text(), name: text() });

export const emporixEntrySchema = z.looseObject({
  id: text(),
  /** How many to pick: a whole count (a fraction cannot be counted at a packing station). */
  amount: z.int().min(0).max(1_000_000),
  product: productSchema.nullable().optional(),
  variant: variantSchema.nullable().optional(),
});

export const emporixAddressSchema = z.looseObject({
  contactName: text(),
  companyName: text(),
  street: text(),
  streetNumber: textOrNumber(),
  extraLine1: text(),
  extraLine2: text(),
  zipCode: textOrNumber(),
  city: text(),
  state: text(),
  country: text(),
  contactPhone: text(),
});

const shipmentSchema = z.looseObject({
  carrier: text(),
  trackingNumber: textOrNumber(),
  shippedDate: text(),
});

export const emporixSalesOrderSchema = z.looseObject({
  id: z.string().min(1).max(200).overwrite(plainLine),
  /** Kept as sent: CREATED, COMPLETED and any status a newer Emporix has. */
  status: z.string().min(1).max(100).overwrite(plainLine),
  created: text(),
  completed: text(),
  entries: z.array(emporixEntrySchema).max(10_000).nullable().optional(),
  customer: z
    .looseObject({ name: text(), firstName: text(), lastName: text(), company: text() })
    .nullable()
    .optional(),
  shippingAddress: emporixAddressSchema.nullable().optional(),
  shipping: z
    .looseObject({
      lines: z
        .array(z.looseObject({ code: text(), name: text() }))
        .max(100)
        .nullable()
        .optional(),
    })
    .nullable()
    .optional(),
  shipments: z.array(shipmentSchema).max(1000).nullable().optional(),
});

export type EmporixSalesOrder = z.infer<typeof emporixSalesOrderSchema>;
export type EmporixAddress = z.infer<typeof emporixAddressSchema>;
