// Migration 140: pick counts keep who changed a line and how many of its items were counted by hand.
import Database from 'better-sqlite3';
import { describe, expect } from 'vitest';
import { openStationDb, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { MIGRATIONS } from '../../../electron/main/db/migrations/index.ts';
import { migrate } from '../../../electron/main/db/migrations/runner.ts';
import { readPickRows, writePickCount } from '../../../electron/main/db/picking.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { cacheOrdersBefore160 } from './cached-before.ts';

const NOW = new Date('2026-12-01T08:00:00.000Z');

describe('migration 140: add-pick-operator', () => {
  test('lines counted before it keep their count, with no operator and nothing by hand', ({ dbFile }) => {
    const old = new Database(dbFile);
    const before = MIGRATIONS.findIndex((m) => m.version === 140);
    expect(migrate(old, MIGRATIONS.slice(0, before))).toMatchObject({ ok: true, value: { to: 130 } });
    cacheOrdersBefore160(old, [makeOrder({ id: 7 })], NOW);
    old
      .prepare('INSERT INTO pick_counts (order_id, line, picked, updated_at) VALUES (7, 0, 2, ?)')
      .run(NOW.toISOString());
    old.close();

    const db = openStationDb(dbFile);
    try {
      expect(readPickRows(db, 7).get(0)).toEqual({ line: 0, picked: 2, manual: 0, operator: null });
      upsertPulledOrders(db, [makeOrder({ id: 8 })], NOW);
      writePickCount(db, 8, { line: 0, picked: 1, manual: 1, operator: 'Ana' }, NOW);
      expect(readPickRows(db, 8).get(0)).toEqual({ line: 0, picked: 1, manual: 1, operator: 'Ana' });
    } finally {
      db.close();
    }
  });
});
