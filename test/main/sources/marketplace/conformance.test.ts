// The marketplace client against its simulator: every documented parameter and header, the login and
// its renewal, the resumable pull, getOne through the list, and the fault knobs.
import { afterEach, describe, expect, it } from 'vitest';
import {
  type MarketplaceSimulator,
  startMarketplaceSimulator,
} from '../../../../electron/main/simulator/marketplace/index.ts';
import type { MarketplaceWireOrder } from '../../../../electron/main/simulator/marketplace/seed.ts';
import {
  createMarketplaceSource,
  LOGIN_REJECTED_MESSAGE,
  type MarketplaceSourceOptions,
} from '../../../../electron/main/sources/marketplace/client.ts';
import type { PullCursor, SourceOrder } from '../../../../electron/main/sources/order-source.ts';
import { recordingFetch } from './fixtures.ts';

let sim: MarketplaceSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function setUp(
  options: Parameters<typeof startMarketplaceSimulator>[0] = {},
  client: Partial<MarketplaceSourceOptions> = {},
) {
  sim = await startMarketplaceSimulator({ seed: 12, orders: 60, ...options });
  const recorder = recordingFetch();
  const source = createMarketplaceSource({
    baseUrl: sim.url,
    username: sim.username,
    password: sim.password,
    perPage: 7,
    fetch: recorder.fetch,
    ...client,
  });
  return { sim, source, seen: recorder.seen };
}

type Source = ReturnType<typeof createMarketplaceSource>;

/** Pulls to the end, saving the cursor as JSON between pages as the station would. */
async function pullAll(source: Source, between?: (page: number) => void): Promise<SourceOrder[]> {
  const orders: SourceOrder[] = [];
  let cursor: PullCursor | null = null;
  for (let page = 1; ; page++) {
    const result = await source.pullPage(cursor);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.rejected).toEqual([]);
    orders.push(...result.value.orders);
    if (result.value.next === null) return orders;
    cursor = JSON.parse(JSON.stringify(result.value.next)) as PullCursor;
    between?.(page);
  }
}

const packable = (orders: readonly MarketplaceWireOrder[]) =>
  orders
    .filter((order) => order.status.id === 1 && order.paid)
    .sort((a, b) => Date.parse(a.submit_date ?? '') - Date.parse(b.submit_date ?? '') || a.id - b.id)
    .map((order) => String(order.id));

describe('marketplace client against its simulator', () => {
  it('logs in with {username, password} and sends the token as a bearer, never an X-API-KEY', async () => {
    const { source, seen } = await setUp();
    const page = await source.pullPage(null);
    expect(page.ok).toBe(true);
    const [login, list] = seen;
    expect(login?.method).toBe('POST');
    expect(login?.url.pathname).toBe('/api/v1/authenticate');
    expect(JSON.parse(login?.body ?? '')).toEqual({ username: 'station', password: 'demo-password' });
    expect(login?.headers.get('authorization')).toBeNull();
    expect(list?.url.pathname).toBe('/api/v1/orders');
    expect(list?.headers.get('authorization')).toMatch(/^Bearer \S+$/);
    expect(list?.headers.get('x-api-key')).toBeNull();
  });

  it('pulls submitted, paid orders with q, sort, page and per_page, each once, oldest first, with X-count', async () => {
    const { sim, source, seen } = await setUp();
    const first = await source.pullPage(null);
    if (!first.ok) throw new Error(first.error.message);
    const list = seen[1]?.url;
    expect(list?.searchParams.get('q')).toBe('status:1,paid:1');
    expect(list?.searchParams.get('sort')).toBe('+submit_date,+id');
    // A `+` must travel encoded: a bare one reads as a space.
    expect(list?.search).toContain('sort=%2Bsubmit_date%2C%2Bid');
    expect(list?.searchParams.get('page')).toBe('1');
    expect(list?.searchParams.get('per_page')).toBe('7');
    expect(first.value.total).toBe(packable(sim.orders()).length);
    expect(first.value.orders.every((order) => order.packable)).toBe(true);

    const all = await pullAll(source);
    expect(all.map((order) => order.key.id)).toEqual(packable(sim.orders()));
    expect(sim.logins).toBe(1);
  });

  it('resumes from a saved cursor without skipping orders when earlier ones leave the listing', async () => {
    const { sim, source, seen } = await setUp();
    const expected = packable(sim.orders());
    const all = await pullAll(source, (page) => {
      // Another channel ships the first two orders of the page just read: page numbers would skip two.
      const shipped = expected.slice((page - 1) * 7, (page - 1) * 7 + 2);
      for (const id of shipped) sim.updateOrder(Number(id), { status: { id: 2, name: 'SHIPPED' } });
    });
    expect(all.map((order) => order.key.id)).toEqual(expected);
    // Later pages ask from the last submit date read on.
    expect(seen.at(-1)?.url.searchParams.get('q')).toMatch(/^status:1,paid:1,submit_date>=\d{4}-/);
  });

  it('reads every order once when more than a page share one submit date', async () => {
    const { sim, source } = await setUp({ orders: 10 });
    const template = sim.orders().find((order) => order.status.id === 1 && order.paid);
    if (!template) throw new Error('no packable order seeded');
    for (let n = 0; n < 17; n++) {
      sim.addOrder({ ...template, id: 90_000 + n, submit_date: '2026-11-02T07:30:00.000Z' });
    }
    const all = await pullAll(source);
    expect(all.map((order) => order.key.id)).toEqual(packable(sim.orders()));
  });

  it('picks up an order submitted while the pull is under way', async () => {
    const { sim, source } = await setUp({ orders: 20 });
    const template = sim.orders().find((order) => order.status.id === 1 && order.paid);
    if (!template) throw new Error('no packable order seeded');
    const all = await pullAll(source, (page) => {
      if (page === 1) sim.addOrder({ ...template, id: 99_999, submit_date: '2027-01-01T00:00:00.000Z' });
    });
    expect(all.map((order) => order.key.id)).toContain('99999');
    expect(new Set(all.map((order) => order.key.id)).size).toBe(all.length);
  });

  it('renews an expired token once and retries the request', async () => {
    const { sim, source, seen } = await setUp({ faults: { tokenLifetime: 2 } });
    const all = await pullAll(source);
    expect(all.map((order) => order.key.id)).toEqual(packable(sim.orders()));
    expect(sim.logins).toBeGreaterThan(2);
    sim.setFaults({ tokenLifetime: 0 });
    sim.expireTokens();
    const before = seen.length;
    const again = await source.pullPage(null);
    expect(again.ok).toBe(true);
    expect(seen.slice(before).map((request) => request.url.pathname)).toEqual([
      '/api/v1/orders',
      '/api/v1/authenticate',
      '/api/v1/orders',
    ]);
  });

  it('a refused login is an unauthorized error with the operator message, and the password never shows', async () => {
    const { source } = await setUp({}, { password: 'wrong-secret' });
    const page = await source.pullPage(null);
    expect(page.ok).toBe(false);
    if (page.ok) return;
    expect(page.error.kind).toBe('unauthorized');
    expect(page.error.message).toBe(LOGIN_REJECTED_MESSAGE);
    expect(JSON.stringify(page.error)).not.toContain('wrong-secret');
  });

  it('gets one order of any status through q=id:<id>, and not-found for an unknown one', async () => {
    const { sim, source, seen } = await setUp();
    const canceled = sim.orders().find((order) => order.status.id === 4);
    if (!canceled) throw new Error('no canceled order seeded');
    const one = await source.getOne(String(canceled.id));
    if (!one.ok) throw new Error(one.error.message);
    expect(one.value.key.id).toBe(String(canceled.id));
    expect(one.value.status).toEqual({ code: '4', label: 'CANCELED' });
    expect(one.value.packable).toBe(false);
    expect(seen.at(-1)?.url.searchParams.get('q')).toBe(`id:${canceled.id}`);

    const missing = await source.getOne('12345678');
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.error.kind).toBe('not-found');
      expect(missing.error.message).toContain('marketplace API does not know marketplace order 12345678');
    }
  });

  it('never sends a getOne whose id would change the filter', async () => {
    const { source, seen } = await setUp();
    for (const id of ['1,status:0', '>=1', '1 OR 1', '<img src=x>', 'x'.repeat(10_000)]) {
      const one = await source.getOne(id);
      expect(one.ok).toBe(false);
      if (!one.ok) {
        expect(one.error.kind).toBe('bad-request');
        expect(one.error.delivery).toBe('not-sent');
      }
    }
    expect(seen).toEqual([]);
  });

  it('reads on when the simulator cuts per_page to its maximum (X-per-page)', async () => {
    const { sim, source, seen } = await setUp({ maxPerPage: 5 }, { perPage: 50 });
    const all = await pullAll(source);
    expect(all.map((order) => order.key.id)).toEqual(packable(sim.orders()));
    expect(seen.filter((request) => request.url.pathname === '/api/v1/orders').length).toBeGreaterThan(2);
  });

  it('requests that start together share one login', async () => {
    const { sim, source } = await setUp();
    const pages = await Promise.all([source.pullPage(null), source.pullPage(null), source.getOne('50001')]);
    expect(pages.map((page) => page.ok)).toEqual([true, true, true]);
    expect(sim.logins).toBe(1);
  });

  it("a cancelled pull is an aborted value, and another caller's login goes on", async () => {
    const { sim, source } = await setUp({ faults: { latency: 300 } });
    const controller = new AbortController();
    const cancelled = source.pullPage(null, { signal: controller.signal });
    const other = source.pullPage(null);
    controller.abort();
    const [mine, theirs] = await Promise.all([cancelled, other]);
    expect(mine.ok || mine.error.kind).toBe('aborted');
    expect(theirs.ok).toBe(true);
    expect(sim.logins).toBe(1);
    const already = await source.getOne('50001', { signal: AbortSignal.abort() });
    expect(already.ok || already.error.kind).toBe('aborted');
  });

  it('is read-only: no transitions', async () => {
    const { source } = await setUp();
    expect(source.capabilities.transitions).toEqual([]);
    expect(source.name).toBe('marketplace');
  });

  describe('fault knobs', () => {
    it('a 5xx is a retryable server error naming the marketplace', async () => {
      const { source } = await setUp({ faults: { error5xx: 1 } });
      const page = await source.pullPage(null);
      expect(page.ok).toBe(false);
      if (page.ok) return;
      expect(page.error.kind).toBe('server');
      expect(page.error.retryable).toBe(true);
      expect(page.error.message).toMatch(/^The marketplace API had an internal error \(HTTP 50[023]\)/);
      expect(page.error.message).not.toContain('Equipme');
    });

    it('a 429 is waited out and the request goes again', async () => {
      sim = await startMarketplaceSimulator({ seed: 12, orders: 20 });
      const statuses: number[] = [];
      const running = sim;
      // The limit lifts once the station has been told to pause.
      const lifting: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        statuses.push(response.status);
        if (response.status === 429) running.setFaults({ rate429: 0 });
        return response;
      };
      const source = createMarketplaceSource({
        baseUrl: sim.url,
        username: sim.username,
        password: sim.password,
        fetch: lifting,
      });
      sim.setFaults({ rate429: 1 });
      const page = await source.pullPage(null);
      expect(page.ok).toBe(true);
      expect(statuses).toEqual([429, 200, 200]);
    });

    it('offline is an offline error; unauthorized a refused login', async () => {
      const { sim, source } = await setUp({ faults: { offline: true } });
      const page = await source.pullPage(null);
      expect(page.ok || page.error.kind).toMatch(/offline|connection-lost/);
      sim.setFaults({ offline: false, unauthorized: true });
      const refused = await source.pullPage(null);
      expect(refused.ok || refused.error.kind).toBe('unauthorized');
    });

    it('latency beyond the timeout is a timeout naming the marketplace', async () => {
      const { source } = await setUp({ faults: { latency: 2_000 } }, { timeoutMs: 200 });
      const page = await source.pullPage(null);
      expect(page.ok).toBe(false);
      if (page.ok) return;
      expect(page.error.kind).toBe('timeout');
      expect(page.error.message).toContain('The marketplace API did not answer within 200 ms');
    });
  });
});
