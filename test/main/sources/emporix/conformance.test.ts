// The Emporix source against its simulator, for every parameter and header the document names
// (tenant path, saas-token, pageNumber from 1, pageSize, sort), a whole pull, a pull that stops and
// resumes while the shop takes orders, one order by id, and each fault knob as the error it becomes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../../../electron/main/api/api-error.ts';
import {
  type EmporixSimulator,
  startEmporixSimulator,
} from '../../../../electron/main/simulator/emporix/index.ts';
import { createdAt, type EmporixOrderJson } from '../../../../electron/main/simulator/emporix/seed.ts';
import {
  createEmporixSource,
  type EmporixSourceOptions,
} from '../../../../electron/main/sources/emporix/client.ts';
import type { OrderSource, PullCursor, SourceOrder } from '../../../../electron/main/sources/order-source.ts';
import type { Result } from '../../../../shared/domain/result.ts';

let sim: EmporixSimulator;
let requests: URL[];

beforeAll(async () => {
  sim = await startEmporixSimulator({ seed: 3, orders: 45, tenant: 'acmeshop', token: 'sim-saas-token' });
});
afterAll(() => sim.close());
beforeEach(() => {
  requests = [];
  sim.setFaults({ latency: 0, error5xx: 0, rate429: 0, unauthorized: false, offline: false });
});

function sourceWith(extra: Partial<EmporixSourceOptions> = {}): OrderSource {
  const created = createEmporixSource({
    baseUrl: sim.url,
    tenant: sim.tenant,
    token: sim.token,
    pageSize: 10,
    maxRateLimitWaits: 0,
    fetch: (input, init) => {
      requests.push(new URL(String(input)));
      return fetch(input, init);
    },
    ...extra,
  });
  if (!created.ok) throw new Error(created.error.join('; '));
  return created.value;
}

async function pullAll(source: OrderSource, between?: (pages: number) => void): Promise<SourceOrder[]> {
  const orders: SourceOrder[] = [];
  let cursor: PullCursor | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const page = await source.pullPage(cursor);
    if (!page.ok) throw new Error(page.error.message);
    expect(page.value.rejected).toEqual([]);
    orders.push(...page.value.orders);
    // The cursor is stored between pages: it must come back from JSON as it went in.
    cursor = JSON.parse(JSON.stringify(page.value.next)) as PullCursor | null;
    if (cursor === null) return orders;
    between?.(pages + 1);
  }
  throw new Error('the pull did not end');
}

function failure(result: Result<unknown, ApiError>): ApiError {
  if (result.ok) throw new Error('expected a failure');
  expect(JSON.stringify(result.error)).not.toContain(sim.token);
  expect(result.error.message).toContain('Emporix');
  expect(result.error.message).not.toContain('Equipme');
  return result.error;
}

describe('the documented parameters and header', () => {
  it('pulls every order once, oldest first, a page per request from pageNumber 1 until a short page', async () => {
    const orders = await pullAll(sourceWith());
    expect(orders.map((order) => order.key.id)).toEqual(sim.orders().map((order) => order.id));
    expect(requests.map((url) => url.pathname)).toEqual(Array(5).fill('/order-v2/acmeshop/salesorders'));
    expect(requests.map((url) => url.searchParams.get('pageNumber'))).toEqual(['1', '2', '3', '4', '5']);
    expect(new Set(requests.map((url) => url.searchParams.get('pageSize')))).toEqual(new Set(['10']));
    expect(new Set(requests.map((url) => url.searchParams.get('sort')))).toEqual(
      new Set(['created:asc,id:asc']),
    );
  });

  it('is served in created order even when the shop stores its orders otherwise', async () => {
    const [first] = sim.orders();
    if (!first) throw new Error('no orders');
    const early: EmporixOrderJson = { ...first, id: 'orderId100000', created: '2026-01-01T00:00:00.000Z' };
    sim.addOrder(early);
    try {
      const orders = await pullAll(sourceWith());
      expect(orders[0]?.key.id).toBe('orderId100000');
      const times = orders.map((order) => order.createdAt ?? '');
      expect(times).toEqual([...times].sort());
    } finally {
      sim.removeOrder('orderId100000');
    }
  });

  it('sends the saas-token: another token is refused as an expired one', async () => {
    const error = failure(await sourceWith({ token: 'someone-elses-token' }).pullPage(null));
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(error.message).toContain('Ask a supervisor to enter a fresh token in Settings.');
  });

  it('puts the tenant in the path: a tenant the token is not for is refused', async () => {
    const error = failure(await sourceWith({ tenant: 'othershop' }).pullPage(null));
    expect(error).toMatchObject({ kind: 'forbidden', status: 403 });
  });
});

describe('a pull that stops and resumes at its cursor', () => {
  it('neither skips nor repeats when the shop takes a new order between pages', async () => {
    const before = sim.orders().map((order) => order.id);
    const [template] = sim.orders();
    if (!template) throw new Error('no orders');
    let added = false;
    const orders = await pullAll(sourceWith(), (pages) => {
      if (pages !== 2 || added) return;
      added = true;
      sim.addOrder({ ...template, id: 'orderId900001', created: createdAt(10_000), status: 'CREATED' });
    });
    try {
      expect(orders.map((order) => order.key.id)).toEqual([...before, 'orderId900001']);
    } finally {
      sim.removeOrder('orderId900001');
    }
  });

  it('repeats nothing when an order dated before the cursor pushes the pages on', async () => {
    const before = sim.orders().map((order) => order.id);
    const [template] = sim.orders();
    if (!template) throw new Error('no orders');
    const orders = await pullAll(sourceWith(), (pages) => {
      if (pages === 2)
        sim.addOrder({ ...template, id: 'orderId000001', created: '2026-01-01T00:00:00.000Z' });
    });
    try {
      const ids = orders.map((order) => order.key.id);
      expect(new Set(ids).size).toBe(ids.length);
      // Every order that was there is read; the back-dated one is the next full pull's.
      expect(ids).toEqual(before);
    } finally {
      sim.removeOrder('orderId000001');
    }
  });
});

describe('one order by id', () => {
  it('reads the order the list has, mapped the same way', async () => {
    const source = sourceWith();
    const first = await source.pullPage(null);
    if (!first.ok) throw new Error(first.error.message);
    const listed = first.value.orders[4];
    if (!listed) throw new Error('no order');
    const one = await source.getOne(listed.key.id);
    expect(one).toEqual({ ok: true, value: listed });
    expect(requests.at(-1)?.pathname).toBe(`/order-v2/acmeshop/salesorders/${listed.key.id}`);
  });

  it('refuses an answer about another order than the one asked for', async () => {
    const [first, second] = sim.orders();
    if (!first || !second) throw new Error('no orders');
    const source = sourceWith({
      fetch: (input, init) => fetch(String(input).replace(first.id, second.id), init),
    });
    const error = failure(await source.getOne(first.id));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain(`it returned order ${second.id} instead`);
  });

  it('says an unknown order is not known, and refuses an id that is no Emporix id before sending', async () => {
    const source = sourceWith();
    expect(failure(await source.getOne('orderId999999'))).toMatchObject({ kind: 'not-found', status: 404 });
    const sent = requests.length;
    for (const hostile of ['../../etc/passwd', 'a b', `x${String.fromCharCode(0)}`, '', 'x'.repeat(500)]) {
      expect(failure(await source.getOne(hostile))).toMatchObject({
        kind: 'bad-request',
        delivery: 'not-sent',
      });
    }
    expect(requests.length).toBe(sent);
  });
});

describe('the fault knobs', () => {
  it('a token that expires mid-pull: the page after is an unauthorized error, and the cursor still holds', async () => {
    const source = sourceWith();
    const first = await source.pullPage(null);
    if (!first.ok) throw new Error(first.error.message);
    sim.setFaults({ unauthorized: true });
    expect(failure(await source.pullPage(first.value.next)).kind).toBe('unauthorized');
    sim.setFaults({ unauthorized: false });
    const second = await source.pullPage(first.value.next);
    expect(second.ok && second.value.orders[0]?.key.id).toBe(sim.orders()[10]?.id);
  });

  it('5xx answers are server errors worth retrying', async () => {
    sim.setFaults({ error5xx: 1 });
    const error = failure(await sourceWith().pullPage(null));
    expect(error).toMatchObject({ kind: 'server', retryable: true });
    expect([500, 502, 503]).toContain(error.status);
  });

  it('429 answers are waited out, then a rate-limit error with the Retry-After', async () => {
    sim.setFaults({ rate429: 1 });
    const error = failure(await sourceWith().pullPage(null));
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 1000, retryable: true });
  });

  it('latency beyond the timeout is a timeout', async () => {
    sim.setFaults({ latency: 5_000 });
    const error = failure(await sourceWith({ timeoutMs: 100 }).pullPage(null));
    expect(error).toMatchObject({ kind: 'timeout', retryable: true });
  });

  it('offline: the connection is dropped, and the error says to check the network', async () => {
    sim.setFaults({ offline: true });
    const error = failure(await sourceWith().pullPage(null));
    expect(['connection-lost', 'offline']).toContain(error.kind);
    expect(error.retryable).toBe(true);
  });
});
