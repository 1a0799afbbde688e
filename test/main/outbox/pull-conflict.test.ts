import { describe, expect } from 'vitest';
import { getOrder, listAudit, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { discardEntry, listOutbox, markApplied, markSending } from '../../../electron/main/outbox/index.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { enqueue, NOW, value } from './outbox-helpers.ts';

const LATER = new Date('2025-03-01T09:00:00.000Z');

describe('pulling an order with unapplied transitions', () => {
  test('the server moved it elsewhere: conflict, and the outbox and effective status stay', ({ db }) => {
    upsertPulledOrders(db, [makeOrder({ id: 1, status: 'new' })], NOW);
    const first = enqueue(db, 1, 'process');
    enqueue(db, 1, 'process');
    const before = listOutbox(db);

    const [outcome] = upsertPulledOrders(
      db,
      [makeOrder({ id: 1, status: 'cancelled', customerName: 'Renamed' })],
      LATER,
    );
    const conflict = {
      reason: 'conflict',
      serverStatus: 'cancelled',
      expected: 'new',
      entryId: first.id,
      since: LATER.toISOString(),
    };
    expect(outcome).toEqual({ orderId: 1, isNew: false, serverStatusChanged: true, conflict });
    expect(getOrder(db, 1)).toMatchObject({
      serverStatus: 'cancelled',
      effectiveStatus: 'ready-for-delivery',
      customerName: 'Renamed',
      closed: false,
      lock: conflict,
    });
    expect(listOutbox(db)).toEqual(before);
    expect(listAudit(db, { orderId: 1, limit: 1 })[0]).toMatchObject({
      kind: 'order-locked',
      outboxEntryId: first.id,
      detail: conflict,
    });

    // The same status pulled again keeps the conflict without logging it twice.
    upsertPulledOrders(db, [makeOrder({ id: 1, status: 'cancelled' })], LATER);
    expect(getOrder(db, 1)?.lock).toEqual(conflict);
    expect(listAudit(db, { orderId: 1, limit: 10 }).filter((r) => r.kind === 'order-locked')).toHaveLength(1);
  });

  test('the server shows where our oldest transition leads: no conflict, the sync engine reconciles', ({
    db,
  }) => {
    upsertPulledOrders(db, [makeOrder({ id: 1, status: 'new' })], NOW);
    enqueue(db, 1, 'process');
    enqueue(db, 1, 'process');

    const [outcome] = upsertPulledOrders(db, [makeOrder({ id: 1, status: 'inprocess' })], LATER);
    expect(outcome).toMatchObject({ serverStatusChanged: true, conflict: null });
    expect(getOrder(db, 1)).toMatchObject({
      serverStatus: 'inprocess',
      effectiveStatus: 'ready-for-delivery',
      lock: null,
    });
    expect(listOutbox(db).map((entry) => entry.state)).toEqual(['pending', 'pending']);
  });

  test('a conflict ends when the server is back where our oldest transition starts', ({ db }) => {
    upsertPulledOrders(db, [makeOrder({ id: 1, status: 'new' })], NOW);
    enqueue(db, 1, 'process');
    upsertPulledOrders(db, [makeOrder({ id: 1, status: 'cancelled' })], LATER);
    expect(getOrder(db, 1)?.lock).not.toBeNull();

    const [outcome] = upsertPulledOrders(db, [makeOrder({ id: 1, status: 'new' })], LATER);
    expect(outcome).toMatchObject({ serverStatusChanged: true, conflict: null });
    expect(getOrder(db, 1)).toMatchObject({
      serverStatus: 'new',
      effectiveStatus: 'inprocess',
      lock: null,
    });
  });

  test('a conflict ends when its entry is applied or discarded', ({ db }) => {
    upsertPulledOrders(db, [makeOrder({ id: 1, status: 'new' }), makeOrder({ id: 2, status: 'new' })], NOW);
    const a = enqueue(db, 1, 'process');
    const b = enqueue(db, 2, 'process');
    upsertPulledOrders(
      db,
      [makeOrder({ id: 1, status: 'cancelled' }), makeOrder({ id: 2, status: 'ready-for-delivery' })],
      LATER,
    );
    expect(getOrder(db, 1)?.lock).not.toBeNull();
    expect(getOrder(db, 2)?.lock).not.toBeNull();

    value(discardEntry(db, a.id, 'Cancelled in the portal', 'ben', LATER));
    expect(getOrder(db, 1)).toMatchObject({ lock: null, effectiveStatus: 'cancelled' });
    value(markSending(db, b.id, LATER));
    value(markApplied(db, b.id, LATER));
    expect(getOrder(db, 2)?.lock).toBeNull();
  });
});

describe('pulling an order without unapplied transitions', () => {
  test('server and effective status take the pulled status and a stale conflict clears', ({ db }) => {
    upsertPulledOrders(db, [makeOrder({ id: 1, status: 'new' })], NOW);
    const entry = enqueue(db, 1, 'process');
    value(markSending(db, entry.id, NOW));
    value(markApplied(db, entry.id, NOW));
    db.prepare(
      `UPDATE orders SET lock = '{"reason":"conflict","serverStatus":"new","expected":"new","entryId":"x","since":"2025-03-01T08:00:00.000Z"}'`,
    ).run();

    const [outcome] = upsertPulledOrders(db, [makeOrder({ id: 1, status: 'ready-for-delivery' })], LATER);
    expect(outcome).toEqual({ orderId: 1, isNew: false, serverStatusChanged: true, conflict: null });
    expect(getOrder(db, 1)).toMatchObject({
      serverStatus: 'ready-for-delivery',
      effectiveStatus: 'ready-for-delivery',
      lock: null,
    });
  });
});
