// Transitions through the station core: committed locally at once, sent by the sync engine, and the
// outbox channels for what did not get through.
import { describe, expect } from 'vitest';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { cacheOrders, stationTest as test, until } from './station-fixture.ts';

const QUERY = { sort: { by: 'created', direction: 'asc' }, offset: 0, limit: 50 } as const;

describe('station core: transitions and the outbox', () => {
  test('an enqueued transition shows at once and is applied by the sync engine', async ({ st }) => {
    await st.value('settings:update', { operator: 'Ana' });
    const { rows } = await st.value('orders:query', { ...QUERY, statuses: ['new'], limit: 1 });
    const orderId = rows[0]?.id;
    if (orderId === undefined) throw new Error('no new order in the demo data');

    const entry = await st.value('transitions:enqueue', { orderId, action: 'process', seenStatus: 'new' });
    expect(entry).toMatchObject({
      orderId,
      statusBefore: 'new',
      expectedAfter: 'inprocess',
      operator: 'Ana',
    });
    // What the operator sees changes before anything reached the network.
    const queued = await st.value('orders:get', { orderId });
    expect(queued.effectiveStatus).toBe('inprocess');
    expect(queued.entries.map((e) => e.id)).toEqual([entry.id]);

    await until('the entry to be applied', async () => {
      const [view] = (await st.value('orders:get', { orderId })).entries;
      return view?.state === 'applied';
    });
    const applied = await st.value('orders:get', { orderId });
    expect(applied).toMatchObject({ serverStatus: 'inprocess', effectiveStatus: 'inprocess' });
    expect(applied.allowedActions[0]).not.toBe('cancel');
    const row = (await st.value('orders:query', { ...QUERY, text: String(orderId) })).rows.find(
      (r) => r.id === orderId,
    );
    expect(row).toMatchObject({ pending: 0, effectiveStatus: 'inprocess' });

    const changed = st.events.filter((e) => e.event === 'orders:changed').map((e) => e.payload.orderIds);
    expect(changed).toContainEqual([orderId]);
    expect(st.events.some((e) => e.event === 'sync:status' && e.payload.counts.applied >= 1)).toBe(true);
  });

  test('the lifecycle refuses an action the order cannot take', async ({ st }) => {
    await st.value('settings:update', { operator: 'Ana' });
    const { rows } = await st.value('orders:query', { ...QUERY, statuses: ['new'], limit: 1 });
    const orderId = rows[0]?.id ?? 0;
    const response = await st.call('transitions:enqueue', {
      orderId,
      action: 'confirmDelivery',
      seenStatus: 'new',
      confirmed: true,
    });
    expect(response).toMatchObject({ ok: false, error: { code: 'rejected' } });
    await expect(
      st.call('transitions:enqueue', { orderId: 999_999_999, action: 'process', seenStatus: 'new' }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  test('a failed entry can be retried and discarded; the order returns to its server status', async ({
    st,
    dbFile,
  }) => {
    await st.value('settings:update', { operator: 'Ana' });
    // Only this station knows the order: Equipme answers 404 and the entry fails.
    cacheOrders(dbFile, [makeOrder({ id: 900_020, status: 'new' })]);
    const first = await st.value('transitions:enqueue', {
      orderId: 900_020,
      action: 'process',
      seenStatus: 'new',
    });
    const second = await st.value('transitions:enqueue', {
      orderId: 900_020,
      action: 'cancel',
      seenStatus: 'inprocess',
      confirmed: true,
    });
    await until('the entry to fail', async () =>
      (await st.value('outbox:list', { states: ['failed'] })).some((e) => e.id === first.id),
    );
    const [failed] = await st.value('outbox:list', { states: ['failed'] });
    expect(typeof failed?.lastError).toBe('string');
    expect((await st.value('outbox:list', { states: ['held'] })).map((e) => e.id)).toEqual([second.id]);

    const wrongState = await st.call('outbox:retry', { entryId: second.id });
    expect(wrongState).toMatchObject({ ok: false, error: { code: 'rejected' } });
    await expect(st.value('outbox:retry', { entryId: first.id })).resolves.toMatchObject({ id: first.id });
    await until('the entry to fail again', async () =>
      (await st.value('outbox:list', { states: ['failed'] })).some((e) => e.id === first.id),
    );

    const discarded = await st.value('outbox:discard', {
      entryId: first.id,
      reason: 'Order unknown to Equipme',
    });
    expect(discarded.map((e) => [e.id, e.state])).toEqual([
      [first.id, 'discarded'],
      [second.id, 'discarded'],
    ]);
    expect(discarded[0]?.discardReason).toBe('Order unknown to Equipme');
    await expect(st.value('orders:get', { orderId: 900_020 })).resolves.toMatchObject({
      effectiveStatus: 'new',
      serverStatus: 'new',
    });
    await expect(
      st.call('outbox:discard', { entryId: '0190a000-0000-7000-8000-000000000001', reason: 'Nothing here' }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  test('sync:now pulls and answers the status', async ({ st }) => {
    const before = (await st.value('sync:status')).lastPull?.at ?? '';
    const status = await st.value('sync:now');
    expect(status.lastPull?.at ?? '').not.toBe('');
    expect((status.lastPull?.at ?? '') >= before).toBe(true);
    expect(status.role).toBe('draining');
  });
});
