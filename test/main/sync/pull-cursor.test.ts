// The open set changes while the station pages through it. Whatever moves between two pages, the
// cache afterwards equals the server, order by order.
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { createEquipmeClient } from '../../../electron/main/api/index.ts';
import { getOrder, listAudit } from '../../../electron/main/db/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { pullOpenOrders } from '../../../electron/main/sync/pull-orders.ts';
import { TERMINAL_STATUSES } from '../../../shared/domain/lifecycle.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { interceptingFetch } from './intercept.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 11, orders: 2_600 });
});
afterAll(() => sim.close());

const LIST_PATH = '/v1/fulfillment/orders';

describe('pull while orders change between pages', () => {
  test('cancelling orders on pages already read neither skips nor closes an open one', async ({ db }) => {
    // Another actor (the web portal) moves orders through the API while the station pages.
    const portal = createEquipmeClient({ baseUrl: sim.url, apiKey: sim.apiKey });
    const byCreated = sim
      .orderIds()
      .map((id) => sim.order(id))
      .filter((o) => o !== undefined && !TERMINAL_STATUSES.has(o.status))
      .sort(
        (a, b) =>
          (a?.order.created ?? '').localeCompare(b?.order.created ?? '') || (a?.id ?? 0) - (b?.id ?? 0),
      );
    expect(byCreated.length).toBeGreaterThan(2_000);
    const earliestNew = byCreated.filter((o) => o?.status === 'new').slice(0, 30);
    const laterNew = byCreated
      .slice(1_200)
      .filter((o) => o?.status === 'new')
      .slice(0, 5);
    let pages = 0;
    const fetch = interceptingFetch(
      () => undefined,
      async (url, method) => {
        if (method !== 'GET' || url.pathname !== LIST_PATH || url.searchParams.get('limit') === '1') return;
        pages++;
        if (pages !== 1) return;
        // After the first page: orders it held leave the open set, and orders further on move within it.
        for (const o of earliestNew) await portal.postTransition(o?.id ?? 0, { action: 'cancel' });
        for (const o of laterNew) await portal.postTransition(o?.id ?? 0, { action: 'process' });
      },
    );
    const client = createEquipmeClient({ baseUrl: sim.url, apiKey: sim.apiKey, fetch });
    const pulled = await pullOpenOrders(
      db,
      client,
      () => new Date(),
      new AbortController().signal,
      () => {},
    );
    expect(pulled.ok).toBe(true);
    expect(pages).toBeGreaterThan(2);

    const mismatches: string[] = [];
    for (const id of sim.orderIds()) {
      const server = sim.order(id);
      const cached = getOrder(db, id);
      if (!server) continue;
      const open = !TERMINAL_STATUSES.has(server.status);
      if (open && (!cached || cached.closed || cached.serverStatus !== server.status)) {
        mismatches.push(
          `${id}: server ${server.status}, cache ${cached ? `${cached.serverStatus}${cached.closed ? ' closed' : ''}` : 'missing'}`,
        );
      }
      if (!open && cached && (!cached.closed || cached.serverStatus !== server.status)) {
        mismatches.push(
          `${id}: server ${server.status}, cache ${cached.serverStatus}${cached.closed ? ' closed' : ' open'}`,
        );
      }
    }
    expect(mismatches).toEqual([]);
    const summary = listAudit(db, { kind: 'pull-completed', limit: 1 })[0]?.detail;
    expect(summary).toMatchObject({ closed: earliestNew.length });
  });
});
