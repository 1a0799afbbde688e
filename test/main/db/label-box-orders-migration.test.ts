// Migration 190: a box label of a shipment covers every order of its box (label_box_orders). A
// station at schema 180 keeps its print jobs as they were; after it, a box label counts for each of
// its orders (active job, job list, any job) and the lookups stay on their indexes.
import Database from 'better-sqlite3';
import { describe, expect } from 'vitest';
import { openStationDb, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { MIGRATIONS } from '../../../electron/main/db/migrations/index.ts';
import { migrate, schemaVersion } from '../../../electron/main/db/migrations/runner.ts';
import {
  ACTIVE_JOB_SQL,
  activePrintJob,
  hasPrintJob,
  insertLabelBoxOrders,
  insertPrintJob,
  listPrintJobs,
  type NewPrintJob,
} from '../../../electron/main/db/print-ledger.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { explain } from './explain.ts';

const NOW = new Date('2026-12-01T08:00:00.000Z');
const OLD_LABEL = '0190a000-0000-7000-8000-000000000001';
const OLD_SLIP = '0190a000-0000-7000-8000-000000000002';
const BOX_LABEL = '0190a000-0000-7000-8000-000000000003';

const job = (id: string, orderId: number, extra: Partial<NewPrintJob> = {}): NewPrintJob => ({
  id,
  orderId,
  kind: 'label',
  printerName: 'Files',
  format: 'pdf',
  contentHash: 'abc',
  parts: [Buffer.from('%PDF-')],
  packages: 1,
  notes: [],
  reason: null,
  reasonCode: null,
  reprintOf: null,
  operator: 'ana',
  stationId: 's1',
  createdAt: NOW,
  ...extra,
});

describe('migration 190: create-label-box-orders', () => {
  test('print jobs from schema 180 stay as they were; a box label then counts for each of its orders', ({
    dbFile,
  }) => {
    const old = new Database(dbFile);
    const at180 = MIGRATIONS.findIndex((m) => m.version === 190);
    expect(migrate(old, MIGRATIONS.slice(0, at180))).toMatchObject({ ok: true, value: { to: 180 } });
    upsertPulledOrders(
      old,
      [1, 2, 3, 4].map((id) => makeOrder({ id })),
      NOW,
    );
    insertPrintJob(old, job(OLD_LABEL, 1));
    insertPrintJob(old, job(OLD_SLIP, 1, { kind: 'slip' }));
    old.close();

    const db = openStationDb(dbFile);
    try {
      expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)?.version);
      expect(activePrintJob(db, 1, 'label')?.id).toBe(OLD_LABEL);
      expect(listPrintJobs(db, { orderId: 1 }).map((j) => j.id)).toEqual([OLD_SLIP, OLD_LABEL]);
      expect(hasPrintJob(db, 2, 'label')).toBe(false);

      // One label for the box of orders 2, 3 and 4: the job is order 2's and covers all three.
      db.transaction(() => {
        insertPrintJob(db, job(BOX_LABEL, 2));
        insertLabelBoxOrders(db, BOX_LABEL, [2, 3, 4]);
      })();
      for (const orderId of [2, 3, 4]) {
        expect(activePrintJob(db, orderId, 'label')?.id).toBe(BOX_LABEL);
        expect(hasPrintJob(db, orderId, 'label')).toBe(true);
        expect(hasPrintJob(db, orderId, 'slip')).toBe(false);
        expect(listPrintJobs(db, { orderId }).map((j) => j.id)).toEqual([BOX_LABEL]);
      }
      expect(listPrintJobs(db, { orderId: 1 }).map((j) => j.id)).toEqual([OLD_SLIP, OLD_LABEL]);
      // An order is covered once by a box label: the table refuses listing it twice.
      expect(() => insertLabelBoxOrders(db, BOX_LABEL, [3])).toThrow(/UNIQUE|PRIMARY KEY/);
      // A box label names orders of the cache and jobs of the ledger.
      expect(() => insertLabelBoxOrders(db, BOX_LABEL, [999])).toThrow(/FOREIGN KEY/);
    } finally {
      db.close();
    }
  });

  test("an order's jobs are found by index: its own and the box labels that cover it", ({ db }) => {
    const plan = explain(db, ACTIVE_JOB_SQL, [1, 1, 'label']);
    expect(plan).toMatch(/MULTI-INDEX OR/);
    expect(plan).toMatch(/SEARCH j USING INDEX print_jobs_by_order/);
    expect(plan).toMatch(/SEARCH label_box_orders USING COVERING INDEX label_box_orders_by_order/);
    expect(plan).not.toMatch(/^SCAN /m);
  });
});
