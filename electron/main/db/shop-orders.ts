// SQL for shop_orders: the key each shop order has at this station (see shared/domain/order-keys.ts).
import { firstShopKey, lastShopKey } from '../../../shared/domain/order-keys.ts';
import { SHOP_SOURCES, type ShopSourceName } from '../../../shared/domain/order-sources.ts';
import type { StationDb } from './connection.ts';
import { statement } from './statements.ts';

export interface ShopOrderRef {
  source: ShopSourceName;
  id: string;
}

const KEY_OF = 'SELECT key FROM shop_orders WHERE source = ? AND source_id = ?';
// The shop's range runs downwards from its first key; the lowest key in it is the last handed out.
const LOWEST_IN_RANGE = 'SELECT min(key) AS lowest FROM shop_orders WHERE key BETWEEN ? AND ?';
const INSERT = 'INSERT INTO shop_orders (key, source, source_id) VALUES (?, ?, ?)';
const REF_OF = 'SELECT source, source_id AS id FROM shop_orders WHERE key = ?';

/** The key of a shop order the station has seen, or null. */
export function shopOrderKey(db: StationDb, ref: ShopOrderRef): number | null {
  const row = statement(db, KEY_OF).get(ref.source, ref.id) as { key: number } | undefined;
  return row?.key ?? null;
}

/**
 * The keys of a page of one shop's orders: the known ones read, the new ones handed out, in one
 * transaction (nested in the caller's when there is one).
 */
export function shopOrderKeys(
  db: StationDb,
  source: ShopSourceName,
  ids: readonly string[],
): Map<string, number> {
  return db.transaction(() => {
    const keys = new Map<string, number>();
    let next: number | null = null;
    for (const id of ids) {
      if (keys.has(id)) continue;
      const known = shopOrderKey(db, { source, id });
      if (known !== null) {
        keys.set(id, known);
        continue;
      }
      if (next === null) {
        const { lowest } = statement(db, LOWEST_IN_RANGE).get(lastShopKey(source), firstShopKey(source)) as {
          lowest: number | null;
        };
        next = lowest === null ? firstShopKey(source) : lowest - 1;
      }
      if (next < lastShopKey(source)) throw new RangeError(`The ${source} source has used every order key.`);
      statement(db, INSERT).run(next, source, id);
      keys.set(id, next);
      next--;
    }
    return keys;
  })();
}

/** The (source, id) behind a shop order's key, or null for a key no shop order has. */
export function shopOrderRef(db: StationDb, key: number): ShopOrderRef | null {
  const row = statement(db, REF_OF).get(key) as { source: string; id: string } | undefined;
  if (!row) return null;
  const source = SHOP_SOURCES.find((name) => name === row.source);
  return source ? { source, id: row.id } : null;
}
