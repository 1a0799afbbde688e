// Expected failures of outbox operations, as values with a message the operator can act on.
import type { OutboxEntry, OutboxState } from '../db/outbox-entries.ts';

export type OutboxErrorCode =
  | 'order-unknown'
  | 'operator-required'
  | 'transition-invalid'
  | 'activation-date-not-allowed'
  | 'activation-date-invalid'
  | 'entry-unknown'
  | 'entry-wrong-state'
  | 'reason-required';

export interface OutboxError {
  code: OutboxErrorCode;
  message: string;
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
