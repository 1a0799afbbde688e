// The order lock as the station enforces it: what the operator reads on the red banner, and the
// refusal of every step that would pack, print or send a locked order (the same rule as
// verification: enforced here in main, not only in the UI).
import type { OrderLockView } from '../../../shared/ipc/orders.ts';
import type { StationDb } from '../db/connection.ts';
import type { OrderLock } from '../db/order-columns.ts';
import { readLock } from '../db/order-locks.ts';

export function lockView(lock: OrderLock): OrderLockView {
  return {
    reason: lock.reason,
    serverStatus: lock.serverStatus,
    expected: lock.expected,
    since: lock.since,
    message: lockMessage(lock),
    canTakeServerStatus: lock.reason !== 'race',
  };
}

function lockMessage(lock: OrderLock): string {
  switch (lock.reason) {
    case 'conflict':
      return `Equipme says this order is ${lock.serverStatus ?? 'somewhere else'}, but this station expected ${lock.expected ?? 'another status'}: someone else changed or cancelled it. Do not pack or ship it. Ask your supervisor, or take Equipme's status.`;
    case 'race':
      return `Another station moved this order at the same moment (Equipme now says ${lock.serverStatus ?? 'another status'}, this station expected ${lock.expected ?? 'another status'}): check the box before anything else. A supervisor must release the lock.`;
    case 'gone':
      return 'Equipme no longer gives this station access to this order: it may have been removed or given to another provider. Do not ship it. Ask your supervisor to check it in Equipme.';
  }
}

/** Why `doing` is refused on a locked order, or null when the order is not locked. */
export function lockRefusal(db: StationDb, orderId: number, doing: string): string | null {
  const lock = readLock(db, orderId);
  if (!lock) return null;
  return `This order is locked, so ${doing} is refused: ${lockMessage(lock)}`;
}
