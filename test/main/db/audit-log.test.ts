import { describe, expect } from 'vitest';
import { countAuditKinds, NOT_EVERYDAY } from '../../../electron/main/db/audit-log.ts';
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

  test('one order’s rarer kinds read through its index; its everyday rows walk the log newest first', ({
    db,
  }) => {
    const rare = explain(
      db,
      `SELECT * FROM audit_log WHERE order_id = ? AND kind = ? AND ${NOT_EVERYDAY} ORDER BY id DESC LIMIT ?`,
      [7, 'scan-wrong-item', 10],
    );
    expect(rare).toMatch(/SEARCH audit_log USING INDEX audit_log_by_order \(order_id=\? AND kind=\?\)/);
    expect(rare).not.toMatch(/TEMP B-TREE/);
    // Migration 200: a press and a send outcome no longer write the index by order.
    const all = explain(db, 'SELECT * FROM audit_log WHERE order_id = ? ORDER BY id DESC LIMIT ?', [7, 10]);
    expect(all).toBe('SCAN audit_log');
  });

  test('an order’s rows of every kind are still found, everyday and rare', ({ db }) => {
    const kinds = ['transition-enqueued', 'scan-wrong-item', 'transition-applied', 'scan-over-scan'] as const;
    for (const [i, kind] of kinds.entries()) {
      appendAudit(db, { at: AT, stationId: 's1', operator: 'ana', kind, orderId: 7 });
      appendAudit(db, { at: AT, stationId: 's1', operator: 'ana', kind, orderId: 8 + i });
    }
    expect(listAudit(db, { orderId: 7, limit: 10 }).map((record) => record.kind)).toEqual(
      [...kinds].reverse(),
    );
    expect(listAudit(db, { orderId: 7, kind: 'scan-wrong-item', limit: 10 })).toMatchObject([{ id: 3 }]);
    expect(listAudit(db, { orderId: 7, kind: 'transition-applied', limit: 10 })).toMatchObject([{ id: 5 }]);
    expect(countAuditKinds(db, 7, ['scan-wrong-item', 'scan-over-scan'])).toEqual(
      new Map([
        ['scan-wrong-item', 1],
        ['scan-over-scan', 1],
      ]),
    );
    expect(countAuditKinds(db, 7, ['transition-enqueued', 'scan-over-scan'])).toEqual(
      new Map([
        ['transition-enqueued', 1],
        ['scan-over-scan', 1],
      ]),
    );
  });
});
