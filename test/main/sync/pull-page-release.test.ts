// A pull holds one listed page once, not twice: each order's parsed item leaves the page as it is
// checked, so by the time a page's orders are written the page as sent is gone and only the checked
// orders remain (a page of parsed JSON and its checked copy at once is what raised the pull's peak
// memory). Watched from inside SQLite: a temporary trigger calls back into the test at every write.
import { afterAll, beforeAll, describe, expect } from 'vitest';
import {
  createEquipmeClient,
  type EquipmeClient,
  type ListedPage,
} from '../../../electron/main/api/index.ts';
import { readableId } from '../../../electron/main/api/validate-order.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { PULL_PAGE_SIZE, pullOpenOrders } from '../../../electron/main/sync/pull-orders.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 5, orders: 1_900 });
});
afterAll(() => sim.close());

interface HandedPage {
  listed: ListedPage;
  ids: Set<number>;
}

/** The real client, keeping every listed page it hands to the pull (and the ids that page held). */
function keepingPages(client: EquipmeClient, pages: HandedPage[]): EquipmeClient {
  return {
    ...client,
    async listUncheckedOrders(query, opts) {
      const page = await client.listUncheckedOrders(query, opts);
      if (page.ok) {
        const ids = page.value.items.map(readableId).filter((id) => id !== undefined);
        pages.push({ listed: page.value, ids: new Set(ids) });
      }
      return page;
    },
  };
}

describe('a pull releases each listed page as it checks it', () => {
  test('no order is written while its page still holds the orders as sent', async ({ db }) => {
    const pages: HandedPage[] = [];
    const itemsLeftAtWrite: number[] = [];
    db.function('order_written', (id) => {
      const page = pages.find((p) => p.ids.has(Number(id)));
      itemsLeftAtWrite.push(page ? page.listed.items.filter((item) => item !== undefined).length : -1);
      return null;
    });
    db.exec(`CREATE TEMP TRIGGER watch_order_write AFTER INSERT ON main.orders
      BEGIN SELECT order_written(NEW.id); END`);
    const client = keepingPages(createEquipmeClient({ baseUrl: sim.url, apiKey: sim.apiKey }), pages);

    const pulled = await pullOpenOrders(
      db,
      client,
      () => new Date(),
      new AbortController().signal,
      () => {},
      {
        pageSize: 100,
      },
    );

    expect(pulled.ok).toBe(true);
    expect(pages.length).toBeGreaterThan(2);
    expect(itemsLeftAtWrite.length).toBe(pulled.ok ? pulled.value.orders : 0);
    // Every write found its page already empty: none of the parsed items was still held.
    expect(new Set(itemsLeftAtWrite)).toEqual(new Set([0]));
    for (const { listed } of pages) expect(listed.items).toHaveLength(0);
  });
});

describe('the pull pages by 400 orders', () => {
  test('a pull without a page size asks for pages of 400, so it holds at most 400 orders at once', async ({
    db,
  }) => {
    const limits: number[] = [];
    const seen = createEquipmeClient({ baseUrl: sim.url, apiKey: sim.apiKey });
    const client: EquipmeClient = {
      ...seen,
      listUncheckedOrders(query, opts) {
        limits.push(query.limit ?? 0);
        return seen.listUncheckedOrders(query, opts);
      },
    };

    const pulled = await pullOpenOrders(
      db,
      client,
      () => new Date(),
      new AbortController().signal,
      () => {},
    );

    expect(pulled.ok).toBe(true);
    const orders = pulled.ok ? pulled.value.orders : 0;
    expect(orders).toBeGreaterThan(1_500);
    // Every page asked for 400 (the last one comes back short).
    expect(new Set(limits)).toEqual(new Set([PULL_PAGE_SIZE]));
    expect(PULL_PAGE_SIZE).toBe(400);
    expect(limits.length).toBeGreaterThanOrEqual(Math.ceil(orders / 400));
  });
});
