// A locked order cannot be packed, printed or sent, by any channel: main refuses, the UI only shows
// it. The ways out are explicit and audited.
import { describe, expect } from 'vitest';
import type { OrderLock } from '../../../electron/main/db/index.ts';
import { listAudit, openStationDb, writeLock } from '../../../electron/main/db/index.ts';
import { enqueueTransition } from '../../../electron/main/outbox/index.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { cacheOrders, stationTest as test } from './station-fixture.ts';

const ORDER_ID = 990_001;

/** What the sync engine writes when it finds the order moved elsewhere (a second connection). */
function lockOrder(dbFile: string, lock: Omit<OrderLock, 'since'>, pendingStep = true): void {
  const db = openStationDb(dbFile);
  try {
    if (pendingStep) {
      const queued = enqueueTransition(db, {
        orderId: ORDER_ID,
        action: 'process',
        operator: 'Ana',
        stationId: 's',
        now: new Date(),
      });
      if (!queued.ok) throw new Error(queued.error.message);
      writeLock(db, ORDER_ID, {
        ...lock,
        entryId: lock.entryId === 'first' ? queued.value.id : null,
        since: new Date().toISOString(),
      });
    } else {
      writeLock(db, ORDER_ID, { ...lock, since: new Date().toISOString() });
    }
  } finally {
    db.close();
  }
}

describe('a locked order', () => {
  test('refuses next steps, printing, pick changes and retries in main, and says why', async ({
    st,
    dbFile,
  }) => {
    await st.value('settings:update', { operator: 'Ana' });
    cacheOrders(dbFile, [makeOrder({ id: ORDER_ID, status: 'new' })]);
    lockOrder(dbFile, { reason: 'conflict', serverStatus: 'cancelled', expected: 'new', entryId: 'first' });

    const detail = await st.value('orders:get', { orderId: ORDER_ID });
    expect(detail.allowedActions).toEqual([]);
    expect(detail.supervisorActions).toEqual([]);
    expect(detail.lock).toMatchObject({
      reason: 'conflict',
      serverStatus: 'cancelled',
      canTakeServerStatus: true,
    });
    expect(detail.lock?.message).toMatch(/Equipme says this order is cancelled/);

    for (const [channel, args] of [
      ['transitions:enqueue', { orderId: ORDER_ID, action: 'process', seenStatus: 'new' }],
      ['transitions:enqueue', { orderId: ORDER_ID, action: 'cancel', seenStatus: 'new', confirmed: true }],
      ['print:order', { orderId: ORDER_ID, kind: 'label' }],
      ['print:order', { orderId: ORDER_ID, kind: 'slip' }],
      ['picks:record', { orderId: ORDER_ID, line: 0, delta: 1, source: 'scan' }],
    ] as const) {
      const answer = (await st.callRaw(channel, args)) as { ok: boolean; error?: { message: string } };
      expect(answer.ok, channel).toBe(false);
      expect(answer.error?.message, channel).toMatch(/locked/);
      expect(answer.error?.message.trim().endsWith(':'), channel).toBe(false);
    }
    const [entry] = detail.entries;
    const retry = await st.call('outbox:retry', { entryId: entry?.id ?? '' });
    expect(retry.ok).toBe(false);
  });

  test("taking Equipme's status discards this station's steps with the reason, audited, and unlocks", async ({
    st,
    dbFile,
  }) => {
    await st.value('settings:update', { operator: 'Ana' });
    cacheOrders(dbFile, [makeOrder({ id: ORDER_ID, status: 'new' })]);
    lockOrder(dbFile, { reason: 'conflict', serverStatus: 'cancelled', expected: 'new', entryId: 'first' });

    const refused = await st.call('orders:take-server-status', { orderId: ORDER_ID, reason: 'x' });
    expect(refused.ok).toBe(false);
    const after = await st.value('orders:take-server-status', {
      orderId: ORDER_ID,
      reason: 'Cancelled by the customer',
    });
    expect(after.lock).toBeNull();
    expect(after.entries.map((e) => e.state)).toEqual(['discarded']);
    expect(after.entries[0]?.discardReason).toMatch(/Cancelled by the customer/);
    expect(after.effectiveStatus).toBe('new');

    const db = openStationDb(dbFile);
    try {
      const kinds = listAudit(db, { orderId: ORDER_ID, limit: 10 }).map((r) => r.kind);
      expect(kinds).toContain('order-server-status-taken');
      expect(kinds).toContain('transition-discarded');
    } finally {
      db.close();
    }
  });

  test('a race lock is released by a supervisor only: PIN and reason, audited', async ({ st, dbFile }) => {
    await st.value('settings:update', { operator: 'Ana', supervisorPin: { next: '2468' } });
    cacheOrders(dbFile, [makeOrder({ id: ORDER_ID, status: 'ready-for-delivery' })]);
    lockOrder(
      dbFile,
      { reason: 'race', serverStatus: 'ready-for-delivery', expected: 'inprocess', entryId: null },
      false,
    );
    const detail = await st.value('orders:get', { orderId: ORDER_ID });
    expect(detail.lock).toMatchObject({ reason: 'race', canTakeServerStatus: false });
    expect(detail.lock?.message).toMatch(/check the box before anything else/);

    const taken = await st.call('orders:take-server-status', {
      orderId: ORDER_ID,
      reason: 'Looks fine to me',
    });
    expect(taken).toMatchObject({ ok: false, error: { message: /supervisor/ } });
    const wrongPin = await st.call('orders:release-lock', {
      orderId: ORDER_ID,
      pin: '1111',
      reason: 'Box checked',
    });
    expect(wrongPin).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    const released = await st.value('orders:release-lock', {
      orderId: ORDER_ID,
      pin: '2468',
      reason: 'Box checked: one laptop, one label',
    });
    expect(released.lock).toBeNull();
    expect(released.allowedActions.length).toBeGreaterThan(0);

    const db = openStationDb(dbFile);
    try {
      expect(
        listAudit(db, { orderId: ORDER_ID, kind: 'order-lock-released', limit: 1 })[0]?.detail,
      ).toMatchObject({
        reason: 'Box checked: one laptop, one label',
        lock: { reason: 'race' },
      });
    } finally {
      db.close();
    }
  });
});

describe('a supervisor sends an action the table does not offer', () => {
  test('needs the PIN, refuses what the table offers, queues it off the table and audits the reason', async ({
    st,
    dbFile,
  }) => {
    await st.value('settings:update', { operator: 'Ana', supervisorPin: { next: '2468' } });
    const { rows } = await st.value('orders:query', {
      statuses: ['new'],
      sort: { by: 'created', direction: 'asc' },
      offset: 0,
      limit: 1,
    });
    const orderId = rows[0]?.id as number;
    const detail = await st.value('orders:get', { orderId });
    expect(detail.supervisorActions).toContain('dispatchDelivery');
    expect(detail.supervisorActions).not.toContain('cancel');

    const wrongPin = await st.call('transitions:supervisor', {
      orderId,
      action: 'dispatchDelivery',
      pin: '1111',
      reason: 'Equipme support asked for it',
    });
    expect(wrongPin).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    const offered = await st.call('transitions:supervisor', {
      orderId,
      action: 'cancel',
      pin: '2468',
      reason: 'Equipme support asked for it',
    });
    expect(offered).toMatchObject({ ok: false, error: { message: /use its button/ } });

    const entry = await st.value('transitions:supervisor', {
      orderId,
      action: 'dispatchDelivery',
      pin: '2468',
      reason: 'Equipme support asked for it',
    });
    expect(entry).toMatchObject({ offTable: true, statusBefore: 'new', operator: 'Ana' });
    const db = openStationDb(dbFile);
    try {
      expect(listAudit(db, { orderId, kind: 'supervisor-action', limit: 1 })[0]?.detail).toMatchObject({
        action: 'dispatchDelivery',
        reason: 'Equipme support asked for it',
      });
    } finally {
      db.close();
    }
  });
});
