// The Equipme fulfillment API client and what it returns.
export type { ApiError, ApiErrorKind, Delivery } from './api-error.ts';
export {
  createEquipmeClient,
  type EquipmeClient,
  type EquipmeClientOptions,
  type RequestOptions,
  type TransitionRequest,
} from './client.ts';
export {
  checkListedPage,
  type ListedPage,
  type ListingPosition,
  listingPosition,
  type OrderPage,
  type RejectedOrder,
} from './order-page.ts';
export { MAX_PAGE_SIZE, orderListSearch } from './order-query.ts';
export {
  errorResponseSchema,
  fulfillmentOrderListSchema,
  fulfillmentOrderSchema,
  fulfillmentOrderUpdateSchema,
  fulfillmentTransitionSchema,
  patchOperationSchema,
} from './order-schema.ts';
export { parseRetryAfter } from './retry-after.ts';
export { type OrderValidationError, validateOrder } from './validate-order.ts';
