// The marketplace client against a server written from the document alone: every status it lists,
// fields missing or null, fields and status codes it does not know yet, and hostile answers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createMarketplaceSource,
  SESSION_REJECTED_MESSAGE,
} from '../../../../electron/main/sources/marketplace/client.ts';
import type { PullCursor, SourceOrder } from '../../../../electron/main/sources/order-source.ts';
import { jsonAnswer, onePage, type StrictServer, startStrictServer } from './strict-server.ts';

let server: StrictServer;
beforeEach(async () => {
  server = await startStrictServer();
});
afterEach(() => server.close());

const source = (perPage = 10) =>
  createMarketplaceSource({
    baseUrl: server.url,
    username: 'station',
    password: 's3cret-pass',
    perPage,
    maxRateLimitWaits: 0,
  });

/** An order with every field the document lists, plus the id `q` and `sort` name. */
function documented(id: number, submitDate: string): Record<string, unknown> {
  return {
    id,
    line: [{ code: `SKU-${id}`, name: 'Dock', quantity: 1 }],
    paid: true,
    status: { id: 1, name: 'SUBMITTED' },
    customer_organisation: { name: 'Acme' },
    customer_user: { name: 'Ana' },
    shipping_option: { code: 'std', name: 'Standard' },
    shipped_with: null,
    payment_option: { name: 'Invoice' },
    invoice_address: {},
    shipping_address: {
      name: 'Ana',
      street: 'Main St',
      house_number: '1',
      zip_code: '1000',
      city: 'Brussel',
      country: 'BE',
    },
    currency: { code: 'EUR' },
    submit_date: submitDate,
    shipped_date: null,
    delivered_date: null,
    external_payment_reference: 'PAY-1',
    external_shipping_reference: null,
    total: 10.5,
    vat: 2.2,
    vat_rate: 0.21,
    meta: {},
    auto_provisioning: false,
    purchase_order_number: 'PO-1',
  };
}

async function firstPage() {
  const page = await source().pullPage(null);
  if (!page.ok) throw new Error(page.error.message);
  return page.value;
}

describe('marketplace client against a strict server', () => {
  it('200: reads a page of orders with every documented field, sending only what the document defines', async () => {
    server.list = onePage([documented(1, '2026-11-02T08:00:00Z'), documented(2, '2026-11-02T09:00:00Z')]);
    const page = await firstPage();
    expect(page.orders.map((order) => order.key.id)).toEqual(['1', '2']);
    expect(page.rejected).toEqual([]);
    expect(page.total).toBe(2);
    expect(page.next).toBeNull();
    expect(server.seen.map((request) => request.url.pathname)).toEqual([
      '/api/v1/authenticate',
      '/api/v1/orders',
    ]);
  });

  it('400: a bad-request error naming the marketplace, not retried', async () => {
    server.list = () => ({ status: 400, text: 'Bad Request Error' });
    const page = await source().pullPage(null);
    expect(page.ok).toBe(false);
    if (page.ok) return;
    expect(page.error.kind).toBe('bad-request');
    expect(page.error.retryable).toBe(false);
    expect(page.error.message).toContain(
      'The marketplace API rejected the request for the marketplace order list',
    );
    expect(server.seen.filter((request) => request.url.pathname === '/api/v1/orders')).toHaveLength(1);
  });

  it.each([
    [403, 'forbidden'],
    [404, 'not-found'],
    [500, 'server'],
    [503, 'server'],
    [429, 'rate-limited'],
  ])('an undocumented %i is still a value (%s)', async (status, kind) => {
    server.list = () => ({ status, headers: { 'retry-after': '120' }, text: '<html>down</html>' });
    const page = await source().pullPage(null);
    expect(page.ok || page.error.kind).toBe(kind);
  });

  it('401 twice: renews the token once, retries once, then the session-rejected alert', async () => {
    server.refuseTokens = true;
    const page = await source().pullPage(null);
    expect(page.ok).toBe(false);
    if (page.ok) return;
    expect(page.error.kind).toBe('unauthorized');
    expect(page.error.message).toBe(SESSION_REJECTED_MESSAGE);
    expect(server.seen.map((request) => request.url.pathname)).toEqual([
      '/api/v1/authenticate',
      '/api/v1/orders',
      '/api/v1/authenticate',
      '/api/v1/orders',
    ]);
    expect(server.seen[3]?.authorization).toBe('Bearer strict-2');
  });

  it('a login answer without auth_token, or HTML, is an invalid answer', async () => {
    server.login = () => jsonAnswer({ token: 'x' });
    const missing = await source().pullPage(null);
    expect(missing.ok || missing.error.kind).toBe('invalid-response');
    server.login = () => ({
      status: 200,
      headers: { 'content-type': 'text/html' },
      text: '<form>Wi-Fi login</form>',
    });
    const portal = await source().pullPage(null);
    expect(portal.ok || portal.error.message).toContain('Wi-Fi login page');
  });

  it('optional fields missing: an order of just an id and a line is kept, with warnings', async () => {
    server.list = onePage([{ id: 7, line: [{ code: 'A', quantity: 2 }] }]);
    const [order] = (await firstPage()).orders as [SourceOrder];
    expect(order.key.id).toBe('7');
    expect(order.createdAt).toBeNull();
    expect(order.deliveryAddress).toBeNull();
    expect(order.packable).toBe(false);
    expect(order.warnings.length).toBeGreaterThan(2);
  });

  it('nullable fields null: every documented field but id null is kept', async () => {
    const nulls = Object.fromEntries(Object.keys(documented(1, '')).map((key) => [key, null]));
    server.list = onePage([{ ...nulls, id: 8 }]);
    const page = await firstPage();
    expect(page.rejected).toEqual([]);
    expect(page.orders[0]?.pickLines).toEqual([]);
    expect(page.orders[0]?.status).toEqual({ code: '', label: null });
  });

  it('unknown extra fields and a new status code pass, the status kept as sent', async () => {
    server.list = onePage([
      {
        ...documented(9, '2026-11-02T08:00:00Z'),
        loyalty: { tier: 'gold' },
        status: { id: 9, name: 'ON_HOLD', colour: 'red' },
      },
    ]);
    const [order] = (await firstPage()).orders as [SourceOrder];
    expect(order.status).toEqual({ code: '9', label: 'ON_HOLD' });
    expect(order.packable).toBe(false);
  });

  it('one bad order becomes a rejected order; the rest of the page is kept', async () => {
    server.list = onePage([
      documented(1, '2026-11-02T08:00:00Z'),
      { ...documented(2, '2026-11-02T08:00:00Z'), line: [{ code: 'A' }] },
      { ...documented(3, '2026-11-02T08:00:00Z'), id: undefined },
      { ...documented(4, 'next Tuesday') },
      { ...documented(5, '2026-11-02T08:00:00Z'), customer_user: { name: 'x'.repeat(3_000_000) } },
      'not an order',
      documented(6, '2026-11-02T09:00:00Z'),
    ]);
    const page = await firstPage();
    expect(page.orders.map((order) => order.key.id)).toEqual(['1', '6']);
    expect(page.rejected.map((rejected) => rejected.id)).toEqual(['2', null, '4', '5', null]);
    expect(page.rejected[0]?.problems.join(' ')).toContain('line[0].quantity');
    expect(page.rejected[3]?.problems.join(' ')).toContain('longer than 2000 characters');
    expect(JSON.stringify(page.rejected).length).toBeLessThan(5_000);
  });

  it.each([
    [
      'captive-portal HTML',
      { status: 200, headers: { 'content-type': 'text/html' }, text: '<html><form>Log in to Wi-Fi</form>' },
    ],
    [
      'truncated JSON',
      { status: 200, headers: { 'content-type': 'application/json' }, text: '[{"id": 1, "line": [' },
    ],
    ['a wrong content type', { status: 200, headers: { 'content-type': 'text/plain' }, text: '[]' }],
    [
      'an object instead of a list',
      { status: 200, headers: { 'content-type': 'application/json' }, text: '{"orders": []}' },
    ],
    ['a redirect', { status: 302, headers: { location: 'http://elsewhere.invalid/login' }, text: '' }],
  ])('%s is an invalid-response value, never a throw', async (_what, answer) => {
    server.list = () => answer;
    const page = await source().pullPage(null);
    expect(page.ok).toBe(false);
    if (page.ok) return;
    expect(page.error.kind).toBe('invalid-response');
    expect(page.error.message).toContain('marketplace');
    expect(page.error.message).not.toMatch(/:$/);
  });

  it('strips control characters and keeps HTML in text as text', async () => {
    server.list = onePage([
      {
        ...documented(1, '2026-11-02T08:00:00Z'),
        purchase_order_number: 'PO\u001b[31m-1\u0007<b>',
        line: [{ code: 'A\u001dV', name: '<img src=x onerror=alert(1)>', quantity: 1 }],
      },
    ]);
    const [order] = (await firstPage()).orders as [SourceOrder];
    expect(order.references).toContainEqual({ kind: 'purchase-order', value: 'PO-1<b>' });
    expect(order.pickLines[0]).toMatchObject({ sku: 'AV', name: '<img src=x onerror=alert(1)>' });
  });

  it('without paging headers, pages on until a short page', async () => {
    const orders = Array.from({ length: 25 }, (_, n) =>
      documented(n + 1, new Date(Date.UTC(2026, 10, 2, 8, n)).toISOString()),
    );
    server.list = (query) => {
      const since = query.get('q')?.match(/submit_date>=(.+)$/)?.[1];
      const from = since
        ? orders.filter((order) => Date.parse(order.submit_date as string) >= Date.parse(since))
        : orders;
      const perPage = Number(query.get('per_page'));
      const page = Number(query.get('page'));
      return jsonAnswer(from.slice((page - 1) * perPage, page * perPage));
    };
    const client = source(10);
    const ids: string[] = [];
    let cursor: PullCursor | null = null;
    let requests = 0;
    do {
      const page = await client.pullPage(cursor);
      if (!page.ok) throw new Error(page.error.message);
      expect(page.value.total).toBeNull();
      ids.push(...page.value.orders.map((order) => order.key.id));
      cursor = page.value.next;
      requests++;
    } while (cursor && requests < 10);
    expect(ids).toEqual(orders.map((order) => String(order.id)));
    // Every q the client sent is one the document defines (the strict server answers 400 otherwise).
    expect(
      server.seen.every(
        (request) =>
          request.url.pathname !== '/api/v1/orders' ||
          request.url.searchParams.get('q')?.startsWith('status:1,paid:1'),
      ),
    ).toBe(true);
  });

  it.each([
    ['garbage', { 'x-page': 'one', 'x-per-page': '-5', 'x-pages': '1e3', 'x-count': '<b>9</b>' }],
    [
      'huge',
      {
        'x-page': '1',
        'x-per-page': '10',
        'x-pages': '99999999999999999999',
        'x-count': '99999999999999999999',
      },
    ],
  ])('%s paging headers are read as missing', async (_what, headers) => {
    server.list = () => jsonAnswer([documented(1, '2026-11-02T08:00:00Z')], headers);
    const page = await firstPage();
    expect(page.total).toBeNull();
    expect(page.next).toBeNull();
  });

  it('X-pages ends the pull even on a full page; a full page with more pages goes on', async () => {
    const full = Array.from({ length: 10 }, (_, n) => documented(n + 1, `2026-11-02T08:0${n}:00Z`));
    server.list = () =>
      jsonAnswer(full, { 'x-page': '1', 'x-per-page': '10', 'x-pages': '1', 'x-count': '10' });
    expect((await firstPage()).next).toBeNull();
    server.list = () =>
      jsonAnswer(full, { 'x-page': '1', 'x-per-page': '10', 'x-pages': '3', 'x-count': '30' });
    const more = await firstPage();
    expect(more.next).toEqual({ since: '2026-11-02T08:09:00Z', afterId: '10', page: 1 });
    expect(more.total).toBe(30);
  });

  it('a cursor that is not one the client wrote starts over instead of failing', async () => {
    server.list = onePage([documented(1, '2026-11-02T08:00:00Z')]);
    const page = await source().pullPage({ since: 'garbage,status:0', afterId: '1', page: -1 });
    expect(page.ok).toBe(true);
    expect(server.seen.at(-1)?.url.searchParams.get('q')).toBe('status:1,paid:1');
    expect(server.seen.at(-1)?.url.searchParams.get('page')).toBe('1');
  });

  it('the password and the token never reach an error', async () => {
    server.list = () => ({
      status: 500,
      headers: { 'content-type': 'application/json' },
      text: JSON.stringify({ errorCode: 'Boom', errorDescription: 'token strict-1 for s3cret-pass' }),
    });
    const page = await source().pullPage(null);
    expect(page.ok).toBe(false);
    expect(JSON.stringify(page)).not.toContain('s3cret-pass');
    expect(JSON.stringify(page)).not.toContain('strict-1');
  });
});
