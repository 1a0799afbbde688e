// Paging the listing with the station's client against the strict server, sorted by date ascending
// from an `after` instant, while other stations move orders between two page requests.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EquipmeClient, OrderPage } from '../../../electron/main/api/index.ts';
import { getOrder } from '../../../electron/main/db/index.ts';
import { pullOpenOrders } from '../../../electron/main/sync/pull-orders.ts';
import type { OrderListQuery } from '../../../shared/api/equipme.ts';
import { type StrictEquipme, startStrictEquipme } from '../../fixtures/strict-equipme/index.ts';
import { stationClient } from '../../fixtures/strict-equipme/station-client.ts';
import { dbTest } from '../../fixtures/temp-db.ts';

type Raw = Record<string, unknown>;

let server: StrictEquipme;
let api: EquipmeClient;

beforeEach(async () => {
  server = await startStrictEquipme({ seed: 21, orders: 3000 });
  api = stationClient(server);
});
afterEach(() => server.close());

// Final by the lifecycle notes: processed (fulfillment completed) and cancelled.
const OPEN = [
  'new',
  'inprocess',
  'ready-for-delivery',
  'delivery-requested-outbound',
  'in-delivery-outbound',
  'delivered-outbound',
  'delivery-returned-outbound',
] as const;

const createdOf = (o: Raw | undefined) => Date.parse(((o?.order ?? {}) as { created: string }).created);

async function allPages(query: OrderListQuery): Promise<number[]> {
  const ids: number[] = [];
  for await (const page of api.iterateOrders(query)) {
    if (!page.ok) throw new Error(page.error.message);
    const value: OrderPage = page.value;
    expect(value.rejected).toEqual([]);
    ids.push(...value.orders.map((o) => o.id));
  }
  return ids;
}

/** The `created` of a sales order with several fulfillment orders, written with a zone offset if one is. */
function siblingsCreated(): string {
  const bySalesOrder = new Map<unknown, Raw[]>();
  for (const id of server.orderIds()) {
    const o = server.order(id) as Raw;
    const key = (o.order as Raw).id;
    bySalesOrder.set(key, [...(bySalesOrder.get(key) ?? []), o]);
  }
  const created = (group: Raw[]) => ((group[0] as Raw).order as Raw).created as string;
  const groups = [...bySalesOrder.values()].filter((g) => g.length > 1).slice(5);
  // A "+01:00" zone also checks that the client encodes the plus sign in the query.
  const group = groups.find((g) => /\+\d\d:\d\d$/.test(created(g))) ?? groups[0];
  if (!group) throw new Error('the seed has no sales order with several fulfillment orders');
  return created(group);
}

describe('paging sortBy=date&sortOrder=asc&after=', () => {
  it('lists every order created strictly after the instant, once, oldest first; siblings at the instant left out', async () => {
    const after = siblingsCreated();
    expect(after).toMatch(/\+\d\d:\d\d$/);
    const ids = await allPages({ sortBy: 'date', sortOrder: 'asc', after, limit: 250 });
    const expected = server.orderIds().filter((id) => createdOf(server.order(id)) > Date.parse(after));
    expect(ids.length).toBe(new Set(ids).size);
    expect([...ids].sort((a, b) => a - b)).toEqual(expected);
    const times = ids.map((id) => createdOf(server.order(id)));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const atTheInstant = server.orderIds().filter((id) => createdOf(server.order(id)) === Date.parse(after));
    expect(atTheInstant.length).toBeGreaterThan(1);
    expect(ids.some((id) => atTheInstant.includes(id))).toBe(false);
  });

  // Known limitation, reported, not fixed: iterateOrders follows the server's offset `next` links.
  // When another station closes an order that was on an earlier page, every later order moves one place
  // forward, so the first orders of the next page are never listed. The pull no longer pages this way
  // (pull-orders.ts keeps a creation cursor, see below); `station orders` still lists through it.
  it.fails('lists every order that stayed open while other stations closed orders between pages', async () => {
    const after = siblingsCreated();
    const listed = new Set<number>();
    const closedByOthers = new Set<number>();
    server.onListPage(({ offset }) => {
      if (offset === 0) return;
      // Two orders this station has already been shown are packed and completed elsewhere.
      for (const id of [...listed].filter((i) => !closedByOthers.has(i)).slice(0, 2)) {
        server.setStatus(id, 'processed');
        closedByOthers.add(id);
      }
    });
    for await (const page of api.iterateOrders({
      status: [...OPEN],
      sortBy: 'date',
      sortOrder: 'asc',
      after,
      limit: 100,
    })) {
      if (!page.ok) throw new Error(page.error.message);
      for (const o of page.value.orders) listed.add(o.id);
    }
    const stayedOpen = server
      .orderIds()
      .filter(
        (id) =>
          (OPEN as readonly unknown[]).includes(server.order(id)?.status) &&
          createdOf(server.order(id)) > Date.parse(after),
      );
    expect(closedByOthers.size).toBeGreaterThan(10);
    expect(stayedOpen.filter((id) => !listed.has(id))).toEqual([]);
  });

  // Before main's creation cursor, pullOpenOrders paged by offset and then marked every cached order
  // it had not seen as closed: an order still open at Equipme dropped out of the station's queue.
  dbTest(
    'a pull while other stations close orders keeps every still-open order open in the cache',
    async ({ db }) => {
      const signal = new AbortController().signal;
      const pull = () =>
        pullOpenOrders(
          db,
          api,
          () => new Date(),
          signal,
          () => {},
        );
      expect((await pull()).ok).toBe(true);
      const listed: number[] = [];
      server.onListPage(({ offset }) => {
        if (offset === 0) return;
        for (const id of listed.splice(0, 3)) server.setStatus(id, 'cancelled');
      });
      // Record what the first page served, so the hook closes orders this pull has already seen.
      const firstPage = await api.listOrders({
        status: [...OPEN],
        sortBy: 'date',
        sortOrder: 'asc',
        limit: 1000,
      });
      if (!firstPage.ok) throw new Error(firstPage.error.message);
      listed.push(...firstPage.value.orders.map((o) => o.id));
      expect((await pull()).ok).toBe(true);
      const stillOpen = server
        .orderIds()
        .filter((id) => (OPEN as readonly unknown[]).includes(server.order(id)?.status));
      expect(stillOpen.length).toBeGreaterThan(1000);
      expect(stillOpen.filter((id) => getOrder(db, id)?.closed)).toEqual([]);
    },
  );

  it('follows relative next links: the spec says only "the target resource URI"', async () => {
    const relative = await startStrictEquipme({ seed: 21, orders: 450, relativeLinks: true });
    const ids: number[] = [];
    for await (const page of stationClient(relative).iterateOrders({
      sortBy: 'date',
      sortOrder: 'asc',
      limit: 100,
    })) {
      if (!page.ok) throw new Error(page.error.message);
      expect(page.value.self).toMatch(/^\/v1\/fulfillment\/orders\?/);
      ids.push(...page.value.orders.map((o) => o.id));
    }
    await relative.close();
    expect([...ids].sort((a, b) => a - b)).toEqual(relative.orderIds());
  });

  dbTest(
    'a pull keeps an order whose status a newer Equipme added: open, with the status as sent',
    async ({ db }) => {
      const signal = new AbortController().signal;
      const pull = () =>
        pullOpenOrders(
          db,
          api,
          () => new Date(),
          signal,
          () => {},
        );
      expect((await pull()).ok).toBe(true);
      const id = server.orderIds().find((i) => server.order(i)?.status === 'inprocess') as number;
      server.setStatus(id, 'awaiting-stock');
      expect((await pull()).ok).toBe(true);
      expect(getOrder(db, id)).toMatchObject({ serverStatus: 'awaiting-stock', closed: false });
    },
  );
});
