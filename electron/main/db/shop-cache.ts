// SQL for a shop's orders in the cache: where its pull stands between pages (so a restart resumes the
// pass), and the orders of its key range alone — a shop's pull never reads or closes Equipme's orders
// or the other shop's.
import { firstShopKey, lastShopKey } from '../../../shared/domain/order-keys.ts';
import type { ShopSourceName } from '../../../shared/domain/order-sources.ts';
import type { PullCursor } from '../sources/order-source.ts';
import type { StationDb } from './connection.ts';
import { statement } from './statements.ts';

/** A pass through a shop's listing: where it goes on, and when it began (its close-out needs it). */
export interface ShopPass {
  cursor: PullCursor | null;
  startedAt: string;
  /** Orders stored and rejected so far in this pass (a resumed pass goes on counting). */
  orders: number;
  rejected: number;
}

const passKey = (source: ShopSourceName) => `shop-pull.${source}`;

export function readShopPass(db: StationDb, source: ShopSourceName): ShopPass | null {
  const value = statement(db, 'SELECT value FROM station WHERE key = ?').pluck().get(passKey(source)) as
    | string
    | undefined;
  if (value === undefined) return null;
  try {
    const pass = JSON.parse(value) as ShopPass;
    return typeof pass.startedAt === 'string' ? pass : null;
  } catch {
    // A pass that cannot be read starts again from the beginning: a pass costs requests, never orders.
    return null;
  }
}

/** Keeps where the pass stands (null: no pass under way). */
export function writeShopPass(db: StationDb, source: ShopSourceName, pass: ShopPass | null): void {
  if (pass === null) {
    statement(db, 'DELETE FROM station WHERE key = ?').run(passKey(source));
    return;
  }
  statement(
    db,
    'INSERT INTO station (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(passKey(source), JSON.stringify(pass));
}

/** The shop's open orders the pass has not listed: pulled last before the pass began. */
export function shopOrdersUnlistedSince(db: StationDb, source: ShopSourceName, startedAt: string): number[] {
  return statement(
    db,
    'SELECT id FROM orders WHERE closed = 0 AND id BETWEEN ? AND ? AND pulled_at < ? ORDER BY id DESC',
  )
    .pluck()
    .all(lastShopKey(source), firstShopKey(source), startedAt) as number[];
}

/** Listed again, but not stored (rejected this time): the order keeps its place in the pass. */
export function touchShopOrders(db: StationDb, keys: readonly number[], at: Date): void {
  statement(
    db,
    'UPDATE orders SET pulled_at = ? WHERE id IN (SELECT value FROM json_each(?)) AND id < 0',
  ).run(at.toISOString(), JSON.stringify(keys));
}

/** A shop order started here that the shop no longer lists: it stays open, saying so. */
export function markShopOrderUnlisted(db: StationDb, key: number, at: Date): void {
  statement(
    db,
    `UPDATE orders SET json = json_set(json, '$.shop.unlistedSince', ?)
     WHERE id = ? AND id < 0 AND json ->> '$.shop.unlistedSince' IS NULL`,
  ).run(at.toISOString(), key);
}

/** Shop orders leave the station's work (they stay in the cache as closed). */
export function closeShopOrders(db: StationDb, keys: readonly number[]): void {
  statement(db, 'UPDATE orders SET closed = 1 WHERE id IN (SELECT value FROM json_each(?)) AND id < 0').run(
    JSON.stringify(keys),
  );
}

/** Every open order of one shop leaves the work (its demo was switched off as the station went live). */
export function closeOpenOrdersOfShop(db: StationDb, source: ShopSourceName): void {
  statement(db, 'UPDATE orders SET closed = 1 WHERE closed = 0 AND id BETWEEN ? AND ?').run(
    lastShopKey(source),
    firstShopKey(source),
  );
}
