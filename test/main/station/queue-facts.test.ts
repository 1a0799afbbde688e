// The status chips' counts and the locations beside a queue query: a keystroke ('as-counted') never
// counts them (the search text does not change them, and any write, the lease's heartbeat too, moves
// the mark that says the cache changed); the queue's refresh after `orders:changed` ('current') does.
import { describe, expect } from 'vitest';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { cacheOrders, stationTest as test } from './station-fixture.ts';

const QUERY = { sort: { by: 'created', direction: 'asc' }, offset: 0, limit: 20 } as const;

describe('queue facts off the keystroke path', () => {
  test('a keystroke takes the counts as last counted; a refresh counts the changed cache', async ({
    st,
    dbFile,
  }) => {
    const before = await st.value('orders:query', QUERY);
    // Another connection (a pull by the CLI) caches two orders more, one at a new location.
    cacheOrders(dbFile, [
      makeOrder({ id: 900_001, status: 'new' }),
      makeOrder({ id: 900_002, status: 'new', location: { id: 77, name: 'Zwolle' } }),
    ]);

    const typed = await st.value('orders:query', { ...QUERY, text: '90000', queueFacts: 'as-counted' });
    // The search itself reads the cache as it is; the chips stay as they were counted.
    expect(typed.rows.map((row) => row.id)).toEqual(expect.arrayContaining([900_001, 900_002]));
    expect(typed.countsByStatus).toEqual(before.countsByStatus);
    expect(typed.locations).toEqual(before.locations);

    const refreshed = await st.value('orders:query', QUERY);
    expect(refreshed.countsByStatus.new).toBe((before.countsByStatus.new ?? 0) + 2);
    expect(refreshed.locations).toContainEqual({ id: 77, name: 'Zwolle' });
    const next = await st.value('orders:query', { ...QUERY, text: 'a', queueFacts: 'as-counted' });
    expect(next.countsByStatus).toEqual(refreshed.countsByStatus);
  });

  test('counts for other locations are counted even for a keystroke: none were counted yet', async ({
    st,
  }) => {
    const all = await st.value('orders:query', QUERY);
    const [first] = all.locations;
    if (!first) throw new Error('the demo data should have a location');
    const there = await st.value('orders:query', {
      ...QUERY,
      locationIds: [first.id],
      queueFacts: 'as-counted',
    });
    const counted = Object.values(there.countsByStatus).reduce((sum: number, n) => sum + (n ?? 0), 0);
    expect(counted).toBe(there.total);
    expect(there.total).toBeLessThan(all.total);
  });
});
