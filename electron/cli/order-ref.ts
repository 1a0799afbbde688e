// An order named on the command line: a plain number is Equipme's order id, as it always was;
// `S:id` names an order of source S by its own id (`emporix:orderId123456`, `marketplace:123`,
// `equipme:42`); order-key.ts resolves it to this station's order key. This module reads text only, so
// the commands that read straight from an API (sales-order, customer) parse `S:id` without a database.
import type { OrderSourceName } from '../../shared/domain/order-sources.ts';
import { orderIdArg } from './flags.ts';
import { sourceAndId } from './source-id.ts';

export type OrderRef =
  | { source: 'equipme'; id: number }
  | { source: Exclude<OrderSourceName, 'equipme'>; id: string };

/** Reads `123` or `S:id`; an error message when it is neither. */
export function orderRefArg(text: string): OrderRef | string {
  const named = sourceAndId(text, 'order');
  if (typeof named === 'string') return named;
  if (named.source !== 'equipme') return { source: named.source, id: named.id };
  const id = orderIdArg(named.id);
  if (typeof id !== 'string') return { source: 'equipme', id };
  return text.includes(':') ? id : `${id} (or name a shop's order as SOURCE:ID, e.g. emporix:orderId123456)`;
}
