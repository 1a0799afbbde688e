// After migration 170 dropped five orders indexes: every statement the queue, the scan lookup, the
// outbox, the pull and the audit log run still reads through an index. The statements are the ones
// the station really runs (traced on a second connection), each explained as run.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appendAudit, countAuditKinds, listAudit } from '../../../electron/main/db/audit-log.ts';
import { openStationDb, queryOrders, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { ordersByExternalId, ordersByNumber } from '../../../electron/main/db/order-lookup.ts';
import {
  openCountsByStatus,
  openLocations,
  outboxChangesSince,
} from '../../../electron/main/db/order-queue-facts.ts';
import { isOrderClosed, openOrderIds } from '../../../electron/main/db/orders.ts';
import { claimSendable, listOutbox, outboxCounts } from '../../../electron/main/db/outbox-entries.ts';
import { enqueueTransition, markApplied } from '../../../electron/main/outbox/index.ts';
import { seedData } from '../../../electron/main/simulator/seed/dataset.ts';
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { explain } from './explain.ts';

const NOW = new Date('2026-12-01T08:00:00.000Z');
const sort = { by: 'created', direction: 'asc' } as const;
/** After every write of the fill: the change feed asks for what changed since its last look. */
const LATER = '2026-12-01T08:05:00.000Z';
/** A full scan of a big table: what must not happen on these paths. */
const TABLE_SCAN = /^SCAN (orders|o|outbox|e|audit_log)$/m;

for (const analyzed of [false, true]) {
  describe(`statements of the write paths ${analyzed ? 'with' : 'without'} planner statistics`, () => {
    let dir: string;
    let db: Database.Database;
    let orders: FulfillmentOrder[];
    const ran: string[] = [];
    /** The statements `work` ran and their plans. */
    const plansOf = (work: () => void): { sql: string; plan: string }[] => {
      ran.length = 0;
      work();
      return ran
        .filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA)/i.test(sql))
        .map((sql) => ({ sql, plan: explain(db, sql) }));
    };
    const expectIndexed = (work: () => void) => {
      const plans = plansOf(work);
      expect(plans.length).toBeGreaterThan(0);
      for (const { sql, plan } of plans) expect(plan, sql).not.toMatch(TABLE_SCAN);
      return plans.map(({ plan }) => plan).join('\n');
    };

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'packing-station-plans-'));
      const file = join(dir, 'station.db');
      const data = seedData(1, 3000);
      orders = data.orders.filter((order) => !data.foreignIds.has(order.id)) as FulfillmentOrder[];
      const filled = openStationDb(file);
      upsertPulledOrders(filled, orders, NOW);
      // Like a station that has worked a while: most entries applied, a few still to send.
      const fresh = orders.filter((o) => o.status === 'new' && o.transactionType !== 'return').slice(0, 300);
      for (const [i, order] of fresh.entries()) {
        const queued = enqueueTransition(filled, {
          orderId: order.id,
          action: 'process',
          operator: 'ana',
          stationId: 's',
          now: NOW,
        });
        if (!queued.ok || i >= fresh.length - 20) continue;
        claimSendable(filled, NOW, 1);
        markApplied(filled, queued.value.id, NOW);
      }
      appendAudit(filled, {
        at: NOW,
        stationId: 's',
        operator: null,
        kind: 'table-disagreement',
        orderId: 1,
      });
      if (analyzed) filled.exec('ANALYZE');
      filled.close();
      db = new Database(file, { verbose: (sql) => ran.push(String(sql)) });
    });
    afterAll(() => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('the queue filtered by location walks the open queue, not a location index and its rows', () => {
      const plan = expectIndexed(() => queryOrders(db, { locationIds: [3, 4], sort, limit: 100, offset: 0 }));
      expect(plan).toMatch(/SCAN o USING (COVERING )?INDEX orders_open_by_created/);
      expect(plan).not.toMatch(/orders_open_locations/);
    });

    test('the counts per status, of all locations or some, read only the status index', () => {
      expect(expectIndexed(() => openCountsByStatus(db, []))).toMatch(/COVERING INDEX orders_open_by_status/);
      expect(expectIndexed(() => openCountsByStatus(db, [3, 4]))).toMatch(
        /COVERING INDEX orders_open_(by_status|by_created|by_customer|by_order_number)/,
      );
    });

    test('the list of locations reads only its own index', () => {
      expect(expectIndexed(() => openLocations(db))).toMatch(/COVERING INDEX orders_open_locations/);
    });

    test('a scanned code is looked up by its NOCASE index', () => {
      expect(expectIndexed(() => ordersByNumber(db, 'so-2026-000017', 5))).toMatch(
        /INDEX orders_by_order_number_nocase/,
      );
      expect(expectIndexed(() => ordersByExternalId(db, 'ext-1', 5))).toMatch(
        /INDEX orders_by_external_id_nocase/,
      );
    });

    test('a press, a send and its outcome read by key and index', () => {
      const open = orders.filter((o) => o.status === 'new' && o.transactionType !== 'return').at(-1);
      expectIndexed(() => {
        enqueueTransition(db, {
          orderId: open?.id ?? 0,
          action: 'process',
          operator: 'ana',
          stationId: 's',
          now: NOW,
        });
      });
      let claimed: string[] = [];
      expectIndexed(() => {
        claimed = claimSendable(db, NOW, 4).map((entry) => entry.id);
      });
      expectIndexed(() => markApplied(db, claimed[0] ?? '', NOW));
      expectIndexed(() => outboxCounts(db));
      expectIndexed(() => listOutbox(db, { states: ['failed', 'held'] }));
      expect(expectIndexed(() => outboxChangesSince(db, LATER))).toMatch(/INDEX outbox_by_state/);
    });

    test('a pull reads its orders by key and finds the vanished ones in an index', () => {
      const changed = orders
        .slice(0, 20)
        .map((order) => ({ ...order, notes: 'changed' }) as FulfillmentOrder);
      expectIndexed(() => upsertPulledOrders(db, [...changed, ...orders.slice(20, 40)], NOW));
      expect(expectIndexed(() => openOrderIds(db))).toMatch(/COVERING INDEX/);
      expectIndexed(() => isOrderClosed(db, 7));
    });

    test('the audit log is read by kind from its index, and by order', () => {
      const byKind = expectIndexed(() => listAudit(db, { kind: 'table-disagreement', limit: 20 }));
      expect(byKind).toMatch(/INDEX audit_log_by_kind/);
      // An order's rarer kinds (migration 200: its everyday rows are not in the index by order).
      expect(
        expectIndexed(() => listAudit(db, { orderId: 1, kind: 'table-disagreement', limit: 20 })),
      ).toMatch(/INDEX audit_log_by_(order|kind)/);
      expect(expectIndexed(() => countAuditKinds(db, 1, ['scan-wrong-item', 'scan-over-scan']))).toMatch(
        /INDEX audit_log_by_order/,
      );
    });
  });
}
