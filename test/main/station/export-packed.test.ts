// export:packed through the IPC gate: main writes the file into <data folder>/exports (private), and
// answers with its path and row count; a payload the schema refuses never reaches the handler.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect } from 'vitest';
import { openStationDb } from '../../../electron/main/db/connection.ts';
import { upsertPulledOrders } from '../../../electron/main/db/orders.ts';
import { shopOrderKeys } from '../../../electron/main/db/shop-orders.ts';
import { recordShopStep } from '../../../electron/main/db/shop-packing.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { stationTest as test } from './station-fixture.ts';

/** Emporix orders packed here, written by another connection (as the shop steps are recorded). */
function packEmporixOrders(dbFile: string): void {
  const db = openStationDb(dbFile);
  try {
    const keys = shopOrderKeys(db, 'emporix', ['orderId100', 'orderId101']);
    upsertPulledOrders(
      db,
      [...keys].map(([id, key]) =>
        makeOrder({ id: key, orderNumber: id, created: '2026-11-30T10:00:00.000Z', status: 'new' }),
      ),
      new Date(),
    );
    for (const [id, key] of keys) {
      recordShopStep(db, {
        orderKey: key,
        step: 'packed',
        status: 'ready-for-delivery',
        operator: 'Jürgen',
        at: id === 'orderId100' ? '2026-12-01T10:00:00.000Z' : '2026-11-29T10:00:00.000Z',
      });
    }
  } finally {
    db.close();
  }
}

describe('export:packed', () => {
  test('writes the export into the private exports folder and says where and how many', async ({
    st,
    dbFile,
  }) => {
    packEmporixOrders(dbFile);
    const csv = await st.value('export:packed', { source: 'emporix', since: '2026-12-01', format: 'csv' });
    expect(csv.rows).toBe(1);
    expect(dirname(csv.path)).toBe(join(dirname(dbFile), 'exports'));
    expect(csv.path).toMatch(/packed-emporix-since-2026-12-01-at-\d{8}T\d{6}Z\.csv$/);
    expect(readFileSync(csv.path, 'utf8').split('\r\n')[1]).toMatch(
      /^emporix,orderId100,orderId100,2026-12-01T10:00:00\.000Z,Jürgen,0,0,$/,
    );
    expect(statSync(csv.path).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(csv.path)).mode & 0o777).toBe(0o700);

    const json = await st.value('export:packed', { source: 'emporix', since: '2026-11-01', format: 'json' });
    expect(json.rows).toBe(2);
    expect(JSON.parse(readFileSync(json.path, 'utf8')).orders).toHaveLength(2);
    const none = await st.value('export:packed', {
      source: 'marketplace',
      since: '2026-11-01',
      format: 'json',
    });
    expect(none.rows).toBe(0);
  });

  test("refuses a day the calendar does not have, or a path of the renderer's choosing", async ({ st }) => {
    for (const args of [
      { source: 'emporix', since: '2026-02-30', format: 'csv' },
      { source: 'emporix', since: '2026-12-01', format: 'csv', path: '/tmp/x.csv' },
    ]) {
      expect(await st.callRaw('export:packed', args)).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
  });
});
