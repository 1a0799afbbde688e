// The station's order key of an order named on the command line (order-ref.ts), through shop_orders.
import type { StationDb } from '../main/db/connection.ts';
import { shopOrderKey } from '../main/db/shop-orders.ts';
import type { OrderRef } from './order-ref.ts';

/** This station's key of the order, or why there is none in words. */
export function orderKeyOf(db: StationDb, ref: OrderRef): number | string {
  if (ref.source === 'equipme') return ref.id;
  const key = shopOrderKey(db, { source: ref.source, id: ref.id });
  return key === null
    ? `${ref.source} order '${ref.id}' is not in this station's cache: pull it first (station pull --source ${ref.source}).`
    : key;
}
