// An id named on the command line as `S:id` (`emporix:orderId200001`, `equipme:42`) or, as it always
// was, a plain Equipme id. Text only: each command reads the id after the prefix its own way.
import { ORDER_SOURCES, type OrderSourceName } from '../../shared/domain/order-sources.ts';

/** The source and the id after its prefix (a plain id is Equipme's); an error message otherwise. */
export function sourceAndId(text: string, what: string): { source: OrderSourceName; id: string } | string {
  const colon = text.indexOf(':');
  if (colon < 0) return { source: 'equipme', id: text };
  const source = text.slice(0, colon).toLowerCase();
  const id = text.slice(colon + 1).trim();
  if (!(ORDER_SOURCES as readonly string[]).includes(source)) {
    return `unknown order source '${text.slice(0, colon)}' in '${text}' (${ORDER_SOURCES.join(', ')})`;
  }
  if (id === '') return `no ${what} id after '${source}:'`;
  return { source: source as OrderSourceName, id };
}
