// The queue's view of the orders cache: filter, search, sort, page, and counts per status.
import type { FulfillmentStatus, TransactionType } from '../../../shared/api/equipme.ts';
import type { StationDb } from './connection.ts';
import type { OrderSummary, SummaryRow } from './order-columns.ts';
import { SUMMARY_COLUMNS, toSummary } from './order-columns.ts';
import { searchExpressions } from './order-search.ts';

/**
 * The queue shows what is still to do: not closed, and not processed or cancelled by this station's
 * own pending step either. List, total and the per-status counts all use this one rule.
 */
export const NOT_FINISHED = `o.effective_status NOT IN ('processed', 'cancelled')`;

export type OrderSortKey = 'created' | 'order-number' | 'customer';

export interface OrderQuery {
  /** Words matched anywhere in id, order number, external id, customer name, postal code, part numbers. */
  text?: string;
  /** Effective statuses. Absent or empty lists (here and below) do not filter. */
  statuses?: readonly FulfillmentStatus[];
  transactionTypes?: readonly TransactionType[];
  locationIds?: readonly number[];
  preorder?: boolean;
  /** Orders that left the open statuses are hidden unless asked for. */
  includeClosed?: boolean;
  sort: { by: OrderSortKey; direction: 'asc' | 'desc' };
  limit: number;
  offset: number;
}

export interface OrderPage {
  rows: OrderSummary[];
  total: number;
}

const SORT_COLUMNS: Record<OrderSortKey, string> = {
  created: 'o.created_at',
  'order-number': 'o.order_number',
  customer: 'o.customer_name',
};

export interface OrderQuerySql {
  page: string;
  pageParams: (string | number)[];
  count: string;
  countParams: (string | number)[];
}

/** The SQL behind queryOrders (exported so tests can check its query plan). */
export function orderQuerySql(query: OrderQuery): OrderQuerySql {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const { trigram, words } = searchExpressions(query.text ?? '');
  // The search index drives the query (CROSS JOIN fixes the order): matches are looked up by id.
  let from = 'orders AS o';
  if (trigram !== null) {
    from = 'orders_trigram AS t CROSS JOIN orders AS o ON o.id = t.rowid';
    where.push('t.orders_trigram MATCH ?');
    params.push(trigram);
  }
  if (words !== null) {
    if (trigram === null) {
      from = 'orders_words AS w CROSS JOIN orders AS o ON o.id = w.rowid';
      where.push('w.orders_words MATCH ?');
    } else {
      where.push('o.id IN (SELECT rowid FROM orders_words WHERE orders_words MATCH ?)');
    }
    params.push(words);
  }
  if (!query.includeClosed) where.push(`o.closed = 0 AND ${NOT_FINISHED}`);
  const inList = (column: string, values: readonly (string | number)[] | undefined) => {
    if (!values || values.length === 0) return;
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  inList('o.effective_status', query.statuses);
  inList('o.transaction_type', query.transactionTypes);
  inList('o.location_id', query.locationIds);
  if (query.preorder !== undefined) {
    where.push('o.is_preorder = ?');
    params.push(query.preorder ? 1 : 0);
  }
  const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const direction = query.sort.direction === 'desc' ? 'DESC' : 'ASC';
  return {
    page: `SELECT ${SUMMARY_COLUMNS} FROM ${from} ${filter}
      ORDER BY ${SORT_COLUMNS[query.sort.by]} ${direction}, o.id ${direction}
      LIMIT ? OFFSET ?`,
    pageParams: [...params, query.limit, query.offset],
    count: `SELECT count(*) FROM ${from} ${filter}`,
    countParams: params,
  };
}

export function queryOrders(db: StationDb, query: OrderQuery): OrderPage {
  const sql = orderQuerySql(query);
  // One read transaction: the page and its total come from the same snapshot.
  return db.transaction((): OrderPage => {
    const rows = db.prepare(sql.page).all(...sql.pageParams) as SummaryRow[];
    const total = db
      .prepare(sql.count)
      .pluck()
      .get(...sql.countParams) as number;
    return { rows: rows.map(toSummary), total };
  })();
}
