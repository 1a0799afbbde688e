// What one applied step costs the drain's commit: six statements, each kept prepared (no SQL is
// compiled again for the next entry), and the order ends at the step's target.
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { getOrder, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { claimSendable, listOutbox, markApplied } from '../../../electron/main/outbox/index.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { enqueue, NOW, value } from './outbox-helpers.ts';

test('marking a step applied is six statements, none compiled again', ({ db, dbFile }) => {
  upsertPulledOrders(
    db,
    Array.from({ length: 20 }, (_, i) => makeOrder({ id: i + 1, status: 'new' })),
    NOW,
  );
  db.close();
  const statements: string[] = [];
  const traced = new Database(dbFile, { verbose: (sql) => statements.push(String(sql)) });
  const prepared: string[] = [];
  const prepare = traced.prepare.bind(traced);
  traced.prepare = ((sql: string) => {
    prepared.push(sql);
    return prepare(sql);
  }) as typeof traced.prepare;
  try {
    for (const id of [3, 4, 5]) enqueue(traced, id, 'process');
    const claimed = traced.transaction(() => claimSendable(traced, NOW, 3)).immediate();
    expect(claimed.map((entry) => entry.orderId)).toEqual([3, 4, 5]);
    const [first, ...others] = claimed;
    if (!first) throw new Error('nothing claimed');
    value(markApplied(traced, first.id, NOW));

    for (const entry of others) {
      statements.length = 0;
      prepared.length = 0;
      value(markApplied(traced, entry.id, NOW));
      const work = statements.filter((sql) => !/^(BEGIN|COMMIT)/.test(sql));
      expect(work, work.join('\n---\n')).toHaveLength(6);
      expect(prepared, 'SQL compiled again').toEqual([]);
    }
    for (const id of [3, 4, 5]) {
      expect(getOrder(traced, id)).toMatchObject({ serverStatus: 'inprocess', effectiveStatus: 'inprocess' });
    }
    expect(listOutbox(traced).map((entry) => entry.state)).toEqual(['applied', 'applied', 'applied']);
  } finally {
    traced.close();
  }
});
