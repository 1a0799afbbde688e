// What one operator press costs the database: one commit of four statements (the order and its
// unsent steps read at once, the entry, the effective status, the audit row), whatever the cache holds.
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { getOrder, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { listOutbox } from '../../../electron/main/outbox/index.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { walCommits } from '../sync/wal-commits.ts';
import { enqueue, NOW } from './outbox-helpers.ts';

test('an enqueue is one commit of four statements', ({ db, dbFile }) => {
  upsertPulledOrders(
    db,
    Array.from({ length: 50 }, (_, i) => makeOrder({ id: i + 1, status: 'new' })),
    NOW,
  );
  db.close();
  const statements: string[] = [];
  const traced = new Database(dbFile, { verbose: (sql) => statements.push(String(sql)) });
  traced.pragma('journal_mode = WAL');
  traced.pragma('synchronous = FULL');
  traced.pragma('wal_autocheckpoint = 0');
  traced.pragma('wal_checkpoint(TRUNCATE)');
  statements.length = 0;
  try {
    enqueue(traced, 7, 'process');
    const first = statements.splice(0);
    enqueue(traced, 7, 'process');
    const second = statements.splice(0);

    for (const run of [first, second]) {
      expect(run.filter((sql) => /^(BEGIN|COMMIT)/.test(sql))).toEqual(['BEGIN IMMEDIATE', 'COMMIT']);
      expect(
        run.filter((sql) => !/^(BEGIN|COMMIT)/.test(sql)),
        run.join('\n---\n'),
      ).toHaveLength(4);
    }
    expect(walCommits(dbFile)).toBe(2);
    expect(listOutbox(traced, { orderId: 7 }).map((entry) => entry.expectedAfter)).toEqual([
      'inprocess',
      'ready-for-delivery',
    ]);
    expect(getOrder(traced, 7)?.effectiveStatus).toBe('ready-for-delivery');
  } finally {
    traced.close();
  }
});
