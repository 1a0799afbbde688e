// Migration 150: the queue's covering indexes, and both search indexes rebuilt from the cached rows.
import Database from 'better-sqlite3';
import { describe, expect } from 'vitest';
import { openStationDb, queryOrders, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { MIGRATIONS } from '../../../electron/main/db/migrations/index.ts';
import { migrate } from '../../../electron/main/db/migrations/runner.ts';
import { orderQuerySql } from '../../../electron/main/db/order-queries.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { cacheOrdersBefore160 } from './cached-before.ts';
import { explain } from './explain.ts';

const NOW = new Date('2026-12-01T08:00:00.000Z');
const sort = { by: 'created', direction: 'asc' } as const;

describe('migration 150: create-queue-search-indexes', () => {
  test('orders cached before it are found by the rebuilt search indexes', ({ dbFile }) => {
    const old = new Database(dbFile);
    const before = MIGRATIONS.findIndex((m) => m.version === 150);
    expect(migrate(old, MIGRATIONS.slice(0, before))).toMatchObject({ ok: true, value: { to: 140 } });
    cacheOrdersBefore160(
      old,
      [
        makeOrder({ id: 7, customerName: 'Müller Bau AG', partNumbers: ['ZX-991-G5'] }),
        makeOrder({ id: 8, customerName: 'Škoda Fleet s.r.o.', status: 'inprocess' }),
      ],
      NOW,
    );
    old.close();

    const db = openStationDb(dbFile);
    try {
      const ids = (text: string) =>
        queryOrders(db, { text, sort, limit: 10, offset: 0 }).rows.map((r) => r.id);
      expect(ids('muller')).toEqual([7]);
      expect(ids('zx-991')).toEqual([7]);
      expect(ids('sk')).toEqual([8]);
      expect(ids('s.r.o')).toEqual([8]);
      for (const table of ['orders_trigram', 'orders_words']) {
        // With rank 1 the check compares the index with the rows of the orders table itself.
        expect(() =>
          db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`).run(),
        ).not.toThrow();
      }
      const schema = (name: string) =>
        db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(name) as string;
      expect(schema('orders_trigram')).toMatch(/columnsize = 0/);
      expect(schema('orders_words')).toMatch(/columnsize = 0, detail = none/);
      // An order written after the migration goes into the new indexes as well.
      upsertPulledOrders(db, [makeOrder({ id: 9, customerName: 'Müller Logistik' })], NOW);
      expect(ids('müller')).toEqual([7, 9]);
      const sql = orderQuerySql({ text: 'müller', sort, limit: 10, offset: 0 });
      if (sql.kind !== 'search') throw new Error('a search was expected');
      expect(explain(db, sql.hits, sql.hitsParams)).toMatch(/COVERING INDEX orders_queue_by_id/);
      expect(explain(db, sql.broadPage ?? '', sql.broadPageParams)).toMatch(
        /COVERING INDEX orders_open_by_created/,
      );
    } finally {
      db.close();
    }
  });
});
