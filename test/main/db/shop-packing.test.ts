// A shop order's packing steps are the station's own record: one row per step, the newest time kept
// when a step is taken again, and only shop keys accepted.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStationDb, type StationDb } from '../../../electron/main/db/connection.ts';
import { recordShopStep, shopStepsOf } from '../../../electron/main/db/shop-packing.ts';
import { firstShopKey } from '../../../shared/domain/order-keys.ts';

const opened: StationDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function open(): StationDb {
  const db = openStationDb(join(mkdtempSync(join(tmpdir(), 'ps-shop-packing-')), 'station.db'));
  opened.push(db);
  return db;
}

describe('shop packing steps', () => {
  const key = firstShopKey('marketplace');

  it('keeps each step once, oldest first, with the newest time of a step taken again', () => {
    const db = open();
    recordShopStep(db, {
      orderKey: key,
      step: 'packing',
      status: 'in-process',
      operator: 'Anna',
      at: '2026-12-02T08:00:00.000Z',
    });
    recordShopStep(db, {
      orderKey: key,
      step: 'packed',
      status: 'ready-for-delivery',
      operator: 'Anna',
      at: '2026-12-02T08:05:00.000Z',
    });
    recordShopStep(db, {
      orderKey: key,
      step: 'packing',
      status: 'in-process',
      operator: 'Bram',
      at: '2026-12-02T08:10:00.000Z',
    });
    expect(shopStepsOf(db, key)).toEqual([
      {
        orderKey: key,
        step: 'packed',
        status: 'ready-for-delivery',
        operator: 'Anna',
        at: '2026-12-02T08:05:00.000Z',
      },
      {
        orderKey: key,
        step: 'packing',
        status: 'in-process',
        operator: 'Bram',
        at: '2026-12-02T08:10:00.000Z',
      },
    ]);
    expect(shopStepsOf(db, key - 1)).toEqual([]);
  });

  it('refuses an Equipme key and an unknown step', () => {
    const db = open();
    expect(() =>
      recordShopStep(db, {
        orderKey: 42,
        step: 'packed',
        status: 'ready-for-delivery',
        operator: null,
        at: '2026-12-02T08:00:00.000Z',
      }),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare('INSERT INTO shop_packing_steps (order_key, step, status, at) VALUES (?, ?, ?, ?)')
        .run(key, 'shipped', 'dispatched', '2026-12-02T08:00:00.000Z'),
    ).toThrow(/CHECK/);
  });
});
