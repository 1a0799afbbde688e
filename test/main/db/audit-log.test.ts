import { describe, expect } from 'vitest';
import { appendAudit, listAudit } from '../../../electron/main/db/index.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { explain } from './explain.ts';

const AT = new Date('2025-03-01T08:00:00.000Z');

describe('audit log', () => {
  test('appends records and lists them newest first, for all orders or one', ({ db }) => {
    appendAudit(db, {
      at: AT,
      stationId: 's1',
      operator: null,
      kind: 'pull-completed',
      detail: { orders: 12 },
    });
    appendAudit(db, {
      at: AT,
      stationId: 's1',
      operator: 'ana',
      kind: 'transition-enqueued',
      orderId: 7,
      outboxEntryId: 'entry-1',
      detail: { action: 'process' },
    });
    appendAudit(db, { at: AT, stationId: 's1', operator: null, kind: 'sync-paused' });

    expect(listAudit(db, { limit: 10 }).map((record) => record.kind)).toEqual([
      'sync-paused',
      'transition-enqueued',
      'pull-completed',
    ]);
    expect(listAudit(db, { limit: 2 })).toHaveLength(2);
    expect(listAudit(db, { orderId: 7, limit: 10 })).toEqual([
      {
        id: 2,
        at: AT.toISOString(),
        stationId: 's1',
        operator: 'ana',
        kind: 'transition-enqueued',
        orderId: 7,
        outboxEntryId: 'entry-1',
        detail: { action: 'process' },
      },
    ]);
  });

  test('rejects UPDATE and DELETE', ({ db }) => {
    appendAudit(db, { at: AT, stationId: 's1', operator: 'ana', kind: 'pull-completed' });
    expect(() => db.prepare(`UPDATE audit_log SET operator = 'mallory'`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(listAudit(db, { limit: 10 })).toMatchObject([{ operator: 'ana' }]);
  });

  test('one order’s history reads through its index', ({ db }) => {
    const plan = explain(db, 'SELECT * FROM audit_log WHERE order_id = ? ORDER BY id DESC LIMIT ?', [7, 10]);
    expect(plan).toMatch(/SEARCH audit_log USING INDEX audit_log_by_order \(order_id=\?\)/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});
