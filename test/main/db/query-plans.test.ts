// The queue must stay interactive over 50,000 orders: assert the plans use the indexes, not timings.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { OrderQuery, StationDb } from '../../../electron/main/db/index.ts';
import { openStationDb, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { orderQuerySql, type QueueSql, type SearchSql } from '../../../electron/main/db/order-queries.ts';
import { OPEN_COUNTS_SQL } from '../../../electron/main/db/order-queue-facts.ts';
import { SENDABLE_SQL } from '../../../electron/main/db/outbox-entries.ts';
import { enqueueTransition } from '../../../electron/main/outbox/index.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { explain } from './explain.ts';

const STATUSES = [
  'new',
  'inprocess',
  'ready-for-delivery',
  'in-delivery-outbound',
  'delivered-outbound',
] as const;

function fill(db: StationDb): void {
  const orders = Array.from({ length: 3000 }, (_, index) =>
    makeOrder({
      id: index + 1,
      status: STATUSES[index % STATUSES.length],
      transactionType: index % 7 === 0 ? 'return' : 'order',
      location: { id: (index % 20) + 1, name: `Location ${(index % 20) + 1}` },
      customerName: `Customer ${index % 300}`,
      partNumbers: [`PN-${index % 500}`],
    }),
  );
  const now = new Date('2025-03-01T08:00:00.000Z');
  upsertPulledOrders(db, orders, now);
  for (const order of orders.filter((o) => o.status === 'new').slice(0, 200)) {
    enqueueTransition(db, { orderId: order.id, action: 'process', operator: 'ana', stationId: 's', now });
  }
}

/** Every step of the plan reads through an index (or the search index); none scans the orders table. */
function expectNoTableScan(plan: string): void {
  expect(plan).not.toMatch(/^SCAN (o|orders)$/m);
}

function searchSql(query: OrderQuery): SearchSql {
  const sql = orderQuerySql(query);
  if (sql.kind !== 'search') throw new Error('a search was expected');
  return sql;
}

/** The plan of every statement the query may run. */
function plansOf(filled: StationDb, sql: QueueSql | SearchSql): string[] {
  if (sql.kind === 'queue') {
    return [explain(filled, sql.page, sql.pageParams), explain(filled, sql.count, sql.countParams)];
  }
  return [
    explain(filled, sql.hits, sql.hitsParams),
    explain(filled, sql.hitPage, ['[1, 2, 3]', 50, 0]),
    explain(filled, sql.allHitsPage, sql.allHitsPageParams),
    ...(sql.broadPage === null ? [] : [explain(filled, sql.broadPage, sql.broadPageParams)]),
  ];
}

const QUERY: OrderQuery = { sort: { by: 'created', direction: 'asc' }, limit: 50, offset: 0 };

const CASES: { name: string; query: Partial<OrderQuery>; uses: RegExp[] }[] = [
  // The count may read any of the queue's partial indexes: each holds exactly the orders still to do.
  {
    name: 'the open queue by date',
    query: {},
    uses: [/INDEX orders_open_by_(created|status|customer|order_number)/],
  },
  {
    name: 'a status filter',
    query: { statuses: ['new', 'inprocess'] },
    uses: [/INDEX orders_open_by_status/],
  },
  // The open queue's indexes carry the filter columns (migration 170 dropped the indexes by
  // location and by transaction type, which made a filter read the wide order rows).
  { name: 'a location filter', query: { locationIds: [3, 4] }, uses: [/INDEX orders_open_by_\w+/] },
  {
    name: 'a transaction type filter',
    query: { transactionTypes: ['return'] },
    uses: [/INDEX orders_open_by_\w+/],
  },
  {
    name: 'a substring search',
    query: { text: 'pn-12' },
    uses: [/SCAN t VIRTUAL TABLE INDEX \d+:M/, /SEARCH o USING COVERING INDEX orders_queue_by_id/],
  },
  {
    name: 'a short search term',
    query: { text: 'cu' },
    uses: [/SCAN w VIRTUAL TABLE INDEX \d+:M/, /SEARCH o USING COVERING INDEX orders_queue_by_id/],
  },
  {
    name: 'long and short terms with filters',
    query: { text: 'customer 1', statuses: ['new'], locationIds: [1] },
    uses: [/SCAN t VIRTUAL TABLE INDEX \d+:M/, /SCAN orders_words VIRTUAL TABLE INDEX \d+:M/],
  },
];

for (const analyzed of [false, true]) {
  describe(`query plans ${analyzed ? 'with' : 'without'} planner statistics`, () => {
    // One filled database per regime, in memory: the plans are the same as for a file.
    let filled: StationDb;
    beforeAll(() => {
      filled = openStationDb(':memory:');
      fill(filled);
      if (analyzed) filled.exec('ANALYZE');
    });
    afterAll(() => filled.close());

    for (const { name, query, uses } of CASES) {
      test(`${name}: every statement it runs uses indexes`, () => {
        const [first, ...others] = plansOf(filled, orderQuerySql({ ...QUERY, ...query }));
        // The queue's page and count, or the search's hits, read what the case names.
        for (const plan of [first ?? '', ...(query.text === undefined ? others : [])]) {
          for (const pattern of uses) expect(plan).toMatch(pattern);
        }
        for (const plan of [first ?? '', ...others]) expectNoTableScan(plan);
      });
    }

    test('a search filters and sorts its hits in orders_queue_by_id, reading only the page from orders', () => {
      const sql = searchSql({ ...QUERY, text: 'customer', statuses: ['new'], locationIds: [1, 2] });
      const hits = explain(filled, sql.hits, sql.hitsParams);
      expect(hits).toMatch(/SCAN t VIRTUAL TABLE INDEX \d+:M/);
      expect(hits).toMatch(/SEARCH o USING COVERING INDEX orders_queue_by_id \(id=\?/);
      expect(hits).not.toMatch(/INTEGER PRIMARY KEY|TEMP B-TREE/);
      for (const page of [
        explain(filled, sql.hitPage, ['[1, 2, 3]', 50, 0]),
        explain(filled, sql.allHitsPage, sql.allHitsPageParams),
      ]) {
        expect(page).toMatch(/SEARCH o USING COVERING INDEX orders_queue_by_id \(id=\?/);
        expect(page).toMatch(/SCAN hit\nSEARCH o USING INTEGER PRIMARY KEY/);
      }
      // The hits found are paged without matching the search index again.
      expect(explain(filled, sql.hitPage, ['[1, 2, 3]', 50, 0])).not.toMatch(/orders_(trigram|words)/);
    });

    for (const by of ['created', 'order-number', 'customer'] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        test(`a broad search by ${by} ${direction} walks the open queue in order and sorts nothing`, () => {
          const sql = searchSql({ ...QUERY, text: 'customer 1', statuses: ['new'], sort: { by, direction } });
          const plan = explain(filled, sql.broadPage ?? '', sql.broadPageParams);
          const index = { created: 'created', 'order-number': 'order_number', customer: 'customer' }[by];
          expect(plan).toMatch(new RegExp(`^SCAN o USING COVERING INDEX orders_open_by_${index}$`, 'm'));
          // The long term is checked in each walked order's folded text, not by matching every hit
          // in the trigram index; the short one still reads the word index.
          expect(plan).toMatch(/SEARCH f USING INTEGER PRIMARY KEY \(rowid=\?\)/);
          expect(plan).not.toMatch(/orders_trigram/);
          expect(plan).toMatch(/SCAN orders_words VIRTUAL TABLE INDEX \d+:M/);
          expect(plan).not.toMatch(/TEMP B-TREE/);
          expectNoTableScan(plan);
        });
      }
    }

    test('counts by status read the open-status index only', () => {
      const plan = explain(filled, OPEN_COUNTS_SQL);
      expect(plan).toMatch(/COVERING INDEX orders_open_by_status/);
    });

    test('picking sendable entries walks pending entries in order and checks FIFO per order', () => {
      const plan = explain(filled, SENDABLE_SQL, ['2025-03-01T08:00:00.000Z', 10]);
      expect(plan).toMatch(/SEARCH e USING INDEX outbox_by_state \(state=\?\)/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
      expect(plan).toMatch(/SEARCH outbox USING INDEX outbox_by_order \(order_id=\? AND id<\?\)/);
      expect(plan).not.toMatch(/^SCAN (e|outbox)$/m);
    });
  });
}
