// The outbox holds Equipme's orders only: a shop order's key (negative) is refused where entries are
// made, so the sync engine can never send anything for a shop order — and Equipme's pull and sales
// picture leave the shops' cached orders alone.
import { describe, expect } from 'vitest';
import { createEquipmeClient } from '../../../electron/main/api/index.ts';
import { getOrder, listAudit, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { customersToFetch, salesOrdersToFetch } from '../../../electron/main/db/sales-cache.ts';
import { enqueueTransition, enqueueTransitions, listOutbox } from '../../../electron/main/outbox/index.ts';
import { startSimulator } from '../../../electron/main/simulator/index.ts';
import { createSyncEngine } from '../../../electron/main/sync/sync-engine.ts';
import { firstShopKey } from '../../../shared/domain/order-keys.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { NOW } from './outbox-helpers.ts';

const SHOP_KEY = firstShopKey('emporix');
const CREATED = '2026-11-20T00:00:00.000Z';
const request = (orderId: number) => ({
  orderId,
  action: 'process' as const,
  operator: 'ana',
  stationId: 'station-1',
  now: NOW,
});

describe('the outbox and shop orders', () => {
  test('a shop key is refused in the enqueue path, even for a cached order, and nothing is written', ({
    db,
  }) => {
    upsertPulledOrders(
      db,
      [makeOrder({ id: SHOP_KEY, status: 'new', created: CREATED }), makeOrder({ id: 7, status: 'new' })],
      NOW,
    );
    const refused = enqueueTransition(db, request(SHOP_KEY));
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'shop-order',
        message: expect.stringMatching(/comes from Emporix.*never sends status changes/),
      },
    });
    // A box with an Equipme order and a shop order: all or none, so none.
    const box = enqueueTransitions(db, [request(7), request(SHOP_KEY)]);
    expect(box.ok).toBe(false);
    expect(listOutbox(db, {})).toEqual([]);
    expect(getOrder(db, SHOP_KEY)?.effectiveStatus).toBe('new');
    expect(listAudit(db, { limit: 10 }).filter((row) => row.kind === 'transition-enqueued')).toEqual([]);
    // An Equipme order is queued as ever.
    expect(enqueueTransition(db, request(7)).ok).toBe(true);
  });

  test("Equipme's pull closes no shop order and its sales picture asks for none", async ({ db }) => {
    const sim = await startSimulator({ seed: 2, orders: 5 });
    try {
      upsertPulledOrders(
        db,
        [makeOrder({ id: SHOP_KEY, status: 'new', customerId: SHOP_KEY, created: CREATED })],
        NOW,
      );
      const engine = createSyncEngine({
        db,
        client: createEquipmeClient({ baseUrl: sim.url, apiKey: sim.apiKey }),
      });
      const pulled = await engine.pull();
      expect(pulled.ok && pulled.value.closed).toBe(0);
      expect(getOrder(db, SHOP_KEY)?.closed).toBe(false);
      const later = new Date(NOW.getTime() + 86_400_000);
      expect(salesOrdersToFetch(db, later, 100).every((id) => id > 0)).toBe(true);
      expect(customersToFetch(db, later, 100)).not.toContain(SHOP_KEY);
    } finally {
      await sim.close();
    }
  });
});
