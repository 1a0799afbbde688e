// What an outbox entry's fate is once we have looked at the order on the server. Equipme has no
// idempotency keys, so after any answer we cannot trust, the order's status is the only witness.
import type { FulfillmentStatus, Open } from '../../../shared/api/equipme.ts';

export type Reconciliation =
  | { verdict: 'applied' }
  | { verdict: 'resend' }
  | { verdict: 'conflict'; message: string }
  | { verdict: 'rejected'; message: string };

export interface ReconcileInput {
  statusBefore: FulfillmentStatus;
  expectedAfter: FulfillmentStatus;
  serverStatus: Open<FulfillmentStatus>;
  /** Some earlier attempt of this entry may have reached the server (timeout, dropped, 5xx…). */
  hadUnknownOutcome: boolean;
  /** This attempt was answered 409 by the server (a definite "not applied now"). */
  conflict409: boolean;
  /** The server's own words with a 409, if any. */
  serverDescription?: string | null | undefined;
}

export function reconcile(input: ReconcileInput): Reconciliation {
  const { statusBefore, expectedAfter, serverStatus, hadUnknownOutcome, conflict409 } = input;
  const server = input.serverDescription ? ` The server says: ${input.serverDescription}` : '';

  if (conflict409 && !hadUnknownOutcome) {
    // We never sent this transition with an unknown outcome, so the 409 proves it was not ours that
    // moved the order: another station or the web portal did. Even if it now stands where we wanted
    // it, this station must not believe it did the work (two packers, one order).
    if (serverStatus === statusBefore) {
      return {
        verdict: 'rejected',
        message: `Equipme refused this step while the order is ${serverStatus}.${server} Check the order in Equipme, then retry or discard.`,
      };
    }
    return { verdict: 'conflict', message: takenElsewhere(statusBefore, serverStatus) };
  }
  if (serverStatus === expectedAfter) return { verdict: 'applied' };
  if (serverStatus === statusBefore) {
    return conflict409
      ? {
          verdict: 'rejected',
          message: `Equipme refused this step while the order is ${serverStatus}.${server} Check the order in Equipme, then retry or discard.`,
        }
      : { verdict: 'resend' };
  }
  return {
    verdict: 'conflict',
    message: `Changed elsewhere: the order is now ${serverStatus} on the server; this station expected ${statusBefore} → ${expectedAfter}. Check the order, then discard this step.`,
  };
}

/**
 * Before a first send: the API has no conditional requests, so look first. An order that no longer
 * stands where this station left it was moved by someone else; sending could move it a second step
 * (`process` is valid both in new and in inprocess).
 */
export function checkPrecondition(
  statusBefore: FulfillmentStatus,
  serverStatus: Open<FulfillmentStatus>,
): { verdict: 'send' } | { verdict: 'conflict'; message: string } {
  if (serverStatus === statusBefore) return { verdict: 'send' };
  return { verdict: 'conflict', message: takenElsewhere(statusBefore, serverStatus) };
}

function takenElsewhere(statusBefore: FulfillmentStatus, serverStatus: Open<FulfillmentStatus>): string {
  return `Taken or changed elsewhere: another station or the web portal moved this order to ${serverStatus} (this station expected ${statusBefore}). Do not pack or ship it again; discard this step.`;
}
