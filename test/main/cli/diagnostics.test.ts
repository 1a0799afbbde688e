import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appendAudit,
  openStationDb,
  upsertPulledOrders,
  writeLock,
} from '../../../electron/main/db/index.ts';
import { station } from '../../fixtures/cli.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';

let dir: string;
let dbFile: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'packing-station-diag-'));
  dbFile = join(dir, 'station.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('station diagnostics', () => {
  it('lists the table disagreements and the locked orders', async () => {
    const db = openStationDb(dbFile);
    upsertPulledOrders(
      db,
      [makeOrder({ id: 7, status: 'new' }), makeOrder({ id: 8, status: 'new' })],
      new Date(),
    );
    appendAudit(db, {
      at: new Date('2026-12-01T09:00:00Z'),
      stationId: 's',
      operator: null,
      kind: 'table-disagreement',
      orderId: 7,
      detail: {
        kind: 'refused',
        action: 'process',
        status: 'new',
        transactionType: 'order',
        serverStatus: 'new',
        serverMessage: 'On hold',
      },
    });
    writeLock(db, 8, {
      reason: 'race',
      serverStatus: 'ready-for-delivery',
      expected: 'inprocess',
      entryId: null,
      since: '2026-12-01T09:05:00.000Z',
    });
    db.close();

    const text = await station(['diagnostics', '--db', dbFile]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Lifecycle table disagreements: 1/);
    expect(text.stdout).toMatch(/7\s+process\s+new\s+order\s+refused\s+new\s+On hold/);
    expect(text.stdout).toMatch(/Locked orders: 1/);
    expect(text.stdout).toMatch(/8\s+race\s+ready-for-delivery\s+inprocess/);
    const json = JSON.parse((await station(['diagnostics', '--json', '--db', dbFile])).stdout);
    expect(json.disagreements[0]).toMatchObject({ orderId: 7, kind: 'refused' });
    expect(json.locks[0]).toMatchObject({ orderId: 8, reason: 'race' });
  });
});

describe('station print', () => {
  it('refuses a locked order before anything is printed', async () => {
    const db = openStationDb(dbFile);
    upsertPulledOrders(db, [makeOrder({ id: 9, status: 'inprocess' })], new Date());
    writeLock(db, 9, {
      reason: 'gone',
      serverStatus: null,
      expected: 'inprocess',
      entryId: null,
      since: new Date().toISOString(),
    });
    db.close();
    const run = await station(['print', '9', '--db', dbFile], { STATION_OPERATOR: 'Ana' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/locked, so printing is refused: Equipme no longer gives this station access/);
  });
});
