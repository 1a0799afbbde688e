// The pull asks for the next page before it checks and stores the one it has, so Equipme builds a
// page while the station writes the previous one. Proved by counting: when each page request
// reaches the server, the station's database does not yet hold the page before it.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, onTestFinished } from 'vitest';
import { createEquipmeClient } from '../../../electron/main/api/index.ts';
import { getOrder } from '../../../electron/main/db/index.ts';
import { openOrderIds } from '../../../electron/main/db/orders.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { pullOpenOrders } from '../../../electron/main/sync/pull-orders.ts';
import { TERMINAL_STATUSES } from '../../../shared/domain/lifecycle.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { interceptingFetch } from './intercept.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 7, orders: 1_600 });
});
afterAll(() => sim.close());

const LIST_PATH = '/v1/fulfillment/orders';
const PAGE = 200;

const isPageRequest = (url: URL, method: string) =>
  method === 'GET' && url.pathname === LIST_PATH && url.searchParams.get('limit') !== '1';

const openOnServer = () => sim.orderIds().filter((id) => !TERMINAL_STATUSES.has(sim.order(id)?.status ?? ''));

const pull = (db: Parameters<typeof pullOpenOrders>[0], fetch: typeof globalThis.fetch, baseUrl = sim.url) =>
  pullOpenOrders(
    db,
    createEquipmeClient({ baseUrl, apiKey: sim.apiKey, fetch }),
    () => new Date(),
    new AbortController().signal,
    () => {},
    { pageSize: PAGE },
  );

/** The proxy of pull-pipeline-proxy.ts in front of the simulator, watching the station's file. */
async function startProxy(dbFile: string): Promise<string> {
  const child = spawn(process.execPath, ['test/main/sync/pull-pipeline-proxy.ts', sim.url, dbFile], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  onTestFinished(() => {
    child.stdin.end();
  });
  const line = await new Promise<string>((resolve) =>
    createInterface({ input: child.stdout }).once('line', resolve),
  );
  return (JSON.parse(line) as { url: string }).url;
}

describe('pipelined pull', () => {
  test('the next page request reaches Equipme while the station is still writing the page before', async ({
    db,
    dbFile,
  }) => {
    const proxy = await startProxy(dbFile);
    const pulled = await pull(db, globalThis.fetch, proxy);
    expect(pulled.ok).toBe(true);
    // Committed orders the proxy saw in the station's file as each page request arrived.
    const arrivals = (await (await fetch(`${proxy}/_arrivals`)).json()) as number[];
    expect(arrivals.length).toBeGreaterThan(4);
    arrivals.forEach((committed, k) => {
      expect(committed, `orders committed when page ${k} reached Equipme`).toBeLessThanOrEqual(
        Math.max(0, k - 1) * PAGE,
      );
    });
    expect(openOrderIds(db).length).toBe(openOnServer().length);
  });

  test('each page is asked for before the page before it is written', async ({ db }) => {
    // Orders in the cache at the moment each page request leaves the station.
    const cachedAtRequest: number[] = [];
    const fetch = interceptingFetch(({ method, url }) => {
      if (isPageRequest(url, method)) cachedAtRequest.push(openOrderIds(db).length);
      return undefined;
    });
    const pulled = await pull(db, fetch);
    expect(pulled.ok).toBe(true);

    const open = openOnServer();
    expect(cachedAtRequest.length).toBeGreaterThan(4);
    // Request k starts while page k-1 is still unwritten: at most k-1 pages are stored by then.
    // Paging one page after another, k whole pages (less a few boundary repeats) would be.
    cachedAtRequest.forEach((cached, k) => {
      expect(cached, `orders cached when page ${k} was asked for`).toBeLessThanOrEqual(
        Math.max(0, k - 1) * PAGE,
      );
    });
    expect(openOrderIds(db).sort((a, b) => a - b)).toEqual(open.sort((a, b) => a - b));
  });

  test('a page of only invalid orders still moves the cursor: the pages after it are read', async ({
    db,
  }) => {
    let pages = 0;
    let spoiledPage: string | undefined;
    const spoiled = new Set<number>();
    // Equipme sends the second page, each time it is asked for, with every order breaking the spec.
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const response = await globalThis.fetch(input, init);
      const url = new URL(String(input));
      if (!isPageRequest(url, init?.method ?? 'GET')) return response;
      if (++pages === 2) spoiledPage = url.href;
      if (url.href !== spoiledPage) return response;
      const body = (await response.json()) as { items: Record<string, unknown>[] };
      for (const item of body.items) {
        item.customer = 42;
        spoiled.add(item.id as number);
      }
      return Response.json(body, { status: response.status, headers: response.headers });
    };
    const pulled = await pull(db, fetch);
    if (!pulled.ok) throw new Error(pulled.error.message);

    expect(spoiled.size).toBe(PAGE);
    expect(pulled.value.rejected.map((r) => r.id)).toEqual([...spoiled]);
    const rest = openOnServer().filter((id) => !spoiled.has(id));
    expect(rest.length).toBeGreaterThan(3 * PAGE);
    expect(rest.filter((id) => getOrder(db, id)?.closed !== false)).toEqual([]);
  });
});
