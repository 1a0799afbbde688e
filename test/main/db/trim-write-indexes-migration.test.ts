// Migration 170: the orders indexes nothing reads are gone, the audit log is rebuilt without
// AUTOINCREMENT, and everything a station cached, queued and logged before is still there.
import Database from 'better-sqlite3';
import { describe, expect } from 'vitest';
import { appendAudit, listAudit } from '../../../electron/main/db/audit-log.ts';
import { openStationDb, queryOrders, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { MIGRATIONS } from '../../../electron/main/db/migrations/index.ts';
import { migrate } from '../../../electron/main/db/migrations/runner.ts';
import { openLocations } from '../../../electron/main/db/order-queue-facts.ts';
import { enqueueTransition, listOutbox } from '../../../electron/main/outbox/index.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

const NOW = new Date('2026-12-01T08:00:00.000Z');
const sort = { by: 'created', direction: 'asc' } as const;
const DROPPED = [
  'orders_by_created',
  'orders_by_location',
  'orders_by_transaction_type',
  'orders_by_order_number',
  'orders_by_customer',
];

const everything = (db: Database.Database) => ({
  orders: db.prepare('SELECT * FROM orders ORDER BY id').all(),
  outbox: db.prepare('SELECT * FROM outbox ORDER BY id').all(),
  audit: db.prepare('SELECT * FROM audit_log ORDER BY id').all(),
});

describe('migration 170: trim-write-indexes', () => {
  test('a station of schema 160 keeps its orders, outbox and audit log, without the indexes nothing reads', ({
    dbFile,
  }) => {
    const old = new Database(dbFile);
    const before = MIGRATIONS.findIndex((m) => m.version === 170);
    expect(migrate(old, MIGRATIONS.slice(0, before))).toMatchObject({ ok: true, value: { to: 160 } });
    upsertPulledOrders(
      old,
      [
        makeOrder({ id: 7, status: 'new', location: { id: 3, name: 'Utrecht' } }),
        makeOrder({ id: 8, status: 'inprocess', location: { id: 4, name: 'Breda' } }),
        makeOrder({ id: 9, status: 'processed', location: { id: 5, name: 'Venlo' } }),
      ],
      NOW,
    );
    const queued = enqueueTransition(old, {
      orderId: 7,
      action: 'process',
      operator: 'ana',
      stationId: 's',
      now: NOW,
    });
    expect(queued.ok).toBe(true);
    appendAudit(old, { at: NOW, stationId: 's', operator: null, kind: 'table-disagreement', orderId: 8 });
    const kept = everything(old);
    expect(kept.audit).toHaveLength(2);
    expect(old.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").pluck().get()).toBe(2);
    old.close();

    const db = openStationDb(dbFile);
    try {
      expect(everything(db)).toEqual(kept);
      const indexes = db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'orders'")
        .pluck()
        .all();
      for (const name of DROPPED) expect(indexes).not.toContain(name);
      expect(indexes).toEqual(expect.arrayContaining(['orders_open_by_status', 'orders_open_locations']));
      // Nine after 0170, and migration 0180's open orders by sales order.
      expect(indexes).toHaveLength(10);
      // No AUTOINCREMENT: a row no longer rewrites sqlite_sequence; ids go on after the last one.
      const auditSql = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'audit_log'").pluck().get();
      expect(auditSql).not.toMatch(/AUTOINCREMENT/i);
      expect(db.prepare("SELECT count(*) FROM sqlite_sequence WHERE name = 'audit_log'").pluck().get()).toBe(
        0,
      );
      expect(appendAudit(db, { at: NOW, stationId: 's', operator: 'ana', kind: 'operator-signed-in' })).toBe(
        3,
      );
      // Still append-only.
      expect(() => db.prepare("UPDATE audit_log SET kind = 'x' WHERE id = 1").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/append-only/);

      expect(listAudit(db, { kind: 'table-disagreement', limit: 5 }).map((r) => r.orderId)).toEqual([8]);
      expect(listAudit(db, { kind: 'transition-enqueued', limit: 5 }).map((r) => r.orderId)).toEqual([7]);
      expect(listOutbox(db, { orderId: 7 }).map((entry) => entry.expectedAfter)).toEqual(['inprocess']);
      expect(openLocations(db)).toEqual([
        { id: 4, name: 'Breda' },
        { id: 3, name: 'Utrecht' },
      ]);
      expect(queryOrders(db, { locationIds: [3], sort, limit: 10, offset: 0 }).rows.map((r) => r.id)).toEqual(
        [7],
      );
      expect(queryOrders(db, { statuses: ['inprocess'], sort, limit: 10, offset: 0 }).total).toBe(2);
    } finally {
      db.close();
    }
  });
});
