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
  /** Why the last attempt did not get through, in words an operator can act on (never empty when failed). */
  lastError: string | null;
  /** A supervisor sent this action outside the lifecycle table (PIN + reason). */
  offTable: boolean;
  appliedAt: string | null;
  discardReason: string | null;
}

export interface EnqueueArgs {
  orderId: number;
  action: FulfillmentAction;
  /**
   * The effective status on screen when the button was pressed. Main refuses the action when the
   * order is no longer there, so a double press never moves an order two steps.
   */
  seenStatus: FulfillmentStatus;
  /**
   * The operator confirmed the action in a dialog. Required where `confirmationReason` says so
   * (cancel, returned delivery, decommission, confirm delivery; dispatch without a printed label).
   */
  confirmed?: boolean;
  /** ISO date-time; only with `complete`. */
  activationDate?: string;
}

export interface OutboxListArgs {
  states?: OutboxEntryState[];
}

/** A supervisor sends an action our lifecycle table does not offer (the server decides). */
export interface SupervisorActionArgs {
  orderId: number;
  action: FulfillmentAction;
  pin: string;
  reason: string;
  /** ISO date-time; only with `complete`. */
  activationDate?: string;
}

/** Equipme and our lifecycle table disagreed about one move (see docs/lifecycle.md). */
export interface TableDisagreement {
  at: string;
  orderId: number;
  action: FulfillmentAction;
  /** The order's status when the action was sent. */
  status: string;
  transactionType: string;
  /**
   * `refused`: Equipme answered 409 to a move the table allows.
   * `accepted`: Equipme applied a move the table does not allow (a supervisor sent it).
   */
  kind: 'refused' | 'accepted';
  /** Equipme's status afterwards, when known. */
  serverStatus: string | null;
  /** Equipme's own words with a refusal. */
  serverMessage: string | null;
}
