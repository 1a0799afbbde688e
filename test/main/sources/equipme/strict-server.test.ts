// Equipme as an order source against the strict server (test/fixtures/strict-equipme/: written from
// the spec's words alone, sharing no code with the station or its simulator): every shape the spec
// allows becomes a SourceOrder, a value the spec does not know yet stays as sent, and every refusal
// of the server is an error value, never a throw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEquipmeSource } from '../../../../electron/main/sources/equipme/source.ts';
import type { OrderSource, PullCursor, SourceOrder } from '../../../../electron/main/sources/order-source.ts';
import { nullWherePossible, onlyRequired, type Schema } from '../../../fixtures/spec-checker.ts';
import { type StrictEquipme, startStrictEquipme } from '../../../fixtures/strict-equipme/index.ts';
import { errorReply, failure, stationClient } from '../../../fixtures/strict-equipme/station-client.ts';

type Raw = Record<string, unknown>;
const ORDER: Schema = { $ref: '#/components/schemas/FulfillmentOrder' };
const CLOSED = new Set(['processed', 'cancelled']);

let server: StrictEquipme;
let source: OrderSource;
beforeAll(async () => {
  server = await startStrictEquipme({ seed: 9, orders: 400 });
  source = createEquipmeSource(stationClient(server, { maxRateLimitWaits: 0 }), { pageSize: 50 });
});
afterAll(() => server.close());

const openIds = () => server.orderIds().filter((id) => !CLOSED.has(String((server.order(id) as Raw).status)));

async function walkAll(): Promise<{ orders: SourceOrder[]; rejected: number; totals: (number | null)[] }> {
  const orders: SourceOrder[] = [];
  const totals: (number | null)[] = [];
  let rejected = 0;
  for (let cursor: PullCursor | null = null, pages = 0; pages < 100; pages++) {
    const page = await source.pullPage(cursor);
    if (!page.ok) throw new Error(page.error.message);
    orders.push(...page.value.orders);
    rejected += page.value.rejected.length;
    totals.push(page.value.total);
    cursor = page.value.next;
    if (cursor === null) return { orders, rejected, totals };
  }
  throw new Error('the walk did not end');
}

let spare = 0;
/** An open order no other test of this file changes. */
function freshOpenId(): number {
  const id = openIds()[300 - 3 * spare++];
  if (id === undefined) throw new Error('out of fresh orders');
  return id;
}

describe('Equipme as a source, by the spec alone', () => {
  it('lists every open order once, oldest first, with the listing total', async () => {
    const open = openIds();
    const { orders, rejected, totals } = await walkAll();
    expect(rejected).toBe(0);
    expect(orders.map((o) => Number(o.key.id)).sort((a, b) => a - b)).toEqual(open);
    const created = orders.map((o) => Date.parse(o.createdAt ?? ''));
    expect(created).toEqual([...created].sort((a, b) => a - b));
    expect(new Set(totals)).toEqual(new Set([open.length]));
  });

  it('steps through more orders created in one instant than a page holds', async () => {
    const same = openIds().slice(0, 120);
    const instant = '2024-03-01T08:00:00.000Z';
    for (const id of same) {
      server.mutate(id, (o) => {
        (o.order as Raw).created = instant;
      });
    }
    const { orders } = await walkAll();
    const ids = orders.map((o) => Number(o.key.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort((a, b) => a - b)).toEqual(openIds());
  });

  it('maps an order with only the fields the spec requires', async () => {
    const id = freshOpenId();
    server.mutate(id, (o) => onlyRequired(ORDER, o));
    const read = await source.getOne(String(id));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value).toMatchObject({
      key: { source: 'equipme', id: String(id) },
      pickLines: [],
      deliveryAddress: null,
      notes: [],
      shipments: [],
    });
    expect(read.value.references.map((ref) => ref.kind)).toEqual(['order-number', 'sales-order']);
    const listed = (await walkAll()).orders.find((o) => o.key.id === String(id));
    expect(listed).toEqual(read.value);
  });

  it('maps an order with every nullable field null', async () => {
    const id = freshOpenId();
    server.mutate(id, (o) => {
      o.deliveryAddress ??= { id: 1, self: { href: '/a/1' } };
      return nullWherePossible(ORDER, o);
    });
    const read = await source.getOne(String(id));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.pickLines).toEqual([]);
    expect(read.value.notes).toEqual([]);
    expect(read.value.deliveryAddress).toMatchObject({ street: null, city: null, countryCode: null });
    expect(read.value.references.map((ref) => ref.kind)).toEqual(['order-number', 'sales-order']);
  });

  it('keeps an enum value a newer Equipme sends as sent: listed, named, not offered for packing', async () => {
    const id = freshOpenId();
    server.mutate(id, (o) => {
      o.transactionType = 'rent-to-own';
      o.fulfillmentType = 'drone';
      (o.offer as Raw).type = 'pay-per-use';
    });
    const listed = (await walkAll()).orders.find((o) => o.key.id === String(id));
    expect(listed?.packable).toBe(false);
    expect(listed?.warnings.join(' ')).toContain("transaction type 'rent-to-own'");

    const other = freshOpenId();
    server.setStatus(other, 'on-hold');
    const read = await source.getOne(String(other));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.status).toEqual({ code: 'on-hold', label: null });
    expect(read.value.packable).toBe(false);
    expect(read.value.warnings[0]).toContain("status 'on-hold'");
  });

  it('an order Equipme will not show is an error value: 403 as the spec says, 404 where a server sends one', async () => {
    expect(failure(server, await source.getOne('777777777')).kind).toBe('forbidden');
    const id = String(freshOpenId());
    const undo = server.respondRaw(
      { method: 'GET', path: `/v1/fulfillment/orders/${id}`, times: 1 },
      errorReply(404, 'NotFound', 'Requested resource could not be found.'),
    );
    expect(failure(server, await source.getOne(id)).kind).toBe('not-found');
    undo();
  });

  it('a busy or failing server is an error value with what to do', async () => {
    const list = { method: 'GET', path: '/v1/fulfillment/orders', times: 1 };
    server.respondRaw(list, {
      ...errorReply(429, 'TooManyRequests', 'Slow down.'),
      headers: { 'retry-after': '7' },
    });
    const busy = failure(server, await source.pullPage(null));
    expect(busy).toMatchObject({ kind: 'rate-limited', retryable: true, retryAfterMs: 7000 });

    for (const status of [500, 502, 503]) {
      server.respondRaw(list, errorReply(status, 'ServerError', 'Something broke.'));
      const broken = failure(server, await source.pullPage(null));
      expect(broken).toMatchObject({ kind: 'server', status, retryable: true });
    }
    expect((await source.pullPage(null)).ok).toBe(true);
  });

  it('a revoked key is an error value that names the key, for the listing and for one order', async () => {
    const id = String(openIds()[0]);
    server.revokeKey();
    const listing = failure(server, await source.pullPage(null));
    expect(listing).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(listing.message).toMatch(/key/i);
    expect(failure(server, await source.getOne(id)).kind).toBe('unauthorized');
  });
});
