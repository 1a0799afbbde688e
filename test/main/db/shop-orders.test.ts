// Shop orders get keys once per (source, id), from their shop's own range, and keep them across a
// restart; the same id at two shops is two orders.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStationDb, type StationDb } from '../../../electron/main/db/connection.ts';
import { shopOrderKey, shopOrderKeys, shopOrderRef } from '../../../electron/main/db/shop-orders.ts';
import { firstShopKey, sourceOfKey } from '../../../shared/domain/order-keys.ts';

const opened: StationDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function open(file = join(mkdtempSync(join(tmpdir(), 'ps-shop-')), 'station.db')) {
  const db = openStationDb(file);
  opened.push(db);
  return { db, file };
}

describe('shop order keys', () => {
  it('hands out one key per (source, id), downwards from the shop’s first key', () => {
    const { db } = open();
    const keys = shopOrderKeys(db, 'emporix', ['orderId123456', 'orderId123457', 'orderId123456']);
    expect([...keys]).toEqual([
      ['orderId123456', firstShopKey('emporix')],
      ['orderId123457', firstShopKey('emporix') - 1],
    ]);
    // Known ids keep their keys; a new one comes after the lowest.
    const again = shopOrderKeys(db, 'emporix', ['orderId123457', 'orderId9']);
    expect(again.get('orderId123457')).toBe(firstShopKey('emporix') - 1);
    expect(again.get('orderId9')).toBe(firstShopKey('emporix') - 2);
    for (const key of again.values()) expect(sourceOfKey(key)).toBe('emporix');
  });

  it('keeps the same id at two shops apart, and reads (source, id) back by key', () => {
    const { db } = open();
    const market = shopOrderKeys(db, 'marketplace', ['1001']).get('1001') as number;
    const emporix = shopOrderKeys(db, 'emporix', ['1001']).get('1001') as number;
    expect(market).not.toBe(emporix);
    expect(sourceOfKey(market)).toBe('marketplace');
    expect(shopOrderRef(db, market)).toEqual({ source: 'marketplace', id: '1001' });
    expect(shopOrderRef(db, emporix)).toEqual({ source: 'emporix', id: '1001' });
    expect(shopOrderRef(db, 100234)).toBeNull();
    expect(shopOrderKey(db, { source: 'marketplace', id: '1002' })).toBeNull();
  });

  it('keeps the keys after a restart, and keeps ids as the exact text the shop sent', () => {
    const first = open();
    const ids = ['A-1', 'a-1', 'Ünïcode 7', "quote'd"];
    const keys = shopOrderKeys(first.db, 'marketplace', ids);
    first.db.close();
    opened.splice(opened.indexOf(first.db), 1);
    const again = open(first.file);
    for (const id of ids) expect(shopOrderKey(again.db, { source: 'marketplace', id })).toBe(keys.get(id));
    expect(new Set(keys.values()).size).toBe(ids.length);
  });

  it('refuses a key outside the shops’ ranges in the table itself', () => {
    const { db } = open();
    expect(() => db.prepare("INSERT INTO shop_orders VALUES (5, 'emporix', 'x')").run()).toThrow(/CHECK/);
  });
});
