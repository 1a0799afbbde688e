// The station's order key: one integer per order, whatever its source, that every table refers to.
// Equipme orders keep Equipme's own (positive) id as their key, as they always have; each shop's
// orders get negative keys from a range of their own, so a key is never two orders and names its
// source by itself. The (source, id) behind a shop's key is kept in `shop_orders` (docs/sources.md).
import { type OrderSourceName, SHOP_SOURCES, type ShopSourceName } from './order-sources.ts';

/** Keys per shop: 2^44 orders each, far past any shop's lifetime, and every key a safe integer. */
const SHOP_RANGE = 2 ** 44;

/** The first key a shop hands out (then one lower per new order). */
export function firstShopKey(source: ShopSourceName): number {
  return -(SHOP_RANGE * (SHOP_SOURCES.indexOf(source) + 1) + 1);
}

/** The shop's lowest key: below it begins the next shop's range. */
export function lastShopKey(source: ShopSourceName): number {
  return -(SHOP_RANGE * (SHOP_SOURCES.indexOf(source) + 2) - 1);
}

/** Which source an order key belongs to; null for a key no source hands out (0, or past the ranges). */
export function sourceOfKey(key: number): OrderSourceName | null {
  if (!Number.isSafeInteger(key) || key === 0) return null;
  if (key > 0) return 'equipme';
  return SHOP_SOURCES.find((source) => key <= firstShopKey(source) && key >= lastShopKey(source)) ?? null;
}
