import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { err, ok, type Result } from '../../../shared/domain/result.ts';
import { formatIssues, WITH_INPUT } from './issues.ts';
import { fulfillmentOrderSchema } from './order-schema.ts';

export interface OrderValidationError {
  /** The order's id when the payload carries a readable one. */
  orderId?: number;
  /** One line per problem, each naming the exact field path. */
  issues: string[];
  /** e.g. `order 100234: bomItems[2].product.partNumber: expected string, received undefined` */
  message: string;
}

const MAX_ISSUES_IN_MESSAGE = 5;

/** Checks a raw payload against the spec's FulfillmentOrder; unknown extra fields are kept. */
export function validateOrder(raw: unknown): Result<FulfillmentOrder, OrderValidationError> {
  const parsed = fulfillmentOrderSchema.safeParse(raw, WITH_INPUT);
  if (parsed.success) return ok(parsed.data);
  const orderId = readableId(raw);
  const issues = formatIssues(parsed.error);
  const shown = issues.slice(0, MAX_ISSUES_IN_MESSAGE).join('; ');
  const more =
    issues.length > MAX_ISSUES_IN_MESSAGE ? ` (and ${issues.length - MAX_ISSUES_IN_MESSAGE} more)` : '';
  const subject = orderId === undefined ? 'order without a readable id' : `order ${orderId}`;
  return err({
    ...(orderId === undefined ? {} : { orderId }),
    issues,
    message: `${subject}: ${shown}${more}`,
  });
}

/** The payload's id when it is a safe integer, whatever else is wrong with it. */
export function readableId(raw: unknown): number | undefined {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return undefined;
  return Number.isSafeInteger(raw.id) ? (raw.id as number) : undefined;
}
