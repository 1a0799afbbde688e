// Running the queue's query: which of the search's statements answer it, in one read transaction.
import type { StationDb } from './connection.ts';
import type { SummaryRow } from './order-columns.ts';
import { toSummary } from './order-columns.ts';
import {
  NARROW_CANDIDATES,
  type OrderPage,
  type OrderQuery,
  orderQuerySql,
  PROBE_SAMPLE,
  SEARCH_COUNT_CAP,
  type SearchSql,
} from './order-queries.ts';

/** The hits' ids, up to SEARCH_COUNT_CAP + 1: from the candidates or the probe when they tell the whole story. */
function searchHits(db: StationDb, sql: SearchSql): number[] {
  if (sql.orderNumberHits !== null) {
    const hits = db
      .prepare(sql.orderNumberHits)
      .pluck()
      .all(...sql.orderNumberHitsParams) as number[];
    // More hits than the cap among the order numbers alone: broad, whatever else the text holds.
    if (hits.length > SEARCH_COUNT_CAP) return hits;
  }
  if (sql.narrowHits !== null) {
    const { found, checked } = db.prepare(sql.narrowHits).get(...sql.narrowHitsParams) as {
      found: string;
      checked: number;
    };
    const hits = JSON.parse(found) as number[];
    // Every candidate was checked, or enough of them are hits to make the search broad.
    if (checked < NARROW_CANDIDATES || hits.length > SEARCH_COUNT_CAP)
      return hits.slice(0, SEARCH_COUNT_CAP + 1);
  }
  if (sql.probe !== null) {
    const probe = db.prepare(sql.probe).pluck();
    // The same probe over its first few orders: a company's name or a part number, in a few percent
    // of the queue, costs that and no more.
    const sample = probe.all(...sql.probeParams.slice(0, -2), PROBE_SAMPLE, PROBE_SAMPLE) as number[];
    if (sample.length * 3 >= PROBE_SAMPLE * 2) {
      const hits = probe.all(...sql.probeParams) as number[];
      // Broad: the queue's walk gives the page. Fewer hits say nothing about the orders not probed.
      if (hits.length > SEARCH_COUNT_CAP) return hits;
    }
  }
  return db
    .prepare(sql.hits)
    .pluck()
    .all(...sql.hitsParams) as number[];
}

export function queryOrders(db: StationDb, query: OrderQuery): OrderPage {
  const sql = orderQuerySql(query);
  // The SQL varies with the filters' list lengths: prepared per query, not cached.
  const all = (text: string, params: readonly unknown[]) => db.prepare(text).all(...params) as SummaryRow[];
  // One read transaction: the page and its total come from the same snapshot.
  return db.transaction((): OrderPage => {
    if (sql.kind === 'queue') {
      const total = db
        .prepare(sql.count)
        .pluck()
        .get(...sql.countParams) as number;
      return { rows: all(sql.page, sql.pageParams).map(toSummary), total, totalCapped: false };
    }
    const hits = searchHits(db, sql);
    const paging = [query.limit, query.offset];
    if (hits.length <= SEARCH_COUNT_CAP) {
      const rows = all(sql.hitPage, [JSON.stringify(hits), ...paging]);
      return { rows: rows.map(toSummary), total: hits.length, totalCapped: false };
    }
    const rows =
      sql.broadPage === null ? all(sql.allHitsPage, sql.allHitsPageParams) : broadWalk(db, sql, hits, query);
    return { rows: rows.map(toSummary), total: SEARCH_COUNT_CAP, totalCapped: true };
  })();
}

/** Rows the broad walk may still ask the index for one by one: beyond, the walk reads the hits first. */
const PER_ORDER_WALK_ROWS = 200;

/**
 * The page of a broad search in the open queue. Asking the index for each order walked costs about
 * 50 µs an order; reading the term's hits first costs a fraction of that per hit, but for every hit
 * (`S`: nearly every order, 12–30 ms at 50k). Per order wins when at least half the orders are hits
 * (the hits found, by their ids, tell how dense they are) and the page is near the top; it walks
 * four times the orders that density needs, and a page it could not fill there is walked again the
 * other way. Both walks give the same rows.
 */
function broadWalk(db: StationDb, sql: SearchSql, hits: readonly number[], query: OrderQuery): SummaryRow[] {
  if (sql.broadPage === null) throw new Error('a broad walk needs open orders only');
  const paging = [query.limit, query.offset];
  const through = query.offset + query.limit;
  if (sql.perOrderBroadPage !== null && through <= PER_ORDER_WALK_ROWS) {
    const between = db
      .prepare(sql.ordersBetween)
      .pluck()
      .get(Math.min(...hits), Math.max(...hits), ...sql.ordersBetweenParams, hits.length * 2) as number;
    if (between < hits.length * 2) {
      const rows = db
        .prepare(sql.perOrderBroadPage)
        .all(...sql.perOrderBroadPageParams, through * 4, ...paging) as SummaryRow[];
      if (rows.length === query.limit) return rows;
    }
  }
  return db.prepare(sql.broadPage).all(...sql.broadPageParams) as SummaryRow[];
}
