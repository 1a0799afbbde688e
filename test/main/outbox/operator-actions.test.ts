import { describe, expect } from 'vitest';
import type { StationDb } from '../../../electron/main/db/index.ts';
import { getOrder, listAudit, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import {
  discardEntry,
  effectiveStatus,
  listOutbox,
  markFailed,
  markSending,
  nextSendable,
  pendingCountFor,
  retryEntry,
} from '../../../electron/main/outbox/index.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { enqueue, NOW, REJECTED, value } from './outbox-helpers.ts';

const later = (ms: number) => new Date(NOW.getTime() + ms);

/** Order 1 with three chained entries, the first failed and the others held. */
function failedChain(db: StationDb) {
  upsertPulledOrders(db, [makeOrder({ id: 1, status: 'new' })], NOW);
  const entries = [enqueue(db, 1, 'process'), enqueue(db, 1, 'process'), enqueue(db, 1, 'cancel')] as const;
  value(markSending(db, entries[0].id, NOW));
  value(markFailed(db, entries[0].id, REJECTED, NOW));
  return entries;
}

const states = (db: StationDb) => listOutbox(db, { orderId: 1 }).map((entry) => entry.state);

describe('retryEntry', () => {
  test('puts a failed entry and the entries it held back in line', ({ db }) => {
    const [first] = failedChain(db);
    expect(value(retryEntry(db, first.id, 'ben', later(60_000)))).toMatchObject({
      state: 'pending',
      nextAttemptAt: later(60_000).toISOString(),
      attempts: 1,
      lastError: REJECTED,
    });
    expect(states(db)).toEqual(['pending', 'pending', 'pending']);
    expect(nextSendable(db, later(60_000), 10).map((entry) => entry.id)).toEqual([first.id]);
    expect(listAudit(db, { orderId: 1, limit: 1 })[0]).toMatchObject({
      kind: 'transition-retried',
      operator: 'ben',
      outboxEntryId: first.id,
    });
  });

  test('only retries a failed entry', ({ db }) => {
    const [, held] = failedChain(db);
    expect(retryEntry(db, held.id, 'ben', NOW)).toMatchObject({
      ok: false,
      error: { code: 'entry-wrong-state', message: /it is held, not failed/ },
    });
    expect(retryEntry(db, 'missing', 'ben', NOW)).toMatchObject({
      ok: false,
      error: { code: 'entry-unknown' },
    });
  });
});

describe('discardEntry', () => {
  test('requires a reason', ({ db }) => {
    const [first] = failedChain(db);
    for (const reason of ['', '   ']) {
      expect(discardEntry(db, first.id, reason, 'ben', NOW)).toMatchObject({
        ok: false,
        error: { code: 'reason-required' },
      });
    }
    expect(states(db)).toEqual(['failed', 'held', 'held']);
  });

  test('discards a failed entry and the entries that depend on it, and recomputes the status', ({ db }) => {
    const [first, second, third] = failedChain(db);
    expect(effectiveStatus(db, 1)).toBe('cancelled');

    expect(
      value(discardEntry(db, first.id, ' Already processed in the portal ', 'ben', later(1))),
    ).toMatchObject({
      state: 'discarded',
      discardReason: 'Already processed in the portal',
    });
    expect(listOutbox(db, { orderId: 1 }).map((entry) => [entry.state, entry.discardReason])).toEqual([
      ['discarded', 'Already processed in the portal'],
      ['discarded', `depends on discarded entry ${first.id}`],
      ['discarded', `depends on discarded entry ${first.id}`],
    ]);
    expect(effectiveStatus(db, 1)).toBe('new');
    expect(pendingCountFor(db, 1)).toBe(0);
    expect(
      listAudit(db, { orderId: 1, limit: 3 }).map((record) => [
        record.kind,
        record.outboxEntryId,
        record.operator,
      ]),
    ).toEqual([
      ['transition-discarded', third.id, 'ben'],
      ['transition-discarded', second.id, 'ben'],
      ['transition-discarded', first.id, 'ben'],
    ]);
    // The order is free again: a new transition starts from the server status.
    expect(enqueue(db, 1, 'process')).toMatchObject({ statusBefore: 'new', state: 'pending' });
  });

  test('discarding a pending entry keeps the ones before it', ({ db }) => {
    upsertPulledOrders(db, [makeOrder({ id: 1, status: 'new' })], NOW);
    const [first, second, third] = [
      enqueue(db, 1, 'process'),
      enqueue(db, 1, 'process'),
      enqueue(db, 1, 'cancel'),
    ];
    value(discardEntry(db, second.id, 'Wrong order picked up', 'ben', NOW));
    expect(listOutbox(db, { orderId: 1 }).map((entry) => [entry.id, entry.state])).toEqual([
      [first.id, 'pending'],
      [second.id, 'discarded'],
      [third.id, 'discarded'],
    ]);
    expect(getOrder(db, 1)).toMatchObject({ serverStatus: 'new', effectiveStatus: 'inprocess' });
  });

  test('refuses an entry being sent or already settled', ({ db }) => {
    upsertPulledOrders(db, [makeOrder({ id: 1, status: 'new' })], NOW);
    const entry = enqueue(db, 1, 'process');
    value(markSending(db, entry.id, NOW));
    expect(discardEntry(db, entry.id, 'changed my mind', 'ben', NOW)).toMatchObject({
      ok: false,
      error: { code: 'entry-wrong-state', message: /it is sending/ },
    });
    expect(states(db)).toEqual(['sending']);
  });
});
