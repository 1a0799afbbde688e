import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { specViolations } from '../../fixtures/spec-checker.ts';
import { type SimClient, simClient } from './sim-client.ts';

let sim: Simulator;
let client: SimClient;
let id: number;

beforeAll(async () => {
  sim = await startSimulator({ seed: 5, orders: 200, apiKey: 'secret-key' });
  client = simClient(sim);
  id = sim.orderIds()[10] ?? 0;
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const orderPath = (orderId: number | string) => `/v1/fulfillment/orders/${orderId}`;
const externalIdOf = async (orderId: number) =>
  ((await client.get(orderPath(orderId))).json as FulfillmentOrder).externalId ?? null;

describe('GET /v1/fulfillment/orders/{orderId}', () => {
  it('returns the order as the simulator holds it, with absolute links', async () => {
    const response = await client.get(orderPath(id));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const order = response.json as FulfillmentOrder;
    expect(order).toEqual(sim.order(id));
    expect(order.id).toBe(id);
    expect(order.self.href).toBe(`${sim.url}${orderPath(id)}`);
    expect(specViolations('FulfillmentOrder', order)).toEqual([]);
  });

  it('answers 404 for an unknown order and 400 for a non-integer id', async () => {
    const missing = await client.get(orderPath(999_999_999));
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ errorCode: 'NotFound' });
    expect(specViolations('ErrorResponse', missing.json)).toEqual([]);
    const bad = await client.get(orderPath('abc'));
    expect(bad.status).toBe(400);
    expect((bad.json as { errorDescription: string }).errorDescription).toContain('orderId');
  });
});

describe('foreign orders', () => {
  it('exports three foreign ids that are not listable', () => {
    expect(sim.foreignOrderIds()).toHaveLength(3);
    for (const foreignId of sim.foreignOrderIds()) {
      expect(sim.orderIds()).not.toContain(foreignId);
      expect(sim.order(foreignId)?.customer.name).toBe('Konkurrenz Leasing GmbH');
    }
  });

  it('answers 403 on every route and changes nothing', async () => {
    const foreignId = sim.foreignOrderIds()[0] ?? 0;
    const before = sim.order(foreignId);
    const responses = await Promise.all([
      client.get(orderPath(foreignId)),
      client.call('PUT', orderPath(foreignId), { externalId: 'X' }),
      client.call('PATCH', orderPath(foreignId), [{ op: 'replace', path: '/externalId', value: 'X' }]),
      client.transition(foreignId, { action: 'cancel' }),
    ]);
    for (const response of responses) {
      expect(response.status).toBe(403);
      expect(response.json).toEqual({ errorCode: 'Forbidden', errorDescription: 'Resource access denied.' });
    }
    expect(sim.order(foreignId)).toEqual(before);
    expect(sim.transitions()).toEqual([]);
  });
});

describe('authentication and routing', () => {
  it.each([
    ['missing key', {}],
    ['wrong key', { 'x-api-key': 'demo-key' }],
  ])('%s → 401 on API and /_sim routes', async (_, headers) => {
    for (const path of ['/v1/fulfillment/orders', orderPath(id), '/_sim/transitions', '/_sim/faults']) {
      const response = await fetch(`${sim.url}${path}`, { headers });
      expect(response.status, path).toBe(401);
      expect(await response.json()).toMatchObject({ errorCode: 'Unauthorized' });
    }
    const post = await fetch(`${sim.url}/_sim/reset`, { method: 'POST', headers });
    expect(post.status).toBe(401);
  });

  it('answers 404 for an unknown route and 405 with Allow for a wrong method', async () => {
    const unknown = await client.get('/v1/fulfillment/shipments');
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ errorCode: 'NotFound' });
    const wrong = await client.call('DELETE', orderPath(id));
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, PUT, PATCH');
    expect((await client.call('POST', '/v1/fulfillment/orders')).status).toBe(405);
    expect((await client.get(`${orderPath(id)}/transitions`)).status).toBe(405);
    expect((await client.get('/_sim/reset')).status).toBe(405);
  });
});

describe('PUT /v1/fulfillment/orders/{orderId}', () => {
  it('sets the external id; null leaves it; the empty string clears it', async () => {
    const put = (body: unknown) => client.call('PUT', orderPath(id), body);
    const set = await put({ externalId: 'WMS-000123' });
    expect(set.status).toBe(204);
    expect(set.text).toBe('');
    expect(await externalIdOf(id)).toBe('WMS-000123');
    expect((await put({ externalId: null })).status).toBe(204);
    expect(await externalIdOf(id)).toBe('WMS-000123');
    expect((await put({})).status).toBe(204);
    expect(await externalIdOf(id)).toBe('WMS-000123');
    expect((await put({ externalId: '' })).status).toBe(204);
    expect(await externalIdOf(id)).toBeNull();
    expect((await put({ externalId: 'x'.repeat(100) })).status).toBe(204);
    expect(await externalIdOf(id)).toBe('x'.repeat(100));
  });

  it('rejects bad bodies with 400 and keeps the order', async () => {
    const before = await externalIdOf(id);
    for (const body of [
      { externalId: 'x'.repeat(101) },
      { externalId: 42 },
      { status: 'new' },
      '{"externalId":',
      '[]',
    ]) {
      const response = await client.call('PUT', orderPath(id), body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(specViolations('ErrorResponse', response.json)).toEqual([]);
    }
    expect(await externalIdOf(id)).toBe(before);
    expect((await client.call('PUT', orderPath(424_242), { externalId: 'A' })).status).toBe(404);
  });
});

describe('PATCH /v1/fulfillment/orders/{orderId}', () => {
  const patch = (body: unknown) => client.call('PATCH', orderPath(id), body);

  it('supports replace, add and remove on /externalId', async () => {
    expect((await patch([{ op: 'replace', path: '/externalId', value: 'WMS-1' }])).status).toBe(204);
    expect(await externalIdOf(id)).toBe('WMS-1');
    expect((await patch([{ op: 'remove', path: '/externalId' }])).status).toBe(204);
    expect(await externalIdOf(id)).toBeNull();
    expect((await patch([{ op: 'add', path: '/externalId', value: 'WMS-2' }])).status).toBe(204);
    expect(await externalIdOf(id)).toBe('WMS-2');
    expect(
      (
        await patch([
          { op: 'replace', path: '/externalId', value: 'WMS-3' },
          { op: 'replace', path: '/externalId', value: 'WMS-4' },
        ])
      ).status,
    ).toBe(204);
    expect(await externalIdOf(id)).toBe('WMS-4');
  });

  it.each([
    [[{ op: 'move', from: '/a', path: '/externalId' }], "'move'"],
    [[{ op: 'replace', path: '/status', value: 'processed' }], "'/status'"],
    [[{ op: 'test', path: '/externalId', value: 'x' }], "'test'"],
    [[{ op: 'replace', path: '/externalId', value: 7 }], 'string'],
    [[{ op: 'replace', path: '/externalId', value: 'x'.repeat(101) }], '100'],
    [{ op: 'replace', path: '/externalId', value: 'x' }, 'body'],
  ])('rejects %j with 400 mentioning %s', async (body, mention) => {
    const response = await patch(body);
    expect(response.status).toBe(400);
    expect((response.json as { errorDescription: string }).errorDescription).toContain(mention);
  });

  it('applies all operations or none', async () => {
    const before = await externalIdOf(id);
    const response = await patch([
      { op: 'replace', path: '/externalId', value: 'WMS-9' },
      { op: 'copy', from: '/externalId', path: '/order/customerOrderNumber' },
    ]);
    expect(response.status).toBe(400);
    expect(await externalIdOf(id)).toBe(before);
  });
});

describe('lifecycle of the server', () => {
  it('closes promptly even with a keep-alive connection open', async () => {
    const other = await startSimulator({ orders: 5 });
    const response = await fetch(`${other.url}/v1/fulfillment/orders`, {
      headers: { 'x-api-key': 'demo-key', connection: 'keep-alive' },
    });
    expect(response.status).toBe(200);
    await response.text();
    const started = performance.now();
    await other.close();
    expect(performance.now() - started).toBeLessThan(1000);
    await expect(fetch(`${other.url}/v1/fulfillment/orders`)).rejects.toThrow();
  });

  it('listens on 127.0.0.1 with the default key', async () => {
    const other = await startSimulator({ orders: 1 });
    expect(other.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(other.apiKey).toBe('demo-key');
    expect(other.orderIds()).toHaveLength(1);
    await other.close();
  });
});
