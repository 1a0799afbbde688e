// The sales picture on the order screen and at the printer, through the station core and its IPC
// gate: the sales order's note and references, the customer's flags, contact and packing
// instructions (acknowledged once per order before the label, audited), the slip in the customer's
// language and the customer's phone on a label whose address has none. The copies are put into the
// station's database as the refresh stores them (test/main/sync/refresh-sales.test.ts fetches them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { listAudit } from '../../../electron/main/db/audit-log.ts';
import { openStationDb } from '../../../electron/main/db/connection.ts';
import { getOrder } from '../../../electron/main/db/orders.ts';
import { storeCustomer, storeSalesOrder } from '../../../electron/main/db/sales-cache.ts';
import type { OrdersQueryArgs } from '../../../shared/ipc/orders.ts';
import type { PrintJobState, PrintJobView } from '../../../shared/ipc/printing.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { pdfToText } from '../printing/external-tools.ts';
import { cacheOrders, type TestStation, stationTest as test, until } from './station-fixture.ts';

const QUERY = {
  sort: { by: 'created', direction: 'asc' },
  offset: 0,
  limit: 1,
  statuses: ['new'],
} satisfies OrdersQueryArgs;
const FETCHED = new Date('2026-12-01T07:30:00Z');

const HOSTILE_NOTE =
  '<p>Bitte <b>vor 10 Uhr</b> liefern.</p><script>alert(1)</script><p>Hof&nbsp;2 &amp; Tor\u0007 B<img src=x onerror="alert(2)"></p>';

interface Copies {
  salesOrder?: Record<string, unknown> | null;
  customer?: Record<string, unknown> | null;
  metadata?: unknown[];
}

/** The first new order of the demo, with the given copies of its sales order and customer. */
async function orderWithCopies(
  st: TestStation,
  dbFile: string,
  copies: Copies,
  id?: number,
): Promise<number> {
  const [row] = id === undefined ? (await st.value('orders:query', QUERY)).rows : [{ id }];
  if (!row) throw new Error('the demo has no new order');
  const db = openStationDb(dbFile);
  try {
    const cached = getOrder(db, row.id);
    if (!cached) throw new Error('not cached');
    if (copies.salesOrder !== undefined) {
      const json =
        copies.salesOrder === null ? null : JSON.stringify({ id: cached.salesOrderId, ...copies.salesOrder });
      storeSalesOrder(db, cached.salesOrderId, json, FETCHED);
    }
    if (copies.customer !== undefined) {
      const copy =
        copies.customer === null
          ? null
          : {
              json: JSON.stringify({ id: cached.customerId, ...copies.customer }),
              metadataJson: JSON.stringify(copies.metadata ?? []),
            };
      storeCustomer(db, cached.customerId, copy, FETCHED);
    }
    // A label needs a verified order: count every item as scanned.
    for (const [line, item] of (cached.order.bomItems ?? []).entries()) {
      for (let i = 0; i < item.quantity; i++) {
        await st.value('settings:update', { operator: 'Ana' });
        await st.value('picks:record', { orderId: row.id, line, delta: 1, source: 'scan' });
      }
    }
  } finally {
    db.close();
  }
  return row.id;
}

async function printed(st: TestStation, dir: string, job: PrintJobView): Promise<Buffer> {
  let state: PrintJobState | undefined;
  await until(`job ${job.id} printed`, async () => {
    state = (await st.value('print:jobs', { orderId: job.orderId })).find((j) => j.id === job.id)?.state;
    return state === 'printed';
  });
  return readFileSync(join(dir, 'labels', `${job.id}-${job.orderId}-${job.kind}.pdf`));
}

const item = (key: string, value: string | null) => ({ key, value, self: { href: `/m/${key}` } });

describe('station core: the sales picture of an order', () => {
  test('the order screen shows the sales order and customer from their copies, as plain text', async ({
    st,
    dbFile,
  }) => {
    const orderId = await orderWithCopies(st, dbFile, {
      salesOrder: {
        orderNumber: 'SO-2026-012345',
        note: HOSTILE_NOTE,
        customerOrderNumber: 'PO-4711\u202e',
        orderedBy: { firstName: 'Erika', lastName: null, email: 'erika@example.com', self: { href: '/u/1' } },
        items: { total: 3, self: { href: '/i' } },
        status: 'a-status-from-a-newer-equipme',
      },
      customer: {
        name: 'Nordlicht GmbH',
        active: false,
        language: 'de',
        contactName: 'Jonas Berg',
        contactPhone: '+49 40 1234567',
      },
      metadata: [
        item('packing.instructions', 'Fragile: pack upright.'),
        item('crm.segment', 'gold'),
        item('station.note', null),
      ],
    });
    const { sales } = await st.value('orders:get', { orderId });
    expect(sales.salesOrder).toEqual({
      state: 'copy',
      fetchedAt: FETCHED.toISOString(),
      orderNumber: 'SO-2026-012345',
      note: 'Bitte vor 10 Uhr liefern.\nHof\u00a02 & Tor B',
      customerOrderNumber: 'PO-4711',
      orderedBy: 'Erika',
      fulfillmentOrders: 3,
    });
    expect(sales.customer).toEqual({
      state: 'copy',
      fetchedAt: FETCHED.toISOString(),
      name: 'Nordlicht GmbH',
      inactive: true,
      language: 'de',
      slipLanguage: 'de',
      contactName: 'Jonas Berg',
      contactPhone: '+49 40 1234567',
      // Only the keys the settings name; a key without a value is none.
      instructions: [{ key: 'packing.instructions', text: 'Fragile: pack upright.' }],
    });
    expect(sales.instructionsAcknowledged).toBeNull();
  });

  test('no copy yet, and a sales order Equipme does not have, say so', async ({ st, dbFile }) => {
    const orderId = await orderWithCopies(st, dbFile, { salesOrder: null });
    const { sales } = await st.value('orders:get', { orderId });
    expect(sales.salesOrder).toEqual({ state: 'not-found', fetchedAt: FETCHED.toISOString() });
    expect(sales.customer).toEqual({ state: 'not-fetched' });
    expect(sales.instructionsDigest).toBeNull();
  });

  test('a damaged copy reads as none: the order screen and the slip still work', async ({ st, dbFile }) => {
    const orderId = await orderWithCopies(st, dbFile, { customer: { name: 'Acme' } });
    const db = openStationDb(dbFile);
    try {
      const cached = getOrder(db, orderId);
      storeSalesOrder(db, cached?.salesOrderId ?? 0, '{"note": "trunc', FETCHED);
      storeCustomer(
        db,
        cached?.customerId ?? 0,
        { json: '<html>portal</html>', metadataJson: '[{' },
        FETCHED,
      );
    } finally {
      db.close();
    }
    const { sales } = await st.value('orders:get', { orderId });
    expect(sales.salesOrder).toEqual({ state: 'not-fetched' });
    expect(sales.customer).toEqual({ state: 'not-fetched' });
    expect((await st.call('print:order', { orderId, kind: 'slip' })).ok).toBe(true);
  });

  test('the label waits until the packing instructions are acknowledged; the acknowledgement is audited', async ({
    st,
    dbFile,
    dir,
  }) => {
    const metadata = [item('packing.instructions', 'Fragile: pack upright.')];
    const orderId = await orderWithCopies(st, dbFile, { customer: { name: 'Nordlicht GmbH' }, metadata });
    const refused = await st.call('print:order', { orderId, kind: 'label' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(!refused.ok && refused.error.message).toMatch(
      /^Nordlicht GmbH has packing instructions for order .+ that have not been acknowledged: read them on the order screen and acknowledge them, then print the label\.$/,
    );
    // The slip is what the packer reads along: it prints.
    expect((await st.call('print:order', { orderId, kind: 'slip' })).ok).toBe(true);

    const { sales } = await st.value('orders:get', { orderId });
    const stale = await st.call('orders:acknowledge-instructions', {
      orderId,
      digest: '[["packing.instructions","old"]]',
    });
    expect(!stale.ok && stale.error.message).toMatch(/changed while you read them/);
    const after = await st.value('orders:acknowledge-instructions', {
      orderId,
      digest: sales.instructionsDigest ?? '',
    });
    expect(after.sales.instructionsAcknowledged).toMatchObject({ by: 'Ana' });
    const label = await st.value('print:order', { orderId, kind: 'label' });
    expect((await printed(st, dir, label)).subarray(0, 5).toString()).toBe('%PDF-');

    const db = openStationDb(dbFile);
    try {
      const audit = listAudit(db, { orderId, kind: 'packing-instructions-acknowledged', limit: 5 });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ operator: 'Ana', detail: { keys: ['packing.instructions'] } });
      // New instructions (a refreshed copy) are asked again.
      storeCustomer(
        db,
        getOrder(db, orderId)?.customerId ?? 0,
        {
          json: JSON.stringify({ id: 1, name: 'Nordlicht GmbH' }),
          metadataJson: JSON.stringify([item('packing.instructions', 'Fragile: pack upright. No foam.')]),
        },
        new Date(),
      );
    } finally {
      db.close();
    }
    const again = await st.call('print:order', { orderId, kind: 'label', reprintReason: 'Second box' });
    expect(!again.ok && again.error.message).toMatch(/have not been acknowledged/);
  });

  test('an order without instructions has nothing to acknowledge', async ({ st, dbFile }) => {
    const orderId = await orderWithCopies(st, dbFile, { customer: { name: 'Acme' } });
    const refused = await st.call('orders:acknowledge-instructions', { orderId, digest: 'x' });
    expect(!refused.ok && refused.error.message).toMatch(/has no packing instructions to acknowledge/);
  });

  test('the keys that hold instructions are a supervisor setting', async ({ st, dbFile }) => {
    await st.value('settings:update', { supervisorPin: { next: '2468' } });
    const withoutPin = await st.call('settings:update', { packingInstructionKeys: ['lager.hinweis'] });
    expect(withoutPin).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    await st.value('settings:update', { packingInstructionKeys: ['lager.hinweis'], pin: '2468' });
    const orderId = await orderWithCopies(st, dbFile, {
      customer: { name: 'Acme' },
      metadata: [item('packing.instructions', 'not ours'), item('lager.hinweis', 'Nur mit Handschuhen')],
    });
    const { sales } = await st.value('orders:get', { orderId });
    expect(sales.customer.state === 'copy' && sales.customer.instructions).toEqual([
      { key: 'lager.hinweis', text: 'Nur mit Handschuhen' },
    ]);
  });

  test('a German customer gets a German slip; a label without an address phone carries the contact phone', async ({
    st,
    dbFile,
    dir,
  }) => {
    // An order whose delivery address has no phone number.
    cacheOrders(dbFile, [makeOrder({ id: 990_001, customerId: 990 })]);
    const orderId = await orderWithCopies(
      st,
      dbFile,
      {
        salesOrder: {
          orderNumber: 'SO-1',
          note: '<p>Bitte <b>vor 10 Uhr</b>.</p><script>alert(1)</script><p>Tor\u001b[2J B</p>',
          orderedBy: { firstName: 'Erika', lastName: 'Muster', self: { href: '/u/1' } },
          items: { total: 1, self: { href: '/i' } },
        },
        customer: { name: 'Nordlicht GmbH', language: 'de', contactPhone: '+49 40 7654321' },
      },
      990_001,
    );
    const slip = await st.value('print:order', { orderId, kind: 'slip' });
    const slipText = await pdfToText(await printed(st, dir, slip));
    expect(slipText).toContain('LIEFERSCHEIN');
    expect(slipText).toContain('Artikelnummer');
    expect(slipText).not.toContain('PACKING SLIP');
    // The customer's note to the sales order, as text, and who ordered.
    expect(slipText).toContain('NOTIZ DES KUNDEN');
    expect(slipText).toContain('Bitte vor 10 Uhr.');
    expect(slipText).toContain('Tor B');
    expect(slipText).not.toContain('[2J');
    expect(slipText).not.toMatch(/<|alert/);
    expect(slipText).toContain('Bestellt von');
    expect(slipText).toContain('Erika Muster');

    const label = await st.value('print:order', { orderId, kind: 'label' });
    const labelText = await pdfToText(await printed(st, dir, label));
    // The label is for the carrier: English, whatever the customer speaks.
    expect(labelText).toContain('SHIP TO');
    expect(labelText).toContain('Tel. +49 40 7654321 (customer contact)');
  });
});
