// Migration 160: the folded search text, filled for the orders cached before it and kept in step after.
import Database from 'better-sqlite3';
import { describe, expect } from 'vitest';
import { openStationDb, queryOrders, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { MIGRATIONS } from '../../../electron/main/db/migrations/index.ts';
import { migrate } from '../../../electron/main/db/migrations/runner.ts';
import { orderQuerySql, SEARCH_COUNT_CAP } from '../../../electron/main/db/order-queries.ts';
import { trigramFold } from '../../../electron/main/db/trigram-fold.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { cacheOrdersBefore160 } from './cached-before.ts';

const NOW = new Date('2026-12-01T08:00:00.000Z');
const sort = { by: 'created', direction: 'asc' } as const;

describe('migration 160: create-folded-search-text', () => {
  test('folds every order cached before it, and a broad search walks them', ({ dbFile }) => {
    const old = new Database(dbFile);
    const before = MIGRATIONS.findIndex((m) => m.version === 160);
    expect(migrate(old, MIGRATIONS.slice(0, before))).toMatchObject({ ok: true, value: { to: 150 } });
    const orders = Array.from({ length: SEARCH_COUNT_CAP + 500 }, (_, index) =>
      makeOrder({
        id: 1 + index,
        customerName: index % 6 !== 0 ? `MÜLLER Bau ${index}` : `Škoda Fleet ${index}`,
        created: new Date(Date.UTC(2026, 0, 1) + ((index * 7) % 900) * 60_000).toISOString(),
      }),
    );
    cacheOrdersBefore160(old, orders, NOW);
    old.close();

    const db = openStationDb(dbFile);
    try {
      const rows = db
        .prepare(
          'SELECT o.search_text AS text, f.text AS folded FROM orders AS o JOIN orders_search_folded AS f USING (id)',
        )
        .all() as { text: string; folded: string }[];
      expect(rows).toHaveLength(orders.length);
      for (const { text, folded } of rows) expect(folded).toBe(trigramFold(text));

      const query = { text: 'müller bau', sort, limit: 100, offset: 0 };
      const sql = orderQuerySql(query);
      if (sql.kind !== 'search') throw new Error('a search was expected');
      const page = queryOrders(db, query);
      expect(page.totalCapped).toBe(true);
      expect(page.rows.map((row) => row.id)).toEqual(
        db
          .prepare(sql.allHitsPage)
          .all(...sql.allHitsPageParams)
          .map((row) => (row as { id: number }).id),
      );
      expect(page.rows.every((row) => row.customerName.startsWith('MÜLLER'))).toBe(true);

      // An order written after the migration is folded as well, and again when its text changes.
      upsertPulledOrders(db, [makeOrder({ id: 5000, customerName: 'Ørsted Énergie' })], NOW);
      upsertPulledOrders(db, [makeOrder({ id: 5000, customerName: 'Ørsted Énergie ÄÖÜ' })], NOW);
      const folded = db.prepare('SELECT text FROM orders_search_folded WHERE id = 5000').pluck().get();
      expect(folded).toMatch(/ørsted energie aou/);
    } finally {
      db.close();
    }
  });
});
