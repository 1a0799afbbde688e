// GET /v1/fulfillment/orders query: checked before sending (a bad filter is a station bug, not a
// server problem) and serialised with arrays as repeated keys (?status=new&status=inprocess).
import { z } from 'zod';
import { FULFILLMENT_STATUSES, type OrderListQuery, TRANSACTION_TYPES } from '../../../shared/api/equipme.ts';
import { err, ok, type Result } from '../../../shared/domain/result.ts';
import { formatIssues, WITH_INPUT } from './issues.ts';

export const MAX_PAGE_SIZE = 1000;

// Strict: a misspelt filter would otherwise be dropped silently and widen the listing.
const orderListQuerySchema = z.strictObject({
  customers: z.array(z.int32()).optional(),
  services: z.array(z.int32()).optional(),
  status: z.array(z.enum(FULFILLMENT_STATUSES)).optional(),
  transactionTypes: z.array(z.enum(TRANSACTION_TYPES)).optional(),
  order: z.string().optional(),
  externalIds: z.array(z.string()).optional(),
  serviceCategories: z.array(z.int32()).optional(),
  // The spec's date-time carries a zone: a local time would be read by the server in its own.
  after: z.iso.datetime({ offset: true }).optional(),
  before: z.iso.datetime({ offset: true }).optional(),
  // The spec types these as free strings but documents the values (customer|date, asc|desc).
  sortBy: z.enum(['customer', 'date']).optional(),
  sortOrder: z.enum(['asc', 'desc']).optional(),
  offset: z.int32().min(0).optional(),
  limit: z.int().min(1).max(MAX_PAGE_SIZE).optional(),
});

// Compile-time proof that the schema covers exactly the documented filters.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
export const QUERY_MATCHES_SPEC: SameKeys<z.output<typeof orderListQuerySchema>, OrderListQuery> = true;

/** The URL search string for a listing, or the problems that keep it from being sent. */
export function orderListSearch(query: OrderListQuery): Result<URLSearchParams, string[]> {
  const parsed = orderListQuerySchema.safeParse(query, WITH_INPUT);
  if (!parsed.success) return err(formatIssues(parsed.error));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parsed.data)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  return ok(search);
}
