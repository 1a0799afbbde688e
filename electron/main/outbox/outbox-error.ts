// Expected failures of outbox operations, as values with a message the operator can act on.
import { sourceOfKey } from '../../../shared/domain/order-keys.ts';
import type { OrderLock } from '../db/order-columns.ts';
import type { OutboxEntry, OutboxState } from '../db/outbox-entries.ts';

export type OutboxErrorCode =
  | 'order-unknown'
  | 'order-locked'
  | 'operator-required'
  | 'transition-invalid'
  | 'activation-date-not-allowed'
  | 'activation-date-invalid'
  | 'entry-unknown'
  | 'entry-wrong-state'
  | 'reason-required'
  /** The order is a shop's: nothing is ever sent for it (its steps are this station's own record). */
  | 'shop-order';

export interface OutboxError {
  code: OutboxErrorCode;
  message: string;
}

/** The outbox holds Equipme's orders only: a shop is never sent a status change (docs/sources.md). */
export function shopOrderRefused(orderId: number): OutboxError {
  const shop = sourceOfKey(orderId);
  const name = shop === 'emporix' ? 'Emporix' : shop === 'marketplace' ? 'the marketplace' : 'its shop';
  return {
    code: 'shop-order',
    message: `This order comes from ${name}, which the station never sends status changes: its packing steps are recorded at this station only. Use the order screen's steps.`,
  };
}

export function entryUnknown(id: string): OutboxError {
  return { code: 'entry-unknown', message: `Outbox entry ${id} does not exist on this station.` };
}

export function wrongState(entry: OutboxEntry, doing: string, allowed: readonly OutboxState[]): OutboxError {
  return {
    code: 'entry-wrong-state',
    message: `Cannot ${doing} the '${entry.action}' of order ${entry.orderId}: it is ${entry.state}, not ${allowed.join(' or ')}.`,
  };
}

/** Nothing moves a locked order on: the lock must be resolved first (docs/lifecycle.md). */
export function orderLocked(orderNumber: string, lock: OrderLock): OutboxError {
  const where = lock.serverStatus ? ` Equipme's status is ${lock.serverStatus}.` : '';
  const how =
    lock.reason === 'race'
      ? 'A supervisor must check the box and release the lock first.'
      : "Take Equipme's status, or ask a supervisor to release the lock, first.";
  return {
    code: 'order-locked',
    message: `Order ${orderNumber} is locked (${LOCK_WORDS[lock.reason]}).${where} ${how}`,
  };
}

const LOCK_WORDS: Record<OrderLock['reason'], string> = {
  conflict: 'Equipme moved it away from where this station expected it',
  race: 'another station moved it at the same moment',
  gone: 'Equipme no longer gives this station access to it',
};
