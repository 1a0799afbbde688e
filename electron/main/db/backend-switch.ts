// SQL for switching the station to another Equipme (demo ⇄ live, another URL): the cached orders and
// what was picked for them belong to the old one and must not be mistaken for the new one's.
import type { StationDb } from './connection.ts';

/**
 * Closes every cached order (the next pull reopens the new API's) and drops pick records. Only for a
 * switch that is saved, and a connection is saved only after the new API answered with the new key
 * (station/api-connection.ts): a dead or wrong address never empties the cache.
 */
export function forgetOrdersOfOldApi(db: StationDb): void {
  db.transaction(() => {
    // Equipme's orders only (positive keys): the shops' orders and their picks are not Equipme's.
    db.prepare('UPDATE orders SET closed = 1 WHERE closed = 0 AND id > 0').run();
    db.prepare('DELETE FROM pick_counts WHERE order_id > 0').run();
    db.prepare('DELETE FROM verification_overrides WHERE order_id > 0').run();
  }).immediate();
}
