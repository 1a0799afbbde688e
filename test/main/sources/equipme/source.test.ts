// Equipme as an OrderSource against the embedded simulator: paging through the open orders returns
// exactly what the background pull stores, a walk resumes from any cursor, an invalid order is a
// rejected one on its page, and getOne reads one order (or says why not) by its id as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEquipmeClient } from '../../../../electron/main/api/index.ts';
import { openOrderIds } from '../../../../electron/main/db/orders.ts';
import { type Simulator, startSimulator } from '../../../../electron/main/simulator/index.ts';
import { SOURCE_CAPABILITIES } from '../../../../electron/main/sources/capabilities.ts';
import { createEquipmeSource } from '../../../../electron/main/sources/equipme/source.ts';
import type { OrderSource, PullCursor, SourcePage } from '../../../../electron/main/sources/order-source.ts';
import { pullOpenOrders } from '../../../../electron/main/sync/pull-orders.ts';
import { FULFILLMENT_ACTIONS } from '../../../../shared/api/equipme.ts';
import { TERMINAL_STATUSES } from '../../../../shared/domain/lifecycle.ts';
import { dbTest as test } from '../../../fixtures/temp-db.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 23, orders: 900 });
});
afterAll(() => sim.close());

const PAGE = 100;
const client = (fetch?: typeof globalThis.fetch) =>
  createEquipmeClient({ baseUrl: sim.url, apiKey: sim.apiKey, ...(fetch ? { fetch } : {}) });

/** Every page from `cursor` on: the pages and the cursors they handed on. */
async function walk(source: OrderSource, cursor: PullCursor | null = null) {
  const pages: SourcePage[] = [];
  const cursors: PullCursor[] = [];
  for (let at = cursor; ; ) {
    const page = await source.pullPage(at);
    if (!page.ok) throw new Error(page.error.message);
    pages.push(page.value);
    if (page.value.next === null) return { pages, cursors };
    // A cursor is kept as JSON between runs.
    at = JSON.parse(JSON.stringify(page.value.next)) as PullCursor;
    cursors.push(at);
  }
}

const idsOf = (pages: SourcePage[]) =>
  pages.flatMap((page) => page.orders.map((order) => Number(order.key.id)));

describe('createEquipmeSource', () => {
  it('may send every action of the Equipme API, unlike the shops', () => {
    const source = createEquipmeSource(client());
    expect(source.name).toBe('equipme');
    expect(source.capabilities.transitions).toEqual(FULFILLMENT_ACTIONS);
    expect(SOURCE_CAPABILITIES.equipme).toBe(source.capabilities);
  });

  test('pages through exactly the open orders the background pull stores, each once', async ({ db }) => {
    const pulled = await pullOpenOrders(
      db,
      client(),
      () => new Date(),
      new AbortController().signal,
      () => {},
    );
    expect(pulled.ok).toBe(true);
    const stored = openOrderIds(db).sort((a, b) => a - b);
    expect(stored.length).toBeGreaterThan(3 * PAGE);

    const { pages } = await walk(createEquipmeSource(client(), { pageSize: PAGE }));
    const listed = idsOf(pages);
    expect(pages.length).toBeGreaterThan(3);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort((a, b) => a - b)).toEqual(stored);
    for (const page of pages) {
      expect(page.rejected).toEqual([]);
      expect(page.total).toBe(stored.length);
    }
  });

  it('resumes from a cursor half way: the rest, nothing twice, nothing left out', async () => {
    const source = createEquipmeSource(client(), { pageSize: PAGE });
    const whole = await walk(source);
    const middle = Math.floor(whole.cursors.length / 2);
    const cursor = whole.cursors[middle] as PullCursor;
    const rest = await walk(source, cursor);
    const before = idsOf(whole.pages.slice(0, middle + 1));
    expect(before.length).toBeGreaterThan(0);
    expect([...before, ...idsOf(rest.pages)]).toEqual(idsOf(whole.pages));
  });

  it('rejects an invalid order on its page and goes on with the others', async () => {
    let spoiled: number | undefined;
    // Equipme sends the second page with its third order breaking the spec.
    let pages = 0;
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const response = await globalThis.fetch(input, init);
      if (new URL(String(input)).pathname !== '/v1/fulfillment/orders' || ++pages !== 2) return response;
      const body = (await response.json()) as { items: Record<string, unknown>[] };
      const item = body.items[2] as Record<string, unknown>;
      item.customer = 'not a customer';
      spoiled = item.id as number;
      return Response.json(body, { status: response.status, headers: response.headers });
    };
    const { pages: read } = await walk(createEquipmeSource(client(fetch), { pageSize: PAGE }));
    const second = read[1] as SourcePage;
    expect(second.rejected).toEqual([
      { id: String(spoiled), problems: [expect.stringContaining('customer')] },
    ]);
    expect(second.orders.length).toBeGreaterThan(PAGE / 2);
    expect(second.next).not.toBeNull();
    // Every other open order is still listed, on this page and the pages after it.
    const open = sim.orderIds().filter((id) => !TERMINAL_STATUSES.has(sim.order(id)?.status ?? ''));
    expect(read.length).toBeGreaterThan(3);
    expect(idsOf(read).sort((a, b) => a - b)).toEqual(open.filter((id) => id !== spoiled));
  });

  it('refuses a cursor that is not its own before asking Equipme', async () => {
    const source = createEquipmeSource(client(), { pageSize: PAGE });
    const page = await source.pullPage({ after: 'yesterday', offset: -1, boundary: 'x', listed: 0 });
    expect(page.ok).toBe(false);
    if (page.ok) return;
    expect(page.error).toMatchObject({ kind: 'bad-request', delivery: 'not-sent' });
    expect(page.error.message).toContain('cursor.after');
    expect(page.error.message).toContain('cursor.offset');
    expect(page.error.message).toContain('cursor.boundary');
  });

  describe('getOne', () => {
    it('reads one order by its id as text', async () => {
      const id = sim.orderIds()[5] as number;
      const found = await createEquipmeSource(client()).getOne(String(id));
      if (!found.ok) throw new Error(found.error.message);
      expect(found.value.key).toEqual({ source: 'equipme', id: String(id) });
      expect(found.value.orderNumber).toBe(sim.order(id)?.order.orderNumber);
      expect(found.value.pickLines.map((line) => line.sku)).toEqual(
        (sim.order(id)?.bomItems ?? []).map((item) => item.product?.partNumber),
      );
    });

    it('says an order Equipme does not know is not found', async () => {
      const missing = await createEquipmeSource(client()).getOne('987654321');
      expect(missing.ok).toBe(false);
      if (!missing.ok) expect(missing.error.kind).toMatch(/not-found|forbidden/);
    });

    it('refuses an id that is no Equipme id without a request', async () => {
      let requests = 0;
      const counting: typeof globalThis.fetch = (input, init) => {
        requests++;
        return globalThis.fetch(input, init);
      };
      const source = createEquipmeSource(client(counting));
      for (const id of ['abc', '12a', '-4', '0', '', '1.5', '99999999999999999']) {
        const answer = await source.getOne(id);
        expect(answer.ok, id).toBe(false);
        if (!answer.ok) {
          expect(answer.error).toMatchObject({ kind: 'bad-request', delivery: 'not-sent' });
          expect(answer.error.message).toContain('an Equipme order id is a whole number above 0');
        }
      }
      expect(requests).toBe(0);
    });
  });
});
