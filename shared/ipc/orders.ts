import type { FulfillmentStatus, TransactionType } from '../api/equipme.ts';

export interface OrdersListArgs {
  status?: FulfillmentStatus[];
  /** 1..1000, as the Equipme API allows. */
  limit?: number;
}

/** One row of the order queue: what the station shows before an order is opened. */
export interface OrderSummary {
  id: number;
  orderNumber: string;
  customerName: string;
  status: FulfillmentStatus;
  transactionType: TransactionType;
  isPreorder: boolean;
  /** Number of pick lines (bill-of-materials items). */
  lineCount: number;
  /** When the sales order was placed, ISO 8601. */
  created: string;
  /** ISO 3166-1 country code of the delivery address, if there is one. */
  country: string | null;
}

export interface OrderList {
  orders: OrderSummary[];
  /** How many orders match in Equipme, which may be more than `orders` holds. */
  total: number;
}
