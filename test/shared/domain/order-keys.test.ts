// Order keys: Equipme ids are their own keys; each shop's keys lie in a negative range of their own,
// so no key is two orders and every key names its source.
import { describe, expect, it } from 'vitest';
import { firstShopKey, lastShopKey, sourceOfKey } from '../../../shared/domain/order-keys.ts';
import { SHOP_SOURCES } from '../../../shared/domain/order-sources.ts';

describe('order keys', () => {
  it('reads Equipme from a positive key and each shop from its own range', () => {
    expect(sourceOfKey(100234)).toBe('equipme');
    expect(sourceOfKey(firstShopKey('marketplace'))).toBe('marketplace');
    expect(sourceOfKey(lastShopKey('marketplace'))).toBe('marketplace');
    expect(sourceOfKey(firstShopKey('emporix'))).toBe('emporix');
    expect(sourceOfKey(-(2 ** 45))).toBeNull();
    expect(sourceOfKey(-(2 ** 45) - 1)).toBe('emporix');
    expect(sourceOfKey(lastShopKey('emporix') - 1)).toBeNull();
    expect(sourceOfKey(-1)).toBeNull();
    expect(sourceOfKey(0)).toBeNull();
    expect(sourceOfKey(1.5)).toBeNull();
  });

  it('gives the shops disjoint ranges of safe integers', () => {
    for (const source of SHOP_SOURCES) {
      expect(Number.isSafeInteger(lastShopKey(source))).toBe(true);
      expect(firstShopKey(source)).toBeGreaterThan(lastShopKey(source));
    }
    for (const source of SHOP_SOURCES) {
      for (const n of [0, 1, 2 ** 20, 2 ** 32 + 7, 2 ** 44 - 2]) {
        expect(sourceOfKey(firstShopKey(source) - n)).toBe(source);
      }
    }
  });
});
