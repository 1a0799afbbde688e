// A shop's pull into the station's cache, against each shop's simulator: paging, a rejected order,
// a restart mid-pass, the close-out in the shop's own key range, and an order started here.
import { afterEach, describe, expect } from 'vitest';
import { openStationDb, type StationDb } from '../../../electron/main/db/connection.ts';
import { queryOrders } from '../../../electron/main/db/order-query-run.ts';
import { getOrder, upsertPulledOrders } from '../../../electron/main/db/orders.ts';
import { shopOrderKey } from '../../../electron/main/db/shop-orders.ts';
import { recordShopStep } from '../../../electron/main/db/shop-packing.ts';
import {
  type EmporixSimulator,
  startEmporixSimulator,
} from '../../../electron/main/simulator/emporix/index.ts';
import {
  type MarketplaceSimulator,
  startMarketplaceSimulator,
} from '../../../electron/main/simulator/marketplace/index.ts';
import type { OrderSource } from '../../../electron/main/sources/order-source.ts';
import { shopSource } from '../../../electron/main/sources/shop-connection.ts';
import { pullShop } from '../../../electron/main/sync/pull-shop.ts';
import type { CachedShopOrder } from '../../../electron/main/sync/shop-as-order.ts';
import { firstShopKey, lastShopKey, sourceOfKey } from '../../../shared/domain/order-keys.ts';
import type { ShopSourceName } from '../../../shared/domain/order-sources.ts';
import { hasControls } from '../../../shared/domain/plain-text.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

const sims: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((sim) => sim.close()));
});

async function marketplace(orders = 30): Promise<{ sim: MarketplaceSimulator; client: OrderSource }> {
  const sim = await startMarketplaceSimulator({ seed: 7, orders });
  sims.push(sim);
  const client = shopSource(
    'marketplace',
    { url: sim.url, account: sim.username, secret: sim.password },
    { perPage: 4 },
  );
  if (!client.ok) throw new Error(client.error);
  return { sim, client: client.value };
}

async function emporix(orders = 30): Promise<{ sim: EmporixSimulator; client: OrderSource }> {
  const sim = await startEmporixSimulator({ seed: 7, orders });
  sims.push(sim);
  const client = shopSource(
    'emporix',
    { url: sim.url, account: sim.tenant, secret: sim.token },
    { perPage: 4 },
  );
  if (!client.ok) throw new Error(client.error);
  return { sim, client: client.value };
}

/** Counts the pages a client is asked for, and the cursor each starts from. */
function counting(client: OrderSource) {
  const cursors: unknown[] = [];
  const wrapped: OrderSource = {
    ...client,
    name: client.name,
    capabilities: client.capabilities,
    pullPage: (cursor, options) => {
      cursors.push(cursor);
      return client.pullPage(cursor, options);
    },
    getOne: (id, options) => client.getOne(id, options),
  };
  return { client: wrapped, cursors };
}

const pull = async (db: StationDb, source: ShopSourceName, client: OrderSource, maxPages?: number) => {
  const result = await pullShop(db, source, client, () => new Date(), new AbortController().signal, {
    ...(maxPages !== undefined ? { maxPages } : {}),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

function openKeys(db: StationDb, source: ShopSourceName): number[] {
  return db
    .prepare('SELECT id FROM orders WHERE closed = 0 AND id BETWEEN ? AND ? ORDER BY id DESC')
    .pluck()
    .all(lastShopKey(source), firstShopKey(source)) as number[];
}

const cachedShop = (db: StationDb, key: number) => getOrder(db, key)?.order as CachedShopOrder | undefined;

describe('pulling a shop into the cache', () => {
  test('stores every packable marketplace order, page by page, under its shop key, searchable and Equipme-shaped', async ({
    db,
  }) => {
    const { sim, client } = await marketplace();
    const counted = counting(client);
    const summary = await pull(db, 'marketplace', counted.client);
    const packable = sim.orders().filter((order) => order.status.id === 1 && order.paid);
    expect(packable.length).toBeGreaterThan(8);
    expect(summary).toMatchObject({ orders: packable.length, rejected: 0, closed: 0, complete: true });
    // Four orders a page: the pass walked several pages, each from the cursor the one before left.
    expect(counted.cursors.length).toBeGreaterThanOrEqual(Math.ceil(packable.length / 4));
    const keys = openKeys(db, 'marketplace');
    expect(keys).toHaveLength(packable.length);
    expect(keys.every((key) => sourceOfKey(key) === 'marketplace')).toBe(true);

    const wire = packable[0];
    if (!wire) throw new Error('no packable order');
    const key = shopOrderKey(db, { source: 'marketplace', id: String(wire.id) }) as number;
    const cached = getOrder(db, key);
    const order = cached?.order as CachedShopOrder;
    expect(cached?.effectiveStatus).toBe('new');
    expect(order.externalId).toBe(String(wire.id));
    expect(order.bomItems?.map((item) => [item.product?.partNumber, item.quantity])).toEqual(
      wire.line.map((line) => [line.code, line.quantity]),
    );
    expect(order.deliveryAddress?.postalCode).toBe(wire.shipping_address.zip_code);
    expect(order.shop).toMatchObject({ source: 'marketplace', id: String(wire.id), status: { code: '1' } });
    expect(order.shop.shippingMethod?.name).toBe(wire.shipping_option.name);

    // Found like an Equipme order: by the shop's id, a sku, the customer.
    const found = (text: string) =>
      queryOrders(db, {
        text,
        sort: { by: 'created', direction: 'asc' },
        limit: 50,
        offset: 0,
        locationIds: [],
      }).rows.map((row) => row.id);
    expect(found(String(wire.id))).toContain(key);
    expect(found(wire.line[0]?.code ?? '')).toContain(key);
    expect(found(order.customer.name)).toContain(key);
  });

  test('an Emporix order that fails validation is counted and reported, never cached, and the pull goes on', async ({
    db,
  }) => {
    const { sim, client } = await emporix();
    const [first] = sim.orders();
    if (!first) throw new Error('no order');
    sim.addOrder({ ...first, id: 'orderIdBROKEN', entries: [{ id: 'x', amount: 1.5 }] });
    const summary = await pull(db, 'emporix', client);
    expect(summary.rejected).toBe(1);
    expect(summary.rejectedOrders[0]?.id).toBe('orderIdBROKEN');
    expect(summary.rejectedOrders[0]?.problems.length).toBeGreaterThan(0);
    expect(shopOrderKey(db, { source: 'emporix', id: 'orderIdBROKEN' })).toBeNull();
    // Every other packable order is there; a completed one (not packable) is not.
    const completed = sim.orders().find((order) => order.status === 'COMPLETED');
    expect(completed && shopOrderKey(db, { source: 'emporix', id: completed.id })).toBeNull();
    expect(openKeys(db, 'emporix')).toHaveLength(summary.orders);
    expect(summary.orders).toBeGreaterThan(10);
  });

  test('a pass stopped mid-way resumes where it stood after a restart, and closes out only once complete', async ({
    db,
    dbFile,
  }) => {
    const { client } = await emporix();
    const first = counting(client);
    const partial = await pull(db, 'emporix', first.client, 2);
    expect(partial.complete).toBe(false);
    expect(first.cursors[0]).toBeNull();
    db.close();

    const reopened = openStationDb(dbFile);
    try {
      const again = counting(client);
      const rest = await pull(reopened, 'emporix', again.client);
      expect(rest.complete).toBe(true);
      // It went on from the third page, not from the start.
      expect(again.cursors[0]).not.toBeNull();
      const fresh = counting(client);
      const whole = await pull(reopened, 'emporix', fresh.client);
      expect(fresh.cursors.length).toBe(first.cursors.length + again.cursors.length);
      expect(whole.orders).toBe(rest.orders);
      expect(openKeys(reopened, 'emporix')).toHaveLength(whole.orders);
    } finally {
      reopened.close();
    }
  });

  test('a complete pass closes what its shop no longer lists, in its key range only', async ({ db }) => {
    const shopM = await marketplace();
    const shopX = await emporix();
    upsertPulledOrders(db, [makeOrder({ id: 4242, status: 'new' })], new Date());
    await pull(db, 'marketplace', shopM.client);
    await pull(db, 'emporix', shopX.client);
    const marketplaceOpen = openKeys(db, 'marketplace');
    const emporixOpen = openKeys(db, 'emporix');

    const gone = shopX.sim.orders().find((order) => order.status === 'CREATED');
    if (!gone) throw new Error('no created order');
    shopX.sim.removeOrder(gone.id);
    const summary = await pull(db, 'emporix', shopX.client);
    expect(summary.closed).toBe(1);
    const goneKey = shopOrderKey(db, { source: 'emporix', id: gone.id }) as number;
    expect(getOrder(db, goneKey)?.closed).toBe(true);
    expect(openKeys(db, 'emporix')).toEqual(emporixOpen.filter((key) => key !== goneKey));
    expect(openKeys(db, 'marketplace')).toEqual(marketplaceOpen);
    expect(getOrder(db, 4242)?.closed).toBe(false);

    // No longer packable (shipped by the shop itself): it leaves the work too.
    const shipped = shopM.sim.orders().find((order) => order.status.id === 1 && order.paid);
    if (!shipped) throw new Error('no packable order');
    shopM.sim.updateOrder(shipped.id, { status: { id: 3, name: 'SHIPPED' } });
    await pull(db, 'marketplace', shopM.client);
    const shippedKey = shopOrderKey(db, { source: 'marketplace', id: String(shipped.id) }) as number;
    expect(getOrder(db, shippedKey)?.closed).toBe(true);
    expect(getOrder(db, 4242)?.closed).toBe(false);
  });

  test('an order started here keeps its status on a re-pull, and stays open with a warning once unlisted', async ({
    db,
  }) => {
    const { sim, client } = await emporix();
    await pull(db, 'emporix', client);
    const started = sim.orders().find((order) => order.status === 'CREATED');
    if (!started) throw new Error('no created order');
    const key = shopOrderKey(db, { source: 'emporix', id: started.id }) as number;
    recordShopStep(db, {
      orderKey: key,
      step: 'packing',
      status: 'inprocess',
      operator: 'ana',
      at: new Date().toISOString(),
    });
    db.prepare(
      "UPDATE orders SET effective_status = 'inprocess', server_status = 'inprocess' WHERE id = ?",
    ).run(key);

    await pull(db, 'emporix', client);
    expect(getOrder(db, key)?.effectiveStatus).toBe('inprocess');
    expect(cachedShop(db, key)?.shop.unlistedSince).toBeUndefined();

    sim.removeOrder(started.id);
    const summary = await pull(db, 'emporix', client);
    expect(summary.keptOpen).toEqual([key]);
    expect(summary.closed).toBe(0);
    const after = getOrder(db, key);
    expect(after?.closed).toBe(false);
    expect(after?.effectiveStatus).toBe('inprocess');
    expect(cachedShop(db, key)?.shop.unlistedSince).toEqual(expect.any(String));
  });

  test('hostile text — control characters, markup, a huge string — never reaches the cache as sent', async ({
    db,
  }) => {
    const { sim, client } = await emporix(4);
    const [first] = sim.orders();
    if (!first) throw new Error('no order');
    const address = first.shippingAddress as Record<string, unknown>;
    sim.addOrder({
      ...first,
      id: 'orderIdHOSTILE',
      status: 'CREATED',
      customer: {
        ...(first.customer as object),
        name: 'Eve\u001b[2J <script>alert(1)</script><b>Evil</b>\u202e GmbH',
      },
      shippingAddress: {
        ...address,
        street: 'Main\u0007 Street <img src=x onerror=alert(1)>',
        city: 'Berlin\r\nEXEC',
      },
    });
    sim.addOrder({
      ...first,
      id: 'orderIdHUGE',
      status: 'CREATED',
      customer: { ...(first.customer as object), name: 'x'.repeat(200_000) },
    });
    const summary = await pull(db, 'emporix', client);
    expect(shopOrderKey(db, { source: 'emporix', id: 'orderIdHUGE' })).toBeNull();
    expect(summary.rejectedOrders.map((bad) => bad.id)).toContain('orderIdHUGE');
    const key = shopOrderKey(db, { source: 'emporix', id: 'orderIdHOSTILE' }) as number;
    const row = db
      .prepare('SELECT json, search_text AS searchText, customer_name AS name FROM orders WHERE id = ?')
      .get(key) as {
      json: string;
      searchText: string;
      name: string;
    };
    for (const text of [row.json, row.searchText, row.name]) {
      // Neither raw (a bidi override) nor escaped in the JSON (ESC, BEL, CR).
      expect(hasControls(text)).toBe(false);
      expect(text).not.toMatch(/\\u00[01][0-9a-f]|\\u007f|\\r/i);
      expect(text).not.toMatch(/<script|<img|<b>/i);
    }
    const order = cachedShop(db, key);
    expect(order?.customer.name).toContain('Evil');
    expect(order?.customer.name).not.toContain('alert(1)');
    expect(order?.deliveryAddress?.city).toBe('Berlin EXEC');
  });
});
