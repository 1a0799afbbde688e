import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { specViolations } from '../../fixtures/spec-checker.ts';
import { type SimClient, simClient } from './sim-client.ts';

let sim: Simulator;
let client: SimClient;

beforeAll(async () => {
  sim = await startSimulator({ seed: 21, orders: 300 });
  client = simClient(sim);
});
afterAll(() => sim.close());
afterEach(() => sim.reset());

const newOrder = () => sim.orderIds().find((id) => sim.order(id)?.status === 'new') ?? 0;
const setFaults = (faults: unknown) => client.call('PUT', '/_sim/faults', faults);

describe('fault knobs', () => {
  it('latency delays API answers but not /_sim routes', async () => {
    await setFaults({ latency: 300 });
    let started = performance.now();
    expect((await client.get('/v1/fulfillment/orders?limit=1')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    started = performance.now();
    expect((await client.get('/_sim/transitions')).status).toBe(200);
    expect(performance.now() - started).toBeLessThan(300);
  });

  it('error5xx=1 answers 5xx with an ErrorResponse and applies nothing', async () => {
    const id = newOrder();
    sim.setFaults({ error5xx: 1 });
    for (let i = 0; i < 5; i++) {
      const response = await client.transition(id, { action: 'process' });
      expect([500, 502, 503]).toContain(response.status);
      expect(specViolations('ErrorResponse', response.json)).toEqual([]);
    }
    expect([500, 502, 503]).toContain(
      (await client.call('PUT', `/v1/fulfillment/orders/${id}`, { externalId: 'A' })).status,
    );
    expect(sim.order(id)?.status).toBe('new');
    expect(sim.order(id)?.externalId).not.toBe('A');
    expect(sim.transitions()).toEqual([]);
  });

  it('dropAfterApply=1 applies the transition, then drops the connection without answer', async () => {
    const id = newOrder();
    await setFaults({ dropAfterApply: 1 });
    await expect(client.transition(id, { action: 'process' })).rejects.toThrow();
    const log = (await client.get('/_sim/transitions')).json as { orderId: number; to: string }[];
    expect(log).toMatchObject([{ orderId: id, action: 'process', from: 'new', to: 'inprocess' }]);
    expect(sim.order(id)?.status).toBe('inprocess');
    // Mutations of the external id are dropped the same way; reads are answered.
    await expect(
      client.call('PUT', `/v1/fulfillment/orders/${id}`, { externalId: 'WMS-7' }),
    ).rejects.toThrow();
    expect(sim.order(id)?.externalId).toBe('WMS-7');
    await expect(
      client.call('PATCH', `/v1/fulfillment/orders/${id}`, [{ op: 'remove', path: '/externalId' }]),
    ).rejects.toThrow();
    expect(sim.order(id)?.externalId).toBeNull();
    expect((await client.get(`/v1/fulfillment/orders/${id}`)).status).toBe(200);
    // A refused transition changes nothing, so it is answered normally.
    expect((await client.transition(id, { action: 'confirmDelivery' })).status).toBe(409);
  });

  it('rate429=1 answers 429 with Retry-After and applies nothing', async () => {
    const id = newOrder();
    sim.setFaults({ rate429: 1 });
    const response = await client.transition(id, { action: 'process' });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(response.json).toMatchObject({ errorCode: 'TooManyRequests' });
    expect(sim.transitions()).toEqual([]);
  });

  it('unauthorized answers 401 on API routes even with the right key', async () => {
    await setFaults({ unauthorized: 1 });
    const response = await client.get('/v1/fulfillment/orders');
    expect(response.status).toBe(401);
    expect(response.json).toMatchObject({ errorCode: 'Unauthorized' });
    expect((await client.get('/_sim/transitions')).status).toBe(200);
  });

  it('offline destroys API connections while /_sim still answers', async () => {
    sim.setFaults({ offline: true });
    await expect(client.get('/v1/fulfillment/orders')).rejects.toThrow();
    await expect(client.transition(newOrder(), { action: 'process' })).rejects.toThrow();
    expect(sim.transitions()).toEqual([]);
    expect((await client.get('/_sim/transitions')).status).toBe(200);
    expect((await setFaults({ offline: 0 })).status).toBe(200);
    expect((await client.get('/v1/fulfillment/orders?limit=1')).status).toBe(200);
  });

  it('rolls reproducible dice for probabilities between 0 and 1', async () => {
    const statuses = async (s: Simulator) => {
      const c = simClient(s);
      const seen: number[] = [];
      for (let i = 0; i < 30; i++) seen.push((await c.get('/v1/fulfillment/orders?limit=1')).status);
      return seen;
    };
    const [a, b] = await Promise.all([
      startSimulator({ seed: 4, orders: 5, faults: { error5xx: 0.3, rate429: 0.2 } }),
      startSimulator({ seed: 4, orders: 5, faults: { error5xx: 0.3, rate429: 0.2 } }),
    ]);
    try {
      const first = await statuses(a);
      expect(await statuses(b)).toEqual(first);
      expect(first).toContain(200);
      expect(first.some((s) => s >= 500)).toBe(true);
      expect(first).toContain(429);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

describe('/_sim/faults', () => {
  it('merges a partial update and answers the full faults', async () => {
    const response = await setFaults({ latency: 5, offline: 0, unauthorized: false });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      latency: 5,
      error5xx: 0,
      dropAfterApply: 0,
      rate429: 0,
      unauthorized: false,
      offline: false,
    });
    expect((await setFaults({ rate429: 0.5 })).json).toMatchObject({ latency: 5, rate429: 0.5 });
    expect(sim.faults()).toMatchObject({ latency: 5, rate429: 0.5 });
    expect((await client.get('/_sim/faults')).json).toEqual(sim.faults());
  });

  it.each([
    [{ error5xx: 1.2 }, 'error5xx'],
    [{ latency: -1 }, 'latency'],
    [{ offline: 'yes' }, 'offline'],
    [{ meltdown: true }, 'meltdown'],
    ['{"latency":', 'JSON'],
  ])('rejects %j with 400 naming %s and changes nothing', async (body, name) => {
    const response = await setFaults(body);
    expect(response.status).toBe(400);
    expect((response.json as { errorDescription: string }).errorDescription).toContain(name);
    expect(sim.faults()).toMatchObject({ latency: 0, error5xx: 0, offline: false });
  });

  it('throws on invalid faults given in code', async () => {
    expect(() => sim.setFaults({ error5xx: 3 })).toThrow(/error5xx/);
    await expect(startSimulator({ faults: { latency: -1 } })).rejects.toThrow(/latency/);
  });
});

describe('POST /_sim/reset', () => {
  it('restores the seeded data, clears the log and restores the start faults', async () => {
    const other = await startSimulator({ seed: 21, orders: 300, faults: { latency: 1 } });
    const c = simClient(other);
    try {
      const id = other.orderIds().find((i) => other.order(i)?.status === 'new') ?? 0;
      const seeded = other.order(id) as FulfillmentOrder;
      expect((await c.transition(id, { action: 'process' })).status).toBe(204);
      expect((await c.call('PUT', `/v1/fulfillment/orders/${id}`, { externalId: 'CHANGED' })).status).toBe(
        204,
      );
      other.setFaults({ rate429: 0.5, offline: true });
      const reset = await c.call('POST', '/_sim/reset');
      expect(reset.status).toBe(204);
      expect(other.order(id)).toEqual(seeded);
      expect(other.transitions()).toEqual([]);
      expect(other.faults()).toEqual({
        latency: 1,
        error5xx: 0,
        dropAfterApply: 0,
        rate429: 0,
        unauthorized: false,
        offline: false,
      });
    } finally {
      await other.close();
    }
  });
});
