// The plans the outbox's statements rely on since migration 200 stored the outbox by its key: an
// entry by id is one seek of the table itself, an order's entries come from outbox_by_order, the
// states from outbox_by_state, the change feed from outbox_by_updated; none walks the history of
// applied entries. Each statement is the one the station really runs (traced), explained as run, on
// a station that has worked a while, with and without planner statistics.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openStationDb, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { outboxChangesSince, pendingCounts } from '../../../electron/main/db/order-queue-facts.ts';
import { clampFarRetries, getEntry, unappliedEntries } from '../../../electron/main/db/outbox-entries.ts';
import {
  claimSendable,
  discardEntry,
  enqueueTransition,
  listOutbox,
  makePendingDue,
  markApplied,
  markFailed,
  outboxCounts,
  pendingCountFor,
} from '../../../electron/main/outbox/index.ts';
import { seedData } from '../../../electron/main/simulator/seed/dataset.ts';
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { explain } from './explain.ts';

const NOW = new Date('2026-12-01T08:00:00.000Z');
const LATER = new Date('2026-12-01T08:05:00.000Z');

for (const analyzed of [false, true]) {
  describe(`outbox statements ${analyzed ? 'with' : 'without'} planner statistics`, () => {
    let dir: string;
    let db: Database.Database;
    let fresh: FulfillmentOrder[];
    const ran: string[] = [];
    /** The plans of the outbox statements `work` ran, one string per statement. */
    const plansOf = (work: () => void): string[] => {
      ran.length = 0;
      work();
      return ran
        .filter((sql) => /\boutbox\b/.test(sql) && !/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(sql))
        .map((sql) => explain(db, sql));
    };
    const press = (orderId: number) => {
      const queued = enqueueTransition(db, {
        orderId,
        action: 'process',
        operator: 'ana',
        stationId: 's',
        now: NOW,
      });
      if (!queued.ok) throw new Error(queued.error.message);
      return queued.value;
    };

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'packing-station-outbox-plans-'));
      const file = join(dir, 'station.db');
      const data = seedData(1, 3000);
      const orders = data.orders.filter((order) => !data.foreignIds.has(order.id)) as FulfillmentOrder[];
      const filled = openStationDb(file);
      upsertPulledOrders(filled, orders, NOW);
      // Most entries applied, some failed, a few still to send.
      fresh = orders.filter((o) => o.status === 'new' && o.transactionType !== 'return');
      for (const [i, order] of fresh.slice(0, 300).entries()) {
        const queued = enqueueTransition(filled, {
          orderId: order.id,
          action: 'process',
          operator: 'ana',
          stationId: 's',
          now: NOW,
        });
        if (!queued.ok || i >= 280) continue;
        claimSendable(filled, NOW, 1);
        if (i % 40 === 0)
          markFailed(
            filled,
            queued.value.id,
            { kind: 'rejected', code: null, description: null, message: 'no' },
            NOW,
          );
        else markApplied(filled, queued.value.id, NOW);
      }
      if (analyzed) filled.exec('ANALYZE');
      filled.close();
      db = new Database(file, { verbose: (sql) => ran.push(String(sql)) });
    });
    afterAll(() => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('a press reads the order by key and its entries from the index by order', () => {
      const order = fresh[400] as FulfillmentOrder;
      const [facts, ...writes] = plansOf(() => press(order.id));
      expect(facts).toMatch(/SEARCH o USING INTEGER PRIMARY KEY/);
      expect(
        facts?.match(/SEARCH outbox USING (COVERING )?INDEX outbox_by_order \(order_id=\?\)/g),
      ).toHaveLength(3);
      expect(facts).not.toMatch(/SCAN outbox/);
      // The insert itself plans nothing; the order's status is set by its key.
      expect(writes.join('\n')).not.toMatch(/SCAN/);
    });

    test('an entry is read and changed by its key, with no separate index of the key', () => {
      const entry = press((fresh[401] as FulfillmentOrder).id);
      const read = plansOf(() => getEntry(db, entry.id));
      expect(read).toEqual(['SEARCH outbox USING PRIMARY KEY (id=?)']);
      const discarded = plansOf(() => discardEntry(db, entry.id, 'wrong box', 'ana', NOW)).join('\n');
      expect(discarded).toMatch(/SEARCH outbox USING PRIMARY KEY \(id=\?\)/);
      expect(discarded).not.toMatch(/sqlite_autoindex_outbox|SCAN outbox/);
    });

    test('sendable entries come from the index by state, oldest first, each checked by its order', () => {
      const plans = plansOf(() => claimSendable(db, LATER, 4)).join('\n');
      expect(plans).toMatch(/SEARCH e USING INDEX outbox_by_state \(state=\?\)/);
      expect(plans).toMatch(
        /SEARCH outbox USING (COVERING )?INDEX outbox_by_order \(order_id=\? AND id<\?\)/,
      );
      expect(plans).toMatch(/SEARCH outbox USING PRIMARY KEY \(id=\?\)/);
      expect(plans).not.toMatch(/SCAN (outbox|e)$|TEMP B-TREE/m);
    });

    test('states, counts and retries read the index by state; an order’s entries the index by order', () => {
      expect(plansOf(() => listOutbox(db, { states: ['failed', 'held'] })).join('\n')).toMatch(
        /SEARCH outbox USING INDEX outbox_by_state \(state=\?\)/,
      );
      expect(plansOf(() => outboxCounts(db))).toEqual(['SCAN outbox USING COVERING INDEX outbox_by_state']);
      expect(plansOf(() => makePendingDue(db, NOW))).toEqual([
        'SEARCH outbox USING INDEX outbox_by_state (state=?)',
      ]);
      expect(plansOf(() => clampFarRetries(db, NOW, 60_000))).toEqual([
        'SEARCH outbox USING INDEX outbox_by_state (state=?)',
      ]);
      const orderId = (fresh[0] as FulfillmentOrder).id;
      for (const work of [
        () => listOutbox(db, { orderId }),
        () => unappliedEntries(db, orderId),
        () => pendingCountFor(db, orderId),
      ]) {
        const plans = plansOf(work).join('\n');
        expect(plans).toMatch(/SEARCH outbox USING (COVERING )?INDEX outbox_by_order \(order_id=\?\)/);
        expect(plans).not.toMatch(/SCAN outbox$/m);
      }
    });

    test('the queue’s pending counts read an index, not the history', () => {
      // Without statistics SQLite takes the unapplied states from outbox_by_state (as before 200).
      const plans = plansOf(() => pendingCounts(db, [(fresh[0] as FulfillmentOrder).id])).join('\n');
      expect(plans).toMatch(/SEARCH outbox USING (COVERING )?INDEX outbox_by_(order|state)/);
      expect(plans).not.toMatch(/SCAN outbox$/m);
    });

    test('the change feed reads the index by state and update time, one range per state', () => {
      expect(plansOf(() => outboxChangesSince(db, LATER.toISOString()))).toEqual([
        'SEARCH outbox USING INDEX outbox_by_state (state=? AND updated_at>?)',
      ]);
    });
  });
}
