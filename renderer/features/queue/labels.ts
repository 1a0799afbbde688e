import type { FulfillmentStatus, TransactionType } from '../../../shared/api/equipme.ts';

export const STATUS_LABELS: Record<FulfillmentStatus, string> = {
  new: 'New',
  inprocess: 'In process',
  'ready-for-delivery': 'Ready for delivery',
  'delivery-requested-outbound': 'Delivery requested',
  'in-delivery-outbound': 'In delivery',
  'delivered-outbound': 'Delivered',
  'delivery-returned-outbound': 'Returned by carrier',
  processed: 'Processed',
  cancelled: 'Cancelled',
};

export const TRANSACTION_LABELS: Record<TransactionType, string> = {
  order: 'Order',
  return: 'Return',
  change: 'Change',
  swap: 'Swap',
  cancellation: 'Cancellation',
};

const CREATED_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatCreated(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : CREATED_FORMAT.format(date);
}
