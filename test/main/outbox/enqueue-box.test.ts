// enqueueTransitions: the orders of a box moved on together are queued in one transaction, all or
// none — one order the lifecycle refuses leaves no entry, no status change and no audit row behind.
import { describe, expect } from 'vitest';
import { getOrder, listAudit, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { enqueueTransitions, listOutbox } from '../../../electron/main/outbox/index.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { NOW } from './outbox-helpers.ts';

const press = (orderId: number) =>
  ({ orderId, action: 'process', operator: 'ana', stationId: 'station-1', now: NOW }) as const;

describe('enqueueTransitions', () => {
  test('queues one entry per order, in the order asked', ({ db }) => {
    upsertPulledOrders(
      db,
      [1, 2, 3].map((id) => makeOrder({ id, status: 'new' })),
      NOW,
    );
    const queued = enqueueTransitions(db, [press(1), press(2), press(3)]);
    expect(queued.ok && queued.value.map((e) => [e.orderId, e.statusBefore, e.expectedAfter])).toEqual([
      [1, 'new', 'inprocess'],
      [2, 'new', 'inprocess'],
      [3, 'new', 'inprocess'],
    ]);
    expect(listOutbox(db)).toHaveLength(3);
  });

  test('one order refused: nothing is queued for any of them', ({ db }) => {
    upsertPulledOrders(
      db,
      [
        makeOrder({ id: 1, status: 'new' }),
        makeOrder({ id: 2, status: 'new' }),
        // Already sent: the lifecycle has no 'process' for it.
        makeOrder({ id: 3, status: 'in-delivery-outbound' }),
      ],
      NOW,
    );
    const queued = enqueueTransitions(db, [press(1), press(2), press(3)]);
    expect(queued).toMatchObject({ ok: false, error: { code: 'transition-invalid' } });
    expect(listOutbox(db)).toEqual([]);
    expect([1, 2].map((id) => getOrder(db, id)?.effectiveStatus)).toEqual(['new', 'new']);
    expect(listAudit(db, { kind: 'transition-enqueued', limit: 10 })).toEqual([]);
  });
});
