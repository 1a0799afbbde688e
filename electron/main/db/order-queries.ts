// The queue's view of the orders cache as SQL: filter, search, sort, page (run by order-query-run.ts).
import type { FulfillmentStatus, TransactionType } from '../../../shared/api/equipme.ts';
import { firstShopKey, lastShopKey } from '../../../shared/domain/order-keys.ts';
import type { OrderSourceName } from '../../../shared/domain/order-sources.ts';
import type { OrderSummary } from './order-columns.ts';
import { SUMMARY_COLUMNS } from './order-columns.ts';
import { foldedTerm, type SearchTerms, searchExpressions, searchTerms } from './order-search.ts';

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
  /** One source's orders only: a range of order keys (shared/domain/order-keys.ts). */
  source?: OrderSourceName;
  /** Orders that left the open statuses are hidden unless asked for. */
  includeClosed?: boolean;
  sort: { by: OrderSortKey; direction: 'asc' | 'desc' };
  limit: number;
  offset: number;
}

export interface OrderPage {
  rows: OrderSummary[];
  /** Orders the query matches; for a search, at most SEARCH_COUNT_CAP (see totalCapped). */
  total: number;
  /** A search matched more than SEARCH_COUNT_CAP orders: `total` is the cap ("1,000+"). */
  totalCapped: boolean;
}

/**
 * A search counts its hits only up to here: past it the operator narrows the search rather than
 * scrolls, and counting every hit of a broad term ("Müller": 8,000+) cost more than the page.
 */
export const SEARCH_COUNT_CAP = 1000;

/** Candidates a search checks itself: a rare term has fewer, a broad one is left to the whole phrase. */
export const NARROW_CANDIDATES = 250;
/** Characters at the end of the longest term that find its candidates. */
const NARROW_TAIL = 6;
/**
 * Open orders a broad-first probe checks: a term in two of three of them is known to be broad before
 * the trigram index is asked. Kept small, as a term that is not costs the probe for nothing.
 */
export const PROBE_ROWS = 1500;
/** The first open orders checked before the probe: unless two in three are hits, it is not run. */
export const PROBE_SAMPLE = 60;
/** The phrase's length from which the trigram match costs more than the probe (three trigrams). */
const PROBE_FROM_CHARACTERS = 5;

const SORT_COLUMNS: Record<OrderSortKey, string> = {
  created: 'o.created_at',
  'order-number': 'o.order_number',
  customer: 'o.customer_name',
};

/** The open queue in each sort order, with the filter columns (migration 0150). */
const OPEN_SORT_INDEXES: Record<OrderSortKey, string> = {
  created: 'orders_open_by_created',
  'order-number': 'orders_open_by_order_number',
  customer: 'orders_open_by_customer',
};

/** The open queue without a search: one page in sort order, and the exact count. */
export interface QueueSql {
  kind: 'queue';
  page: string;
  pageParams: (string | number)[];
  count: string;
  countParams: (string | number)[];
}

/**
 * A search. The search index is matched once: `hits` gives the ids of the hits that pass the
 * filters, up to SEARCH_COUNT_CAP + 1 (their filter and sort columns read from orders_queue_by_id,
 * never from the wide order rows); then one page is read. All three pages give the same rows in the
 * same order: the one that reads least is used.
 */
export interface SearchSql {
  kind: 'search';
  hits: string;
  hitsParams: (string | number)[];
  /** Cheaper hits for a long term (an order or part number): the index finds the candidates for its
   * last characters alone (a long phrase's first trigrams, such as `SO-2026-0`, are in every order)
   * and each candidate's folded text is checked for every term: the hits as a JSON array (`found`)
   * and the candidates checked, at most NARROW_CANDIDATES. Null when the whole phrase is as cheap. */
  narrowHits: string | null;
  narrowHitsParams: (string | number)[];
  /** Broad first: the first PROBE_ROWS open orders that pass the filters, each checked in its folded
   * text; gives the hits among them, at most SEARCH_COUNT_CAP + 1. When that many come back the
   * search is broad and its whole phrase is never matched in the trigram index. Run only when its
   * first PROBE_SAMPLE orders are two in three hits (the same statement, smaller limits). Null for a phrase
   * shorter than 5 characters (its match is cheap), a short term (the word index checks it), or
   * closed orders included. */
  probe: string | null;
  probeParams: (string | number)[];
  /** A page of the hits found, bound as a JSON array of ids, then limit and offset. */
  hitPage: string;
  /** More hits than the cap in the open queue: walks the queue in sort order, checking each order's
   * folded search text (and the word index for short terms), and stops after one page of hits.
   * Null with closed orders included. */
  broadPage: string | null;
  broadPageParams: (string | number)[];
  /** The same walk, each order's word (or odd-term) match run for that order alone: cheaper than
   * reading the term's every hit first when most orders are hits (`S`, `SO`). It walks at most a
   * given number of orders (bound before limit and offset): a page short of its limit says the hits
   * were sparser there than expected. Null when the walk has no index match. */
  perOrderBroadPage: string | null;
  perOrderBroadPageParams: (string | number)[];
  /** Open orders that pass the filters with an id between two hits' ids, up to a limit: how dense
   * the hits are. */
  ordersBetween: string;
  ordersBetweenParams: (string | number)[];
  /** The ids of open orders whose order number starts with the longest term (in upper case) and
   * whose folded text holds every term, up to SEARCH_COUNT_CAP + 1, read from the order-number index:
   * hits found without the trigram index. When the cap is passed the search is broad. Null when a
   * term is checked in an index rather than in the folded text, or closed orders are included. */
  orderNumberHits: string | null;
  orderNumberHitsParams: (string | number)[];
  /** More hits than the cap, closed orders included: every hit sorted. */
  allHitsPage: string;
  allHitsPageParams: (string | number)[];
}

/** The SQL behind queryOrders (exported so tests can check its query plan). */
export function orderQuerySql(query: OrderQuery): QueueSql | SearchSql {
  const where: string[] = [];
  const params: (string | number)[] = [];
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
  // Checked in whichever index the query walks (they all carry the id), never the plan's driver: the
  // unary plus keeps the planner off the rowid range, which reads the wide rows and sorts them all.
  const range = query.source === undefined ? null : sourceKeyRange(query.source);
  if (range !== null) {
    where.push('+o.id BETWEEN ? AND ?');
    params.push(range.lowest, range.highest);
  }
  const direction = query.sort.direction === 'desc' ? 'DESC' : 'ASC';
  const sortColumn = SORT_COLUMNS[query.sort.by];
  const order = `ORDER BY ${sortColumn} ${direction}, o.id ${direction}`;
  const paging = [query.limit, query.offset];
  const terms = searchTerms(query.text ?? '');
  const { trigram, words } = searchExpressions(terms);

  if (trigram === null && words === null) {
    const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    if (range !== null && query.source !== 'equipme') return shopQueueSql(range, filter, params, query);
    return {
      kind: 'queue',
      page: `SELECT ${SUMMARY_COLUMNS} FROM orders AS o ${filter} ${order} LIMIT ? OFFSET ?`,
      pageParams: [...params, ...paging],
      count: `SELECT count(*) FROM orders AS o ${filter}`,
      countParams: params,
    };
  }

  const matches = [
    ...(trigram === null ? [] : [{ table: 'orders_trigram', alias: 't', expression: trigram }]),
    ...(words === null ? [] : [{ table: 'orders_words', alias: 'w', expression: words }]),
  ];
  const [driver, ...rest] = matches as [(typeof matches)[number], ...typeof matches];
  const expressions = matches.map(({ expression }) => expression);
  const matchIn = (table: string) => `o.id IN (SELECT rowid FROM ${table} WHERE ${table} MATCH ?)`;
  // The page's own rows are read from orders by id, once the page is known.
  const pageOf = (hits: string) =>
    `SELECT ${SUMMARY_COLUMNS} FROM (${hits}) AS hit CROSS JOIN orders AS o ON o.id = hit.id
      ORDER BY hit.sortKey ${direction}, hit.id ${direction}`;
  const sorted = `ORDER BY sortKey ${direction}, o.id ${direction} LIMIT ? OFFSET ?`;

  // The search index drives (CROSS JOIN fixes the order): its hits are looked up by id.
  const driven = `SELECT o.id AS id, ${sortColumn} AS sortKey FROM ${driver.table} AS ${driver.alias}
    CROSS JOIN orders AS o INDEXED BY orders_queue_by_id ON o.id = ${driver.alias}.rowid
    WHERE ${[`${driver.alias}.${driver.table} MATCH ?`, ...rest.map(({ table }) => matchIn(table)), ...where].join(' AND ')}`;
  const found = `SELECT o.id AS id, ${sortColumn} AS sortKey FROM orders AS o INDEXED BY orders_queue_by_id
    WHERE o.id IN (SELECT value FROM json_each(?)) ${sorted}`;
  // The open queue drives, in sort order. A long term is checked in the order's folded search text:
  // matching it in the trigram index would find every one of its thousands of hits first.
  const checks: { sql: string; param: string; table?: string }[] = terms.long.map((term) => {
    const folded = foldedTerm(term);
    return folded === null
      ? {
          sql: matchIn('orders_trigram'),
          param: searchExpressions({ long: [term], short: [] }).trigram ?? '',
          table: 'orders_trigram',
        }
      : { sql: 'instr(f.text, ?) > 0', param: folded };
  });
  if (words !== null) checks.push({ sql: matchIn('orders_words'), param: words, table: 'orders_words' });
  const folds = checks.some(({ table }) => table === undefined);
  // An index match per order: the index is asked for this one order's id (its rowid constraint).
  const perOrder = (table: string) =>
    `EXISTS (SELECT 1 FROM ${table} WHERE ${table} MATCH ? AND rowid = o.id)`;
  const walk = `SELECT o.id AS id, ${sortColumn} AS sortKey FROM orders AS o
    INDEXED BY ${OPEN_SORT_INDEXES[query.sort.by]}
    ${folds ? 'CROSS JOIN orders_search_folded AS f ON f.id = o.id' : ''}
    WHERE ${[...where, ...checks.map(({ sql }) => sql)].join(' AND ')} ${order} LIMIT ? OFFSET ?`;

  const foldedOnly = checks.every(({ table }) => table === undefined);
  // A long phrase's every trigram may be in every order (`SO-2026`): its match reads them all.
  const longPhrase = terms.long.some((term) => foldedLength(term) >= PROBE_FROM_CHARACTERS);
  const probe =
    query.includeClosed || !foldedOnly || !longPhrase
      ? null
      : `SELECT id FROM (SELECT o.id AS id, ${checks.map(({ sql }) => sql).join(' AND ')} AS found
        FROM orders AS o INDEXED BY ${OPEN_SORT_INDEXES[query.sort.by]}
        CROSS JOIN orders_search_folded AS f ON f.id = o.id WHERE ${where.join(' AND ')} LIMIT ?)
        WHERE found LIMIT ?`;

  const narrow = narrowHitsSql(terms, words === null ? [] : [matchIn('orders_words')], where);
  return {
    kind: 'search',
    hits: `SELECT id FROM (${driven}) LIMIT ?`,
    hitsParams: [...expressions, ...params, SEARCH_COUNT_CAP + 1],
    narrowHits: narrow?.sql ?? null,
    narrowHitsParams:
      narrow === null
        ? []
        : [...narrow.params, ...(words === null ? [] : [words]), ...params, NARROW_CANDIDATES],
    probe,
    probeParams:
      probe === null
        ? []
        : [...checks.map(({ param }) => param), ...params, PROBE_ROWS, SEARCH_COUNT_CAP + 1],
    hitPage: pageOf(found),
    broadPage: query.includeClosed ? null : pageOf(walk),
    broadPageParams: [...params, ...checks.map(({ param }) => param), ...paging],
    perOrderBroadPage:
      query.includeClosed || foldedOnly
        ? null
        : pageOf(`SELECT id, sortKey FROM (SELECT o.id AS id, ${sortColumn} AS sortKey,
            ${checks.map(({ sql, table }) => (table === undefined ? sql : perOrder(table))).join(' AND ')} AS found
          FROM orders AS o INDEXED BY ${OPEN_SORT_INDEXES[query.sort.by]}
          ${folds ? 'CROSS JOIN orders_search_folded AS f ON f.id = o.id' : ''}
          WHERE ${where.join(' AND ')} ${order} LIMIT ?) WHERE found LIMIT ? OFFSET ?`),
    perOrderBroadPageParams: [...checks.map(({ param }) => param), ...params],
    ordersBetween: `SELECT count(*) FROM (SELECT 1 FROM orders AS o INDEXED BY orders_queue_by_id
      WHERE ${['o.id BETWEEN ? AND ?', ...where].join(' AND ')} LIMIT ?)`,
    ordersBetweenParams: params,
    ...orderNumberHitsSql(terms, checks, where, params, !query.includeClosed && foldedOnly),
    allHitsPage: pageOf(`${driven} ${sorted}`),
    allHitsPageParams: [...expressions, ...params, ...paging],
  };
}

/**
 * One shop's open queue: its keys are one range of orders_queue_by_id, which has every filter and
 * sort column, so its orders are filtered and sorted there and only the page's rows are read. (The
 * open queue's sort indexes would be walked past every Equipme order before a page of the shop's.)
 */
function shopQueueSql(
  range: { lowest: number; highest: number },
  filter: string,
  params: (string | number)[],
  query: OrderQuery,
): QueueSql {
  const direction = query.sort.direction === 'desc' ? 'DESC' : 'ASC';
  const inRange = `FROM orders AS o INDEXED BY orders_queue_by_id ${filter} AND o.id BETWEEN ? AND ?`;
  const keys = [...params, range.lowest, range.highest];
  return {
    kind: 'queue',
    page: `SELECT ${SUMMARY_COLUMNS} FROM (
        SELECT o.id AS id, ${SORT_COLUMNS[query.sort.by]} AS sortKey ${inRange}
        ORDER BY sortKey ${direction}, o.id ${direction} LIMIT ? OFFSET ?
      ) AS hit CROSS JOIN orders AS o ON o.id = hit.id ORDER BY hit.sortKey ${direction}, hit.id ${direction}`,
    pageParams: [...keys, query.limit, query.offset],
    count: `SELECT count(*) ${inRange}`,
    countParams: keys,
  };
}

/**
 * A source's order keys as one range: Equipme's are its positive ids, each shop's a negative range.
 * Every index carries the id, so the filter is checked in the index the query walks anyway.
 */
export function sourceKeyRange(source: OrderSourceName): { lowest: number; highest: number } {
  if (source === 'equipme') return { lowest: 1, highest: Number.MAX_SAFE_INTEGER };
  return { lowest: lastShopKey(source), highest: firstShopKey(source) };
}

/** The candidates' SQL and its leading parameters (the folded terms, the tail's expression). */
function narrowHitsSql(
  terms: SearchTerms,
  wordChecks: string[],
  where: string[],
): { sql: string; params: string[] } | null {
  const folded = terms.long.map(foldedTerm);
  if (folded.length === 0 || folded.some((term) => term === null)) return null;
  const longest = terms.long.reduce((a, b) => (foldedLength(b) > foldedLength(a) ? b : a));
  // The tail of the term as typed: its fold is the end of the folded term, and the index folds it.
  const tail = [...longest].slice(-NARROW_TAIL).join('');
  // Only a term longer than its tail gains: a short one's phrase is as cheap as the tail's.
  if (tail === longest || foldedTerm(tail) === null) return null;
  return {
    sql: `SELECT json_group_array(id) FILTER (WHERE found) AS found, count(*) AS checked FROM (
      SELECT o.id AS id, ${folded.map(() => 'instr(f.text, ?) > 0').join(' AND ')} AS found
      FROM orders_trigram AS t CROSS JOIN orders AS o INDEXED BY orders_queue_by_id ON o.id = t.rowid
      CROSS JOIN orders_search_folded AS f ON f.id = o.id
      WHERE ${['t.orders_trigram MATCH ?', ...wordChecks, ...where].join(' AND ')} LIMIT ?)`,
    params: [...(folded as string[]), searchExpressions({ long: [tail], short: [] }).trigram ?? ''],
  };
}

/**
 * Hits from the open queue's order-number index: an order number typed (`SO-2026-0`) is in the
 * trigram index of every order, but as an order number's start it is a range of that index.
 */
function orderNumberHitsSql(
  terms: SearchTerms,
  checks: { sql: string; param: string }[],
  where: string[],
  params: (string | number)[],
  usable: boolean,
): Pick<SearchSql, 'orderNumberHits' | 'orderNumberHitsParams'> {
  if (!usable || terms.long.length === 0) return { orderNumberHits: null, orderNumberHitsParams: [] };
  const longest = terms.long.reduce((a, b) => (foldedLength(b) > foldedLength(a) ? b : a));
  const start = longest.toUpperCase();
  // Every string that starts with `start` sorts below it followed by the highest code point.
  const end = `${start}\u{10FFFF}`;
  return {
    orderNumberHits: `SELECT o.id FROM orders AS o INDEXED BY orders_open_by_order_number
      CROSS JOIN orders_search_folded AS f ON f.id = o.id
      WHERE ${['o.order_number >= ? AND o.order_number < ?', ...where, ...checks.map(({ sql }) => sql)].join(' AND ')}
      LIMIT ?`,
    orderNumberHitsParams: [start, end, ...params, ...checks.map(({ param }) => param), SEARCH_COUNT_CAP + 1],
  };
}

const foldedLength = (term: string) => [...(foldedTerm(term) ?? '')].length;
