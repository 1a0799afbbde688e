// An order named on the command line: a plain number is Equipme's order id, as it always was;
// `S:id` names an order of source S by its own id (`emporix:orderId123456`, `marketplace:123`,
// `equipme:42`), resolved to this station's order key through shop_orders.
import { ORDER_SOURCES, type OrderSourceName } from '../../shared/domain/order-sources.ts';
import type { StationDb } from '../main/db/connection.ts';
import { shopOrderKey } from '../main/db/shop-orders.ts';
import { orderIdArg } from './flags.ts';

export type OrderRef =
  | { source: 'equipme'; id: number }
  | { source: Exclude<OrderSourceName, 'equipme'>; id: string };

/** Reads `123` or `S:id`; an error message when it is neither. */
export function orderRefArg(text: string): OrderRef | string {
  const colon = text.indexOf(':');
  if (colon < 0) {
    const id = orderIdArg(text);
    return typeof id === 'string'
      ? `${id} (or name a shop's order as SOURCE:ID, e.g. emporix:orderId123456)`
      : { source: 'equipme', id };
  }
  const source = text.slice(0, colon).toLowerCase();
  const id = text.slice(colon + 1).trim();
  if (!(ORDER_SOURCES as readonly string[]).includes(source)) {
    return `unknown order source '${text.slice(0, colon)}' in '${text}' (${ORDER_SOURCES.join(', ')})`;
  }
  if (id === '') return `no order id after '${source}:'`;
  if (source === 'equipme') {
    const equipme = orderIdArg(id);
    return typeof equipme === 'string' ? equipme : { source: 'equipme', id: equipme };
  }
  return { source: source as Exclude<OrderSourceName, 'equipme'>, id };
}

/** This station's key of the order, or why there is none in words. */
export function orderKeyOf(db: StationDb, ref: OrderRef): number | string {
  if (ref.source === 'equipme') return ref.id;
  const key = shopOrderKey(db, { source: ref.source, id: ref.id });
  return key === null
    ? `${ref.source} order '${ref.id}' is not in this station's cache: pull it first (station pull --source ${ref.source}).`
    : key;
}
