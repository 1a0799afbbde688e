// Migration 200: the outbox is stored by its key (WITHOUT ROWID) and the audit log's index by order
// holds only the rarer kinds. A station at schema 190 with entries in every state keeps every entry
// and every audit row as it was, and goes on queueing, sending and reading them by index.
import Database from 'better-sqlite3';
import { describe, expect } from 'vitest';
import {
  type AuditKind,
  appendAudit,
  countAuditKinds,
  EVERYDAY_KINDS,
  listAudit,
  NOT_EVERYDAY,
} from '../../../electron/main/db/audit-log.ts';
import { openStationDb, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { MIGRATIONS } from '../../../electron/main/db/migrations/index.ts';
import { migrate, schemaVersion } from '../../../electron/main/db/migrations/runner.ts';
import type { OutboxEntry } from '../../../electron/main/outbox/index.ts';
import {
  claimSendable,
  discardEntry,
  enqueueTransition,
  listOutbox,
  markApplied,
  markFailed,
  markSending,
  outboxCounts,
  scheduleRetry,
} from '../../../electron/main/outbox/index.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

const NOW = new Date('2026-12-01T08:00:00.000Z');
const LATER = new Date('2026-12-01T08:10:00.000Z');
const ERROR = { kind: 'timeout', code: null, description: null, message: 'no answer' } as const;

const everything = (db: Database.Database) => ({
  outbox: db.prepare('SELECT * FROM outbox ORDER BY id').all(),
  audit: db.prepare('SELECT * FROM audit_log ORDER BY id').all(),
});

function press(db: Database.Database, orderId: number, offTable = false): OutboxEntry {
  const queued = enqueueTransition(db, {
    orderId,
    action: 'process',
    operator: 'ana',
    stationId: 's',
    now: NOW,
    offTable,
  });
  if (!queued.ok) throw new Error(queued.error.message);
  return queued.value;
}

/** A station at schema 190 that has worked a while: an entry in every state, and rare audit rows. */
function stationAt190(dbFile: string): void {
  const old = new Database(dbFile);
  old.pragma('journal_mode = WAL');
  old.pragma('foreign_keys = ON');
  const before = MIGRATIONS.findIndex((m) => m.version === 200);
  expect(migrate(old, MIGRATIONS.slice(0, before))).toMatchObject({ ok: true, value: { to: 190 } });
  upsertPulledOrders(
    old,
    [1, 2, 3, 4, 5, 6].map((id) => makeOrder({ id, status: 'new' })),
    NOW,
  );
  const applied = press(old, 1);
  markSending(old, applied.id, NOW);
  markApplied(old, applied.id, NOW, 'inprocess');
  const failed = press(old, 2);
  markSending(old, failed.id, NOW);
  markFailed(old, failed.id, { ...ERROR, kind: 'rejected', message: 'refused' }, NOW);
  expect(press(old, 2).state).toBe('held');
  const retried = press(old, 3);
  markSending(old, retried.id, NOW);
  scheduleRetry(old, retried.id, ERROR, NOW, { unknownOutcome: true }, NOW);
  markSending(old, press(old, 4).id, NOW);
  expect(discardEntry(old, press(old, 5).id, 'wrong box', 'ana', NOW).ok).toBe(true);
  press(old, 6, true);
  appendAudit(old, { at: NOW, stationId: 's', operator: 'ana', kind: 'scan-wrong-item', orderId: 2 });
  appendAudit(old, { at: NOW, stationId: 's', operator: null, kind: 'table-disagreement', orderId: 3 });
  expect(outboxCounts(old)).toEqual({ pending: 2, sending: 1, applied: 1, failed: 1, discarded: 1, held: 1 });
  old.close();
}

describe('migration 200: lean-press-writes', () => {
  test('a station of schema 190 keeps every outbox entry and audit row; the outbox is stored by its key', ({
    dbFile,
  }) => {
    stationAt190(dbFile);
    const kept = (() => {
      const old = new Database(dbFile, { readonly: true });
      try {
        return everything(old);
      } finally {
        old.close();
      }
    })();
    expect(kept.outbox).toHaveLength(7);

    const db = openStationDb(dbFile);
    try {
      expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)?.version);
      expect(everything(db)).toEqual(kept);
      const outboxSql = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'outbox'").pluck().get();
      expect(outboxSql).toMatch(/WITHOUT ROWID$/);
      const indexes = (table: string) =>
        db
          .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? ORDER BY name")
          .pluck()
          .all(table);
      // No sqlite_autoindex_outbox_1 (the key is the table), no outbox_by_updated (by state and time).
      expect(indexes('outbox')).toEqual(['outbox_by_order', 'outbox_by_state']);
      expect(indexes('audit_log')).toEqual(['audit_log_by_kind', 'audit_log_by_order']);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      // The index by order holds every row of an order but the everyday ones.
      const inIndex = db
        .prepare(
          `SELECT count(*) FROM audit_log INDEXED BY audit_log_by_order WHERE order_id > 0 AND ${NOT_EVERYDAY}`,
        )
        .pluck()
        .get();
      const rare = (kept.audit as { kind: AuditKind; order_id: number | null }[]).filter(
        (row) => row.order_id !== null && !EVERYDAY_KINDS.includes(row.kind),
      );
      expect(rare.map((row) => row.kind)).toEqual(
        expect.arrayContaining(['scan-wrong-item', 'transition-failed']),
      );
      expect(inIndex).toBe(rare.length);

      // The entries go on: the one to retry is sent, the failed order still holds its follower.
      const claimed = claimSendable(db, LATER, 10);
      expect(claimed.map((entry) => entry.orderId).sort()).toEqual([3, 6]);
      expect(claimed.find((entry) => entry.orderId === 3)).toMatchObject({
        unknownOutcome: true,
        attempts: 2,
      });
      expect(press(db, 1).state).toBe('pending');
      expect(listOutbox(db, { states: ['failed', 'held'] }).map((entry) => entry.orderId)).toEqual([2, 2]);
      expect(listOutbox(db, { orderId: 2 }).map((entry) => entry.state)).toEqual(['failed', 'held']);
      // Audit rows of an order, everyday and rare, are still found.
      expect(countAuditKinds(db, 2, ['scan-wrong-item', 'scan-over-scan'])).toEqual(
        new Map([['scan-wrong-item', 1]]),
      );
      expect(listAudit(db, { orderId: 1, limit: 10 }).map((row) => row.kind)).toEqual([
        'transition-enqueued',
        'transition-applied',
        'transition-enqueued',
      ]);
    } finally {
      db.close();
    }
  });
});
