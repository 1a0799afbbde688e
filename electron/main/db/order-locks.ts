// SQL for order locks: why an order may not be packed, printed or sent until someone resolves it.
// The rules (when to lock, who may release) are in electron/main/station/order-lock.ts and sync/.
import type { StationDb } from './connection.ts';
import type { OrderLock } from './order-columns.ts';

export function readLock(db: StationDb, orderId: number): OrderLock | null {
  const text = db.prepare('SELECT lock FROM orders WHERE id = ?').pluck().get(orderId) as
    | string
    | null
    | undefined;
  return text ? (JSON.parse(text) as OrderLock) : null;
}

/** Sets the lock; true when the order had no lock or another one before. */
export function writeLock(db: StationDb, orderId: number, lock: OrderLock): boolean {
  const text = JSON.stringify(lock);
  return (
    db.prepare('UPDATE orders SET lock = ? WHERE id = ? AND lock IS NOT ?').run(text, orderId, text).changes >
    0
  );
}

export function clearLock(db: StationDb, orderId: number): void {
  db.prepare('UPDATE orders SET lock = NULL WHERE id = ?').run(orderId);
}

/** Open orders that are locked. */
export function lockedOpenCount(db: StationDb): number {
  return db
    .prepare('SELECT count(*) FROM orders WHERE lock IS NOT NULL AND closed = 0')
    .pluck()
    .get() as number;
}

/** Every lock on an open order, oldest first (for diagnostics). */
export function listOpenLocks(db: StationDb): (OrderLock & { orderId: number })[] {
  const rows = db
    .prepare(
      `SELECT id, lock FROM orders WHERE lock IS NOT NULL AND closed = 0 ORDER BY lock ->> '$.since', id`,
    )
    .all() as { id: number; lock: string }[];
  return rows.map((row) => ({ orderId: row.id, ...(JSON.parse(row.lock) as OrderLock) }));
}
