// The station's client reading orders the strict server sends in every shape the spec allows, and in
// shapes it does not: answers a captive portal or a broken proxy gives, strings over maxLength, HTML.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EquipmeClient } from '../../../electron/main/api/index.ts';
import { nullWherePossible, onlyRequired, specSchema, specViolations } from '../../fixtures/spec-checker.ts';
import { type StrictEquipme, startStrictEquipme } from '../../fixtures/strict-equipme/index.ts';
import { failure, stationClient } from '../../fixtures/strict-equipme/station-client.ts';

type Raw = Record<string, unknown>;

let server: StrictEquipme;
let api: EquipmeClient;

beforeAll(async () => {
  server = await startStrictEquipme({ seed: 5, orders: 200 });
  api = stationClient(server);
});
afterAll(() => server.close());

/** Ids of orders of every transaction type, the richest first. */
function sampleIds(): number[] {
  const byType = new Map<unknown, number>();
  for (const id of server.orderIds()) {
    const o = server.order(id) as Raw;
    if (!byType.has(o.transactionType) && o.deliveryAddress && o.targetServiceInstance)
      byType.set(o.transactionType, id);
  }
  return [...byType.values()];
}

let nextFresh = 0;
/** An order no other test of this file touches. */
function freshId(): number {
  const id = server.orderIds()[150 + nextFresh++];
  if (id === undefined) throw new Error('out of fresh orders');
  return id;
}

describe('shapes the spec allows', () => {
  it('optional fields missing at every depth: accepted, nothing added', async () => {
    const ids = sampleIds();
    expect(ids.length).toBeGreaterThanOrEqual(2);
    for (const id of ids) {
      server.mutate(id, (o) => onlyRequired({ $ref: '#/components/schemas/FulfillmentOrder' }, o));
      const raw = server.order(id);
      expect(Object.keys(raw ?? {}).sort()).toEqual(
        [...(specSchema('FulfillmentOrder').required ?? [])].sort(),
      );
      expect(await api.getOrder(id)).toEqual({ ok: true, value: raw });
    }
  });

  it('nullable fields null at every depth: accepted as null', async () => {
    const id = freshId();
    server.mutate(id, (o) => {
      o.deliveryAddress ??= { id: 1, self: { href: '/a/1' } };
      o.targetServiceInstance = { id: 2, metadata: null, self: { href: '/t/2', method: null } };
      return nullWherePossible({ $ref: '#/components/schemas/FulfillmentOrder' }, o);
    });
    const raw = server.order(id);
    expect(specViolations('FulfillmentOrder', raw)).toEqual([]);
    expect(raw).toMatchObject({
      partnerNote: null,
      bomItems: null,
      deliveryAddress: { city: null, line1: null },
    });
    expect(await api.getOrder(id)).toEqual({ ok: true, value: raw });
  });

  it('unknown extra fields are kept, at the top and deep inside', async () => {
    const id = freshId();
    server.mutate(id, (o) => {
      o.carrierHint = { name: 'DHL', services: ['express'] };
      (o.customer as Raw).tier = 'gold';
      (o.self as Raw).rel = 'self';
    });
    const read = await api.getOrder(id);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value).toMatchObject({
      carrierHint: { name: 'DHL', services: ['express'] },
      customer: { tier: 'gold' },
    });
    expect(read.value).toEqual(server.order(id));
  });

  it('HTML in a name is data: kept verbatim, never interpreted', async () => {
    const id = freshId();
    const name = '<img src=x onerror="alert(1)"><b>Acme</b> &amp; Co';
    server.mutate(id, (o) => {
      (o.customer as Raw).name = name;
    });
    const read = await api.getOrder(id);
    expect(read.ok && read.value.customer.name).toBe(name);
  });

  it('a huge string where the spec sets no maxLength is kept whole', async () => {
    const id = freshId();
    const note = `Deliver to gate 4.\n${'x'.repeat(1_000_000)}`;
    server.mutate(id, (o) => {
      o.partnerNote = note;
    });
    const read = await api.getOrder(id);
    expect(read.ok && read.value.partnerNote).toBe(note);
  });

  // JSON Schema's maxLength counts characters (code points), not UTF-16 units: 𠮷 (U+20BB7, in the
  // family name Yoshida) is one character of the 100 allowed, though it takes two UTF-16 units.
  it('maxLength counts characters: 100 characters with one outside the BMP are accepted', async () => {
    const id = freshId();
    const line1 = `𠮷田 ${'a'.repeat(97)}`;
    expect([...line1]).toHaveLength(100);
    server.mutate(id, (o) => {
      o.deliveryAddress = { id: 9, line1, self: { href: '/a/9' } };
    });
    expect(specViolations('FulfillmentOrder', server.order(id))).toEqual([]);
    const read = await api.getOrder(id);
    expect(read.ok && read.value.deliveryAddress?.line1).toBe(line1);
  });
});

describe('shapes the spec forbids', () => {
  it('a huge string over maxLength: the order is rejected naming the field; the rest of the page still arrives', async () => {
    const id = freshId();
    server.mutate(id, (o) => {
      o.deliveryAddress = { id: 9, city: 'Ber'.repeat(40_000), self: { href: '/a/9' } };
    });
    const error = failure(server, await api.getOrder(id));
    expect(error).toMatchObject({ kind: 'invalid-response', status: 200 });
    expect(error.issues).toEqual(['deliveryAddress.city: longer than 100 characters']);
    expect(error.message.length).toBeLessThan(600);
    const sameSalesOrder = ((server.order(id) as Raw).order as Raw).orderNumber as string;
    const page = await api.listOrders({ order: sameSalesOrder });
    if (!page.ok) throw new Error(page.error.message);
    expect(page.value.rejected).toEqual([
      {
        id,
        index: expect.any(Number),
        issues: ['deliveryAddress.city: longer than 100 characters'],
        message: `order ${id}: deliveryAddress.city: longer than 100 characters`,
      },
    ]);
    expect(page.value.orders.map((o) => o.id)).not.toContain(id);
    expect(page.value.orders.length).toBe(page.value.total - 1);
  });

  it('captive-portal HTML with 200: invalid response, retryable for a read, outcome unknown for a write', async () => {
    const html = {
      status: 200,
      headers: { 'content-type': 'text/html' },
      body: '<html><form>Log in to Hotel Wi-Fi</form></html>',
    };
    const stop = server.respondRaw({}, html);
    const list = failure(server, await api.listOrders({}));
    const id = freshId();
    const write = failure(server, await api.postTransition(id, { action: 'cancel' }));
    stop();
    expect(list).toMatchObject({ kind: 'invalid-response', retryable: true, delivery: 'unknown' });
    expect(list.message).toBe(
      'The Equipme API sent an unexpected answer for the order list (HTTP 200 with text/html instead of JSON). A Wi-Fi login page or proxy may be intercepting traffic: check the network connection.',
    );
    expect(write).toMatchObject({ kind: 'invalid-response', retryable: false, delivery: 'unknown' });
    expect(write.message).toContain('It is not known whether Equipme applied the change');
    expect(server.transitions().filter((t) => t.id === id)).toEqual([]);
  });

  it('a 302 to a login page is not followed: one request, the key never leaves', async () => {
    const before = server.requests().length;
    server.respondRaw(
      { times: 1 },
      { status: 302, headers: { location: 'http://portal.example/login?next=api' } },
    );
    const error = failure(server, await api.getOrder(freshId()));
    expect(error).toMatchObject({ kind: 'invalid-response', status: 302, retryable: true });
    expect(error.message).toContain('(redirect HTTP 302 to portal.example)');
    expect(server.requests().length).toBe(before + 1);
  });

  it('truncated JSON: invalid response for the list and for one order', async () => {
    const cut = {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"items":[{"id":100001,"stat',
    };
    server.respondRaw({ times: 2 }, cut);
    expect(failure(server, await api.listOrders({})).message).toContain('(HTTP 200 with malformed JSON)');
    expect(failure(server, await api.getOrder(freshId())).message).toContain(
      '(HTTP 200 with malformed JSON)',
    );
  });

  it('a garbage envelope: invalid response naming what is wrong', async () => {
    server.respondRaw(
      { times: 1 },
      {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: '{"items":"none","total":-1,"self":{}}',
      },
    );
    const error = failure(server, await api.listOrders({}));
    expect(error.kind).toBe('invalid-response');
    expect(error.issues).toEqual(
      expect.arrayContaining(['items: expected array, received string', 'total: must be at least 0, got -1']),
    );
  });
});

describe('values a newer Equipme may send', () => {
  it('an unknown status, transaction type, fulfillment type, offer, product, location type or metadata scope: the order is kept with the raw value', async () => {
    const id = freshId();
    server.mutate(id, (o) => {
      o.status = 'awaiting-stock';
      o.transactionType = 'lease-return';
      o.fulfillmentType = 'marketplace';
      (o.offer as Raw).type = 'trial';
      (o.service as Raw).type = 'bundle';
      o.assignments = {
        location: { id: 4, name: 'Pickup point', type: 'pickupPoint', self: { href: '/l/4' } },
      };
      o.targetServiceInstance = {
        id: 5,
        metadata: [{ key: 'imei', value: '3500', scope: 'partner' }],
        self: { href: '/t/5' },
      };
    });
    expect(specViolations('FulfillmentOrder', server.order(id))).toHaveLength(7);
    expect(await api.getOrder(id)).toEqual({ ok: true, value: server.order(id) });
    const orderNumber = ((server.order(id) as Raw).order as Raw).orderNumber as string;
    const page = await api.listOrders({ order: orderNumber });
    if (!page.ok) throw new Error(page.error.message);
    expect(page.value.rejected).toEqual([]);
    expect(page.value.orders.find((o) => o.id === id)).toEqual(server.order(id));
  });

  it('C0/C1 controls and Unicode format characters are removed from every string at validation; newlines in notes are kept', async () => {
    const id = freshId();
    server.mutate(id, (o) => {
      (o.customer as Raw).name = 'Acme\u0000 \u001b[31mGmbH\u202e\u200b\u0085';
      o.partnerNote = 'Ring twice\nGate\u0007 4\u009b';
      o.deliveryAddress = {
        id: 9,
        street: 'Haupt\u00adstra\u00dfe',
        city: '\ufeffBerlin',
        self: { href: '/a/9' },
      };
      o.bomItems = [
        {
          quantity: 1,
          product: { id: 1, name: 'Laptop', partNumber: 'LT-14\u001dV\u0000', self: { href: '/p/1' } },
        },
      ];
    });
    const read = await api.getOrder(id);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.customer.name).toBe('Acme GmbH');
    expect(read.value.partnerNote).toBe('Ring twice\nGate 4');
    expect(read.value.deliveryAddress).toMatchObject({ street: 'Hauptstraße', city: 'Berlin' });
    expect(read.value.bomItems?.[0]?.product?.partNumber).toBe('LT-14V');
  });
});
