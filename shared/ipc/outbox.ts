import type { FulfillmentAction, FulfillmentStatus } from '../api/equipme.ts';

export type OutboxEntryState = 'pending' | 'sending' | 'applied' | 'failed' | 'discarded' | 'held';

/** An outbox entry as the UI shows it. */
export interface OutboxEntryView {
  id: string;
  orderId: number;
  action: FulfillmentAction;
  activationDate: string | null;
  statusBefore: FulfillmentStatus;
  expectedAfter: FulfillmentStatus;
  state: OutboxEntryState;
  attempts: number;
  createdAt: string;
  operator: string;
  /** Why the last attempt did not get through, in words an operator can act on. */
  lastError: string | null;
  appliedAt: string | null;
  discardReason: string | null;
}

export interface EnqueueArgs {
  orderId: number;
  action: FulfillmentAction;
  /** ISO date-time; only with `complete`. */
  activationDate?: string;
}

export interface OutboxListArgs {
  states?: OutboxEntryState[];
}
