// A shop order's label names the shop's own id (PSO<letter>:<id>): at a station that has the order it
// opens that order, whatever key the station gave it; at one that does not, it opens nothing.
import { describe, expect } from 'vitest';
import { openStationDb } from '../../../electron/main/db/connection.ts';
import { shopOrderKeys } from '../../../electron/main/db/shop-orders.ts';
import { shopLabelBarcode } from '../../../shared/domain/scan-codes.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { cacheOrders, stationTest as test } from './station-fixture.ts';

function keyOf(dbFile: string, id: string): number {
  const db = openStationDb(dbFile);
  try {
    return shopOrderKeys(db, 'emporix', [id]).get(id) as number;
  } finally {
    db.close();
  }
}

describe('orders:lookup of a shop order label', () => {
  test('opens the order the label names, and nothing for an order this station lacks', async ({
    st,
    dbFile,
  }) => {
    // Another order first, so the key is not the first one: the label must not carry keys.
    keyOf(dbFile, 'orderId000001');
    const key = keyOf(dbFile, 'orderId123456');
    cacheOrders(dbFile, [
      makeOrder({ id: key, orderNumber: 'orderId123456', created: '2026-11-30T08:00:00.000Z' }),
    ]);

    const opened = await st.value('orders:lookup', {
      code: `${shopLabelBarcode('emporix', 'orderId123456')}\r`,
    });
    expect(opened).toMatchObject({ orderId: key, matches: [{ orderId: key }] });
    expect(await st.value('orders:lookup', { code: shopLabelBarcode('emporix', 'orderId999') })).toBeNull();
    // The same id at the other shop is another order.
    expect(
      await st.value('orders:lookup', { code: shopLabelBarcode('marketplace', 'orderId123456') }),
    ).toBeNull();
  });
});
