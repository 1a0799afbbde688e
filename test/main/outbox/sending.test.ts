import { describe, expect } from 'vitest';
import { getOrder, listAudit, openStationDb, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import {
  effectiveStatus,
  entriesLeftSending,
  listOutbox,
  markApplied,
  markFailed,
  markSending,
  nextSendable,
  outboxCounts,
  scheduleRetry,
} from '../../../electron/main/outbox/index.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { enqueue, NOW, REJECTED, TIMEOUT, value } from './outbox-helpers.ts';

const ORDERS = [1, 2, 3].map((id) => makeOrder({ id, status: 'new' }));
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe('nextSendable', () => {
  test('gives each order’s oldest entry, across orders in creation order', ({ db }) => {
    upsertPulledOrders(db, ORDERS, NOW);
    const a1 = enqueue(db, 1, 'process');
    const b1 = enqueue(db, 2, 'process');
    const a2 = enqueue(db, 1, 'process');
    const c1 = enqueue(db, 3, 'cancel');

    expect(nextSendable(db, NOW, 10).map((entry) => entry.id)).toEqual([a1.id, b1.id, c1.id]);
    expect(nextSendable(db, NOW, 2).map((entry) => entry.id)).toEqual([a1.id, b1.id]);

    // While the head of order 1 is being sent, nothing else of order 1 goes.
    value(markSending(db, a1.id, NOW));
    expect(nextSendable(db, NOW, 10).map((entry) => entry.id)).toEqual([b1.id, c1.id]);
    value(markApplied(db, a1.id, NOW));
    expect(nextSendable(db, NOW, 10).map((entry) => entry.id)).toEqual([b1.id, a2.id, c1.id]);
  });

  test('across orders, a retried entry takes its place from when its retry was set', ({ db }) => {
    upsertPulledOrders(db, ORDERS, NOW);
    const a1 = enqueue(db, 1, 'process');
    const b1 = enqueue(db, 2, 'process');
    value(markSending(db, a1.id, NOW));
    value(scheduleRetry(db, a1.id, TIMEOUT, later(5), { unknownOutcome: false }, later(1)));
    // Read from the index by state and update time (migration 200): b1 was pending first.
    expect(nextSendable(db, later(5), 10).map((entry) => entry.id)).toEqual([b1.id, a1.id]);
    expect(nextSendable(db, later(5), 1).map((entry) => entry.id)).toEqual([b1.id]);
  });

  test('waits for the backoff of a retried entry, and its order waits with it', ({ db }) => {
    upsertPulledOrders(db, ORDERS, NOW);
    const a1 = enqueue(db, 1, 'process');
    enqueue(db, 1, 'process');
    const b1 = enqueue(db, 2, 'process');
    value(markSending(db, a1.id, NOW));
    value(scheduleRetry(db, a1.id, TIMEOUT, later(5000), { unknownOutcome: true }, NOW));

    expect(nextSendable(db, later(4999), 10).map((entry) => entry.id)).toEqual([b1.id]);
    expect(nextSendable(db, later(5000), 10).map((entry) => entry.id)).toEqual([a1.id, b1.id]);
  });
});

describe('sending an entry', () => {
  test('markSending counts attempts and only claims a pending entry', ({ db }) => {
    upsertPulledOrders(db, ORDERS, NOW);
    const entry = enqueue(db, 1, 'process');
    expect(value(markSending(db, entry.id, later(1)))).toMatchObject({
      state: 'sending',
      attempts: 1,
      updatedAt: later(1).toISOString(),
    });
    expect(markSending(db, entry.id, NOW)).toMatchObject({ ok: false, error: { code: 'entry-wrong-state' } });
    expect(markSending(db, 'no-such-entry', NOW)).toMatchObject({
      ok: false,
      error: { code: 'entry-unknown' },
    });
    value(scheduleRetry(db, entry.id, TIMEOUT, NOW, { unknownOutcome: false }, NOW));
    expect(value(markSending(db, entry.id, NOW)).attempts).toBe(2);
  });

  test('markApplied moves the cached server status and keeps the effective status', ({ db }) => {
    upsertPulledOrders(db, ORDERS, NOW);
    const first = enqueue(db, 1, 'process');
    enqueue(db, 1, 'process');
    expect(markApplied(db, first.id, NOW)).toMatchObject({ ok: false, error: { code: 'entry-wrong-state' } });

    value(markSending(db, first.id, NOW));
    expect(value(markApplied(db, first.id, later(10)))).toMatchObject({
      state: 'applied',
      appliedAt: later(10).toISOString(),
    });
    expect(getOrder(db, 1)).toMatchObject({
      serverStatus: 'inprocess',
      effectiveStatus: 'ready-for-delivery',
    });
    expect(listAudit(db, { orderId: 1, limit: 1 })[0]).toMatchObject({
      kind: 'transition-applied',
      operator: null,
      outboxEntryId: first.id,
    });
  });

  test('scheduleRetry puts the entry back with its error; an unknown outcome stays known as such', ({
    db,
  }) => {
    upsertPulledOrders(db, ORDERS, NOW);
    const entry = enqueue(db, 1, 'process');
    value(markSending(db, entry.id, NOW));
    expect(
      value(scheduleRetry(db, entry.id, TIMEOUT, later(1000), { unknownOutcome: true }, NOW)),
    ).toMatchObject({
      state: 'pending',
      lastError: TIMEOUT,
      unknownOutcome: true,
      nextAttemptAt: later(1000).toISOString(),
    });
    value(markSending(db, entry.id, later(1000)));
    const offline = { ...TIMEOUT, kind: 'offline' as const, message: 'No network.' };
    expect(
      value(scheduleRetry(db, entry.id, offline, later(3000), { unknownOutcome: false }, NOW)),
    ).toMatchObject({
      lastError: offline,
      unknownOutcome: true,
    });
    expect(listAudit(db, { orderId: 1, limit: 1 })[0]).toMatchObject({
      kind: 'transition-retry-scheduled',
      detail: { error: offline, unknownOutcome: false, attempts: 2 },
    });
  });

  test('markFailed holds the order’s later entries; other orders go on', ({ db }) => {
    upsertPulledOrders(db, ORDERS, NOW);
    const a1 = enqueue(db, 1, 'process');
    const a2 = enqueue(db, 1, 'process');
    const a3 = enqueue(db, 1, 'cancel');
    const b1 = enqueue(db, 2, 'process');
    value(markSending(db, a1.id, NOW));

    expect(value(markFailed(db, a1.id, REJECTED, later(1)))).toMatchObject({
      state: 'failed',
      lastError: REJECTED,
    });
    expect(listOutbox(db, { orderId: 1 }).map((entry) => entry.state)).toEqual(['failed', 'held', 'held']);
    expect(nextSendable(db, later(1), 10).map((entry) => entry.id)).toEqual([b1.id]);
    // The operator still sees where their changes would lead.
    expect(effectiveStatus(db, 1)).toBe('cancelled');
    expect(listAudit(db, { orderId: 1, limit: 1 })[0]).toMatchObject({
      kind: 'transition-failed',
      detail: { error: REJECTED, held: [a2.id, a3.id] },
    });
    expect(outboxCounts(db)).toEqual({
      pending: 1,
      sending: 0,
      applied: 0,
      failed: 1,
      discarded: 0,
      held: 2,
    });
  });
});

describe('crash recovery', () => {
  test('entries left sending are found after reopening the database', ({ db, dbFile }) => {
    upsertPulledOrders(db, ORDERS, NOW);
    const a1 = enqueue(db, 1, 'process');
    enqueue(db, 2, 'process');
    value(markSending(db, a1.id, NOW));
    db.close();

    const reopened = openStationDb(dbFile);
    expect(entriesLeftSending(reopened).map((entry) => entry.id)).toEqual([a1.id]);
    reopened.close();
  });
});
