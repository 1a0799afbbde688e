// The export of what was packed, per source: one row per order packed here since a time, its parcels
// and reprints from the print ledger, as RFC 4180 CSV a spreadsheet cannot run, or as JSON.
import { afterEach, describe, expect, it } from 'vitest';
import { openStationDb, type StationDb, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { updateEntry } from '../../../electron/main/db/outbox-entries.ts';
import { EQUIPME_PACKED_SQL, SHOP_PACKED_SQL } from '../../../electron/main/db/packed-orders.ts';
import {
  insertLabelBoxOrders,
  insertPrintJob,
  recordPrintOutcome,
} from '../../../electron/main/db/print-ledger.ts';
import { shopOrderKeys } from '../../../electron/main/db/shop-orders.ts';
import { recordShopStep, type ShopPackingStep } from '../../../electron/main/db/shop-packing.ts';
import { enqueueTransition } from '../../../electron/main/outbox/index.ts';
import {
  csvCell,
  exportPacked,
  packedCsv,
  parseSince,
} from '../../../electron/main/station/packed-export.ts';
import type { ShopSourceName } from '../../../shared/domain/order-sources.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { explain } from '../db/explain.ts';

const opened: StationDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const NOW = new Date('2026-12-02T09:00:00.000Z');
let jobNumber = 0;

function open(): StationDb {
  const db = openStationDb(':memory:');
  opened.push(db);
  return db;
}

/** Shop orders cached under their keys, as the shop pull stores them. */
function cacheShopOrders(
  db: StationDb,
  source: ShopSourceName,
  orders: { id: string; number: string; customer?: string }[],
): number[] {
  const keys = shopOrderKeys(
    db,
    source,
    orders.map((order) => order.id),
  );
  upsertPulledOrders(
    db,
    orders.map((order) =>
      makeOrder({
        id: keys.get(order.id) as number,
        orderNumber: order.number,
        customerName: order.customer ?? 'Acme',
        created: '2026-11-30T10:00:00.000Z',
      }),
    ),
    NOW,
  );
  return orders.map((order) => keys.get(order.id) as number);
}

function step(db: StationDb, orderKey: number, which: ShopPackingStep, at: string, operator = 'Anna') {
  const status = {
    packing: 'inprocess',
    packed: 'ready-for-delivery',
    'handed-to-carrier': 'in-delivery-outbound',
  };
  recordShopStep(db, { orderKey, step: which, status: status[which], operator, at });
}

/** A label job; `reprintOf` makes it a reprint, `failed` a job the printer never took. */
function label(
  db: StationDb,
  orderId: number,
  opts: { packages?: number; reprintOf?: string; failed?: boolean; covers?: number[] } = {},
): string {
  jobNumber++;
  const id = `0193a000-0000-7000-8000-${String(jobNumber).padStart(12, '0')}`;
  insertPrintJob(db, {
    id,
    orderId,
    kind: 'label',
    printerName: 'Labels',
    format: 'zpl',
    contentHash: `hash-${jobNumber}`,
    parts: [Buffer.from('^XA^XZ')],
    packages: opts.packages ?? 1,
    notes: [],
    reason: opts.reprintOf ? 'smudged' : null,
    reasonCode: opts.reprintOf ? 'DAMAGED' : null,
    reprintOf: opts.reprintOf ?? null,
    operator: 'Anna',
    stationId: 'station-1',
    createdAt: NOW,
  });
  if (opts.covers) insertLabelBoxOrders(db, id, opts.covers);
  if (opts.failed) recordPrintOutcome(db, id, { state: 'failed', error: 'paper out' }, NOW);
  return id;
}

describe('packed orders export', () => {
  it('lists each shop order packed since the time, with its operator, parcels, reprints and hand-over', () => {
    const db = open();
    const [a, b, c, d] = cacheShopOrders(db, 'marketplace', [
      { id: '1001', number: 'MP-1001' },
      { id: '1002', number: 'MP-1002' },
      { id: '1003', number: 'MP-1003' },
      { id: '1004', number: 'MP-1004' },
    ]) as [number, number, number, number];
    const [other] = cacheShopOrders(db, 'emporix', [{ id: 'orderId777', number: 'EM-777' }]) as [number];
    step(db, a, 'packing', '2026-11-30T23:00:00.000Z');
    step(db, a, 'packed', '2026-12-01T08:10:00.000Z', 'Zoë Müller');
    step(db, a, 'handed-to-carrier', '2026-12-01T15:00:00.000Z');
    step(db, b, 'packed', '2026-12-01T07:59:00.000Z', 'Bram');
    // Packed before the day asked for, and started but not packed: not in the export.
    step(db, c, 'packed', '2026-11-30T23:59:59.999Z');
    step(db, d, 'packing', '2026-12-01T09:00:00.000Z');
    step(db, other, 'packed', '2026-12-01T09:00:00.000Z');
    const first = label(db, a, { packages: 2 });
    label(db, a, { packages: 2, reprintOf: first });
    label(db, a, { packages: 3, reprintOf: first });
    label(db, a, { packages: 5, reprintOf: first, failed: true });
    // A box label of order c covering b: b's parcels are the box's.
    label(db, c, { packages: 4, covers: [c, b] });

    const since = parseSince('2026-12-01');
    if (!since.ok) throw new Error(since.error);
    const json = exportPacked(db, { source: 'marketplace', since: since.value, format: 'json', now: NOW });
    expect(json.rows).toBe(2);
    expect(json.fileName).toBe('packed-marketplace-since-2026-12-01-at-20261202T090000Z.json');
    expect(JSON.parse(json.text)).toEqual({
      source: 'marketplace',
      since: '2026-12-01T00:00:00.000Z',
      exportedAt: NOW.toISOString(),
      orders: [
        {
          source: 'marketplace',
          orderId: '1002',
          orderNumber: 'MP-1002',
          packedAt: '2026-12-01T07:59:00.000Z',
          operator: 'Bram',
          parcels: 4,
          labelReprints: 0,
          handedToCarrierAt: null,
        },
        {
          source: 'marketplace',
          orderId: '1001',
          orderNumber: 'MP-1001',
          packedAt: '2026-12-01T08:10:00.000Z',
          operator: 'Zoë Müller',
          parcels: 3,
          labelReprints: 2,
          handedToCarrierAt: '2026-12-01T15:00:00.000Z',
        },
      ],
    });

    const csv = exportPacked(db, { source: 'marketplace', since: since.value, format: 'csv', now: NOW });
    expect(csv.text).toBe(
      '\uFEFFsource,order_id,order_number,packed_at,operator,parcels,label_reprints,handed_to_carrier_at\r\n' +
        'marketplace,1002,MP-1002,2026-12-01T07:59:00.000Z,Bram,4,0,\r\n' +
        'marketplace,1001,MP-1001,2026-12-01T08:10:00.000Z,Zoë Müller,3,2,2026-12-01T15:00:00.000Z\r\n',
    );
    // The other shop's orders are its own export.
    const emporix = exportPacked(db, { source: 'emporix', since: since.value, format: 'json', now: NOW });
    expect(JSON.parse(emporix.text).orders.map((row: { orderId: string }) => row.orderId)).toEqual([
      'orderId777',
    ]);
  });

  it("exports Equipme's orders from their applied steps to ready-for-delivery", () => {
    const db = open();
    upsertPulledOrders(
      db,
      [
        makeOrder({ id: 41, status: 'inprocess', orderNumber: 'SO-41' }),
        makeOrder({ id: 42, status: 'inprocess', orderNumber: 'SO-42' }),
        makeOrder({ id: 43, status: 'new', orderNumber: 'SO-43' }),
      ],
      NOW,
    );
    const applied: string[] = [];
    const press = (orderId: number, action: 'process' | 'dispatchDelivery', at: string, apply = true) => {
      const entry = enqueueTransition(db, {
        orderId,
        action,
        operator: 'Anna',
        stationId: 's',
        now: new Date(at),
      });
      if (!entry.ok) throw new Error(entry.error.message);
      if (apply) applied.push(entry.value.id);
    };
    press(41, 'process', '2026-12-01T08:00:00.000Z');
    press(41, 'dispatchDelivery', '2026-12-01T12:00:00.000Z');
    // Pressed but not applied yet: Equipme does not know it is packed.
    press(42, 'process', '2026-12-01T08:30:00.000Z', false);
    // new → inprocess is the start of packing, not its end.
    press(43, 'process', '2026-12-01T08:40:00.000Z');
    label(db, 41, { packages: 2 });
    // Equipme applied them an hour later (as the engine records it).
    const appliedAt = new Date('2026-12-01T13:00:00.000Z');
    for (const id of applied) {
      updateEntry(db, id, { state: 'applied', appliedAt: appliedAt.toISOString() }, appliedAt);
    }

    const result = exportPacked(db, {
      source: 'equipme',
      since: new Date('2026-12-01T00:00:00.000Z'),
      format: 'json',
      now: NOW,
    });
    expect(JSON.parse(result.text).orders).toEqual([
      {
        source: 'equipme',
        orderId: '41',
        orderNumber: 'SO-41',
        packedAt: '2026-12-01T08:00:00.000Z',
        operator: 'Anna',
        parcels: 2,
        labelReprints: 0,
        handedToCarrierAt: '2026-12-01T12:00:00.000Z',
      },
    ]);
    expect(
      exportPacked(db, {
        source: 'equipme',
        since: new Date('2026-12-01T08:00:00.001Z'),
        format: 'csv',
        now: NOW,
      }).rows,
    ).toBe(0);
  });

  it("reads the steps by time and the outbox by state, and each order's labels by order: no table scan", () => {
    const db = open();
    const shop = explain(db, SHOP_PACKED_SQL, ['2026-12-01T00:00:00.000Z', -3, -1]);
    expect(shop).toMatch(/^SEARCH p USING INDEX shop_packing_steps_by_time \(at>\?\)$/m);
    const equipme = explain(db, EQUIPME_PACKED_SQL, ['2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z']);
    expect(equipme).toMatch(/SEARCH outbox USING INDEX outbox_by_state \(state=\? AND updated_at>\?\)/);
    expect(equipme).toMatch(/SEARCH d USING INDEX outbox_by_order \(order_id=\?\)/);
    for (const plan of [shop, equipme]) {
      expect(plan).toMatch(/SEARCH j USING INDEX print_jobs_by_order \(order_id=\? AND kind=\?\)/);
      expect(plan).toMatch(/SEARCH b USING COVERING INDEX label_box_orders_by_order \(order_id=\?\)/);
      expect(plan).not.toMatch(/^SCAN (p|s|o|h|j|b|d|outbox|print_jobs|shop_packing_steps)$/m);
    }
  });

  it('quotes by RFC 4180 and keeps a spreadsheet from running a cell', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Smith, John')).toBe('"Smith, John"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}HYPERLINK("http://x")`).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('=SUM(A1,A2)')).toBe(`"'=SUM(A1,A2)"`);
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvCell('Zoë-Anne')).toBe('Zoë-Anne');
    const text = packedCsv([
      {
        source: 'emporix',
        orderId: '-12',
        orderNumber: '@cmd',
        packedAt: '2026-12-01T08:00:00.000Z',
        operator: 'Jürgen "JJ" Ødegård',
        parcels: 1,
        labelReprints: 0,
        handedToCarrierAt: null,
      },
    ]);
    expect(text.split('\r\n')[1]).toBe(
      `emporix,'-12,'@cmd,2026-12-01T08:00:00.000Z,"Jürgen ""JJ"" Ødegård",1,0,`,
    );
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('reads --since as a UTC day or a time with its zone, and refuses anything else', () => {
    expect(parseSince('2026-12-01')).toEqual({ ok: true, value: new Date('2026-12-01T00:00:00.000Z') });
    expect(parseSince('2026-12-01T08:00+01:00')).toEqual({
      ok: true,
      value: new Date('2026-12-01T07:00:00.000Z'),
    });
    for (const bad of ['2026-02-30', '01-12-2026', '2026-12-01T08:00', 'yesterday', '']) {
      const parsed = parseSince(bad);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(/2026-12-01/);
    }
  });
});
