// Filtering, sorting and paging of the order list, as GET /v1/fulfillment/orders does it.
import type { WireFulfillmentOrder as FulfillmentOrder } from '../../../shared/api/equipme.ts';
import type { ListQuery } from './query.ts';
import { SERVICE_CATEGORIES } from './seed/services.ts';

const categoryNames = new Map(SERVICE_CATEGORIES.map((c) => [c.id, c.name]));
const collator = new Intl.Collator('en', { sensitivity: 'base' });

function matches(order: FulfillmentOrder, query: ListQuery, categories: ReadonlySet<string> | undefined) {
  if (query.customers && !query.customers.has(order.customer.id)) return false;
  if (query.services && !query.services.has(order.service.id)) return false;
  if (query.status && !query.status.has(order.status)) return false;
  if (query.transactionTypes && !query.transactionTypes.has(order.transactionType)) return false;
  if (
    query.order !== undefined &&
    order.order.orderNumber !== query.order &&
    String(order.order.id) !== query.order
  ) {
    return false;
  }
  if (query.externalIds && !query.externalIds.has(order.externalId ?? '')) return false;
  if (categories && !categories.has(order.service.category ?? '')) return false;
  if (query.after !== undefined || query.before !== undefined) {
    const created = Date.parse(order.order.created);
    if (query.after !== undefined && !(created > query.after)) return false;
    if (query.before !== undefined && !(created < query.before)) return false;
  }
  return true;
}

export interface OrderPage {
  items: FulfillmentOrder[];
  /** Matching orders across all pages. */
  total: number;
}

/**
 * sortBy=date orders by creation time, then id; sortBy=customer by customer name, then order id.
 * Descending reverses the whole key, tie-breakers included, so paging stays stable either way.
 */
export function listOrders(orders: readonly FulfillmentOrder[], query: ListQuery): OrderPage {
  const categories = query.serviceCategories
    ? new Set([...query.serviceCategories].flatMap((id) => categoryNames.get(id) ?? []))
    : undefined;
  const rows = orders
    .filter((order) => matches(order, query, categories))
    .map((order) => ({ order, key: query.sortBy === 'date' ? Date.parse(order.order.created) : 0 }));
  if (query.sortBy === 'customer') {
    const names = [...new Set(rows.map((r) => r.order.customer.name))].sort(collator.compare);
    const rank = new Map(names.map((name, index) => [name, index]));
    for (const row of rows) row.key = rank.get(row.order.customer.name) ?? 0;
  }
  const direction = query.sortOrder === 'asc' ? 1 : -1;
  rows.sort((a, b) => direction * (a.key - b.key || a.order.id - b.order.id));
  return {
    items: rows.slice(query.offset, query.offset + query.limit).map((r) => r.order),
    total: rows.length,
  };
}
