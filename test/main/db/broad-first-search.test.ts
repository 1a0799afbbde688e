// Broad first: a long phrase found in most of the open queue (`SO-2026`, whose every trigram is in
// every order) is known to be broad from the first orders of the queue, checked in their folded
// text, and the trigram index is never asked. Proven by the statements run, and by the same rows
// and counts as the trigram index's own answer for random terms, sorts and filters.
import { beforeAll, describe, expect, test } from 'vitest';
import type { OrderQuery, StationDb } from '../../../electron/main/db/index.ts';
import { openStationDb, queryOrders, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import {
  orderQuerySql,
  PROBE_ROWS,
  SEARCH_COUNT_CAP,
  type SearchSql,
} from '../../../electron/main/db/order-queries.ts';
import { markClosed } from '../../../electron/main/db/orders.ts';
import type { FulfillmentStatus } from '../../../shared/api/equipme.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { explain } from './explain.ts';

const STATUSES = ['new', 'inprocess', 'ready-for-delivery', 'processed'] as const;
const CUSTOMERS = ['Müller & Söhne GmbH', 'Nordlicht AG', 'Société Générale', 'Ωmega <b>BV</b>'];
const ORDERS = Array.from({ length: 2600 }, (_, index) =>
  makeOrder({
    id: 20_000 + ((index * 7919) % 2600),
    status: STATUSES[index % STATUSES.length],
    orderNumber: `SO-2026-0${String(12_000 + index).padStart(5, '0')}`,
    customerName: `${CUSTOMERS[index % 7 === 0 ? 1 + (index % 3) : 0]} ${index % 11}`,
    partNumbers: [`CAB-${index % 40}`, ...(index % 9 === 0 ? ['LT-X1 "pro"'] : [])],
    created: new Date(Date.UTC(2026, 0, 1) + (index % 900) * 60_000).toISOString(),
    location: { id: 1 + (index % 3), name: `Hall ${1 + (index % 3)}` },
  }),
);
const CLOSED = ORDERS.filter((_, index) => index % 13 === 0).map((order) => order.id);

/** A small seeded generator (mulberry32): the same terms every run, and many of them. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('a broad long phrase', () => {
  let db: StationDb;
  const prepared: string[] = [];
  beforeAll(() => {
    db = openStationDb(':memory:');
    upsertPulledOrders(db, ORDERS, new Date('2026-12-01T08:00:00.000Z'));
    markClosed(db, CLOSED);
    const prepare = db.prepare.bind(db);
    db.prepare = ((source: string) => {
      prepared.push(source);
      return prepare(source);
    }) as typeof db.prepare;
    return () => db.close();
  });

  function searchSql(query: OrderQuery): SearchSql {
    const sql = orderQuerySql(query);
    if (sql.kind !== 'search') throw new Error('a search was expected');
    return sql;
  }

  /** What the trigram index answers for the query: its hits counted to the cap, and its sorted page. */
  function byTrigramIndex(query: OrderQuery) {
    const sql = searchSql(query);
    const hits = db
      .prepare(sql.hits)
      .pluck()
      .all(...sql.hitsParams) as number[];
    const page = db.prepare(sql.allHitsPage).all(...sql.allHitsPageParams) as { id: number }[];
    return {
      ids: page.map((row) => row.id),
      total: Math.min(hits.length, SEARCH_COUNT_CAP),
      totalCapped: hits.length > SEARCH_COUNT_CAP,
    };
  }

  function search(query: OrderQuery) {
    prepared.length = 0;
    const page = queryOrders(db, query);
    return {
      answer: { ids: page.rows.map((row) => row.id), total: page.total, totalCapped: page.totalCapped },
      // The whole phrase matched in the trigram index (the candidates of a long term's tail are
      // bounded, NARROW_CANDIDATES, and are asked first: they answer an exact order number).
      matchedTrigrams: [searchSql(query).hits, searchSql(query).allHitsPage].some((sql) =>
        prepared.includes(sql),
      ),
      // Known broad before any index match: the probe, or the order numbers (orderNumberHits).
      shortcut: [searchSql(query).probe, searchSql(query).orderNumberHits].some(
        (sql) => sql !== null && prepared.includes(sql),
      ),
    };
  }

  test('is answered without matching the trigram index, with the rows and count it would give', () => {
    const sort = { by: 'created', direction: 'asc' } as const;
    for (const text of ['SO-2026', 'so-2026-0', 'SO-2026-01', '2026-01 SO-20']) {
      const query: OrderQuery = { text, sort, limit: 50, offset: 0 };
      const { answer, matchedTrigrams, shortcut } = search(query);
      expect(shortcut).toBe(true);
      expect(matchedTrigrams).toBe(false);
      expect(answer).toMatchObject({ total: SEARCH_COUNT_CAP, totalCapped: true });
      expect(answer).toEqual(byTrigramIndex(query));
    }
    // The probe reads a bounded number of open orders, each checked in its folded text.
    const sql = searchSql({ text: 'SO-2026', sort, limit: 50, offset: 0 });
    expect(sql.probe).not.toMatch(/orders_trigram|orders_words/);
    expect(sql.probeParams).toEqual(['so-2026', PROBE_ROWS, SEARCH_COUNT_CAP + 1]);
    const plan = explain(db, sql.probe ?? '', sql.probeParams);
    expect(plan).toMatch(/SCAN o USING COVERING INDEX orders_open_by_created/);
    expect(plan).toMatch(/SEARCH f USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });

  test('that is not broad among the first orders is matched in the trigram index as before', () => {
    const sort = { by: 'customer', direction: 'desc' } as const;
    // "Ωmega": one order in 21; "CAB-1": 11 part numbers in 40; "pro": one order in nine.
    for (const text of ['Ωmega', 'CAB-1', 'LT-X1 "pro"']) {
      const query: OrderQuery = { text, sort, limit: 50, offset: 0 };
      const { answer, matchedTrigrams, shortcut } = search(query);
      expect({ text, shortcut, matchedTrigrams }).toEqual({ text, shortcut: true, matchedTrigrams: true });
      expect(answer).toEqual(byTrigramIndex(query));
    }
    // A short phrase's match is cheap, and a short term needs the word index: neither is probed.
    expect(searchSql({ text: 'CAB', sort, limit: 50, offset: 0 }).probe).toBeNull();
    expect(searchSql({ text: 'SO-2026 ca', sort, limit: 50, offset: 0 }).probe).toBeNull();
    expect(searchSql({ text: 'SO-2026', includeClosed: true, sort, limit: 50, offset: 0 }).probe).toBeNull();
  });

  test('gives what the trigram index gives for random terms, sorts and filters', () => {
    const next = random(10);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
    const texts = db.prepare('SELECT search_text FROM orders').pluck().all() as string[];
    const substring = () => {
      const text = pick(texts);
      const start = Math.floor(next() * text.length);
      return text.slice(start, start + 3 + Math.floor(next() * 10)).trim();
    };
    // What the field may send (shared/ipc/schemas.ts: no control characters, at most 200).
    const hostile = ['SO-2026\u202e', '<script>', 'SO-2026"', '%_*', 'Ω', 'müller\u0301', 'ß'.repeat(190)];
    let probedBroad = 0;
    for (let round = 0; round < 300; round++) {
      const term = () =>
        pick([
          substring,
          () => `SO-2026-0${Math.floor(next() * 10 ** Math.floor(1 + next() * 4))}`,
          () => 'SO-2026-0'.slice(0, 5 + Math.floor(next() * 5)),
          () => pick(hostile),
        ])();
      const text = next() < 0.2 ? `${term()} ${term()}` : term();
      const statuses = pick<FulfillmentStatus[]>([[], [], ['new'], ['inprocess', 'ready-for-delivery']]);
      const query: OrderQuery = {
        text,
        statuses,
        locationIds: pick([[], [], [2], [1, 3]]),
        sort: {
          by: pick(['created', 'order-number', 'customer'] as const),
          direction: pick(['asc', 'desc'] as const),
        },
        limit: 50,
        offset: pick([0, 0, 50, 950]),
      };
      if (orderQuerySql(query).kind !== 'search') continue;
      const { answer, matchedTrigrams, shortcut } = search(query);
      if (shortcut && !matchedTrigrams) probedBroad++;
      expect(answer, JSON.stringify(query)).toEqual(byTrigramIndex(query));
    }
    // The property covered the new plan, not only the old one.
    expect(probedBroad).toBeGreaterThan(20);
  });
});
