import { describe, expect } from 'vitest';
import type { StationDb } from '../../../electron/main/db/index.ts';
import { getOrder, listAudit, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import type { TransitionRequest } from '../../../electron/main/outbox/index.ts';
import {
  effectiveStatus,
  enqueueTransition,
  listOutbox,
  markFailed,
  markSending,
  pendingCountFor,
} from '../../../electron/main/outbox/index.ts';
import { checkTransition } from '../../../shared/domain/lifecycle.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { NOW, REJECTED, value } from './outbox-helpers.ts';

function enqueue(
  db: StationDb,
  orderId: number,
  action: TransitionRequest['action'],
  extra: Partial<TransitionRequest> = {},
) {
  return enqueueTransition(db, {
    orderId,
    action,
    operator: 'ana',
    stationId: 'station-1',
    now: NOW,
    ...extra,
  });
}

describe('enqueueTransition', () => {
  test('chains transitions on one order from its effective status', ({ db }) => {
    upsertPulledOrders(db, [makeOrder({ id: 1, status: 'new' })], NOW);
    const chain = [
      value(enqueue(db, 1, 'process')),
      value(enqueue(db, 1, 'process')),
      value(enqueue(db, 1, 'dispatchDelivery')),
      value(enqueue(db, 1, 'confirmDelivery')),
      value(enqueue(db, 1, 'complete', { activationDate: '2025-04-01' })),
    ];
    expect(chain.map((entry) => [entry.statusBefore, entry.action, entry.expectedAfter])).toEqual([
      ['new', 'process', 'inprocess'],
      ['inprocess', 'process', 'ready-for-delivery'],
      ['ready-for-delivery', 'dispatchDelivery', 'in-delivery-outbound'],
      ['in-delivery-outbound', 'confirmDelivery', 'delivered-outbound'],
      ['delivered-outbound', 'complete', 'processed'],
    ]);
    expect(chain.every((entry) => entry.state === 'pending' && entry.attempts === 0)).toBe(true);
    expect(chain[4]?.activationDate).toBe('2025-04-01T00:00:00.000Z');
    expect(listOutbox(db, { orderId: 1 })).toEqual(chain);
    expect(effectiveStatus(db, 1)).toBe('processed');
    expect(getOrder(db, 1)).toMatchObject({ serverStatus: 'new', effectiveStatus: 'processed' });
    expect(pendingCountFor(db, 1)).toBe(5);
    const audit = listAudit(db, { orderId: 1, limit: 10 });
    expect(audit.map((record) => record.kind)).toEqual(Array(5).fill('transition-enqueued'));
    expect(audit[0]).toMatchObject({
      stationId: 'station-1',
      operator: 'ana',
      outboxEntryId: chain[4]?.id,
      detail: { action: 'complete', statusBefore: 'delivered-outbound', expectedAfter: 'processed' },
    });
  });

  test('rejects an action the effective status does not allow, with the lifecycle message', ({ db }) => {
    upsertPulledOrders(db, [makeOrder({ id: 1, status: 'new' })], NOW);
    value(enqueue(db, 1, 'process'));
    const expected = checkTransition('inprocess', 'dispatchDelivery', {
      transactionType: 'order',
      isPreorder: false,
      hasPhysicalItems: true,
    });
    expect(expected.ok).toBe(false);
    expect(enqueue(db, 1, 'dispatchDelivery')).toEqual({
      ok: false,
      error: { code: 'transition-invalid', message: expected.ok ? '' : expected.message },
    });
    expect(pendingCountFor(db, 1)).toBe(1);
    expect(listAudit(db, { orderId: 1, limit: 10 })).toHaveLength(1);
  });

  test('applies the conditions of the table, e.g. a preorder waits at ready-for-delivery', ({ db }) => {
    upsertPulledOrders(db, [makeOrder({ id: 2, status: 'ready-for-delivery', isPreorder: true })], NOW);
    const result = enqueue(db, 2, 'dispatchDelivery');
    expect(result).toMatchObject({ ok: false, error: { code: 'transition-invalid', message: /preorder/ } });
  });

  test('rejects further actions once the effective status is final', ({ db }) => {
    upsertPulledOrders(db, [makeOrder({ id: 3, status: 'new' })], NOW);
    value(enqueue(db, 3, 'cancel'));
    expect(enqueue(db, 3, 'process')).toMatchObject({
      ok: false,
      error: {
        code: 'transition-invalid',
        message: 'The order is cancelled; no further action is possible.',
      },
    });
  });

  test('rejects an order that is not in the cache', ({ db }) => {
    expect(enqueue(db, 404, 'process')).toMatchObject({ ok: false, error: { code: 'order-unknown' } });
    expect(listOutbox(db)).toEqual([]);
  });

  test('requires an operator', ({ db }) => {
    upsertPulledOrders(db, [makeOrder({ id: 1 })], NOW);
    expect(enqueue(db, 1, 'process', { operator: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'operator-required' },
    });
  });

  test('takes an activation date only for complete, and only a valid one', ({ db }) => {
    upsertPulledOrders(
      db,
      [makeOrder({ id: 1, status: 'new' }), makeOrder({ id: 2, status: 'delivered-outbound' })],
      NOW,
    );
    expect(enqueue(db, 1, 'process', { activationDate: '2025-04-01' })).toMatchObject({
      ok: false,
      error: { code: 'activation-date-not-allowed' },
    });
    for (const invalid of ['2025-02-30', 'tomorrow', '', '01.04.2025']) {
      expect(enqueue(db, 2, 'complete', { activationDate: invalid })).toMatchObject({
        ok: false,
        error: { code: 'activation-date-invalid' },
      });
    }
    const withOffset = value(enqueue(db, 2, 'complete', { activationDate: '2025-04-01T01:30:00+02:00' }));
    expect(withOffset.activationDate).toBe('2025-03-31T23:30:00.000Z');
    expect(value(enqueue(db, 1, 'process', { activationDate: null })).activationDate).toBeNull();
  });

  test('holds a new entry behind a failed one of the same order', ({ db }) => {
    upsertPulledOrders(db, [makeOrder({ id: 1, status: 'new' }), makeOrder({ id: 2, status: 'new' })], NOW);
    const first = value(enqueue(db, 1, 'process'));
    value(markSending(db, first.id, NOW));
    value(markFailed(db, first.id, REJECTED, NOW));

    expect(value(enqueue(db, 1, 'process')).state).toBe('held');
    expect(value(enqueue(db, 1, 'cancel')).state).toBe('held');
    expect(value(enqueue(db, 2, 'process')).state).toBe('pending');
    expect(effectiveStatus(db, 1)).toBe('cancelled');
  });
});
