// Recording an operator's status change: validated against the order's effective status and
// committed (durably, synchronous=FULL) before the caller learns it succeeded.
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import type { FulfillmentAction } from '../../../shared/api/equipme.ts';
import { checkTransition, isKnownStatus, unknownToStation } from '../../../shared/domain/lifecycle.ts';
import { sourceOfKey } from '../../../shared/domain/order-keys.ts';
import type { Result } from '../../../shared/domain/result.ts';
import { err, ok } from '../../../shared/domain/result.ts';
import { appendAudit } from '../db/audit-log.ts';
import type { StationDb } from '../db/connection.ts';
import type { OutboxEntry } from '../db/outbox-entries.ts';
import { enqueueFacts, insertEntry, setEnqueuedStatus } from '../db/outbox-entries.ts';
import { type OutboxError, orderLocked, shopOrderRefused } from './outbox-error.ts';

export interface TransitionRequest {
  orderId: number;
  action: FulfillmentAction;
  /** Only for `complete`: the day the service is activated (the server ignores the time of day). */
  activationDate?: string | null;
  operator: string;
  stationId: string;
  now: Date;
  /**
   * A supervisor sends an action the lifecycle table does not offer: Equipme decides. Allowed only
   * when nothing else of the order is unsent (its target is unknown until Equipme answers).
   */
  offTable?: boolean;
}

const DateOnly = z.iso.date();
const DateTime = z.iso.datetime({ offset: true });

/** Validates an activation date and normalizes it to the UTC date-time the API takes. */
function activationDateFor(
  action: FulfillmentAction,
  value: string | null | undefined,
): Result<string | null, OutboxError> {
  if (value === undefined || value === null) return ok(null);
  if (action !== 'complete') {
    return err({
      code: 'activation-date-not-allowed',
      message: `An activation date only applies to 'complete', not to '${action}'.`,
    });
  }
  if (DateOnly.safeParse(value).success) return ok(`${value}T00:00:00.000Z`);
  if (DateTime.safeParse(value).success) return ok(new Date(value).toISOString());
  return err({
    code: 'activation-date-invalid',
    message: `'${value}' is not a valid activation date: use a date such as 2025-06-30.`,
  });
}

/** Records a transition in the outbox; the entry comes back only once it is committed. */
export function enqueueTransition(
  db: StationDb,
  request: TransitionRequest,
): Result<OutboxEntry, OutboxError> {
  const { orderId, action, operator, stationId, now } = request;
  // Only Equipme's orders (positive keys) go out: the sync engine must never send for a shop order.
  if (sourceOfKey(orderId) !== 'equipme') return err(shopOrderRefused(orderId));
  if (operator.trim() === '') {
    return err({ code: 'operator-required', message: 'Sign in as an operator before changing an order.' });
  }
  const activationDate = activationDateFor(action, request.activationDate);
  if (!activationDate.ok) return activationDate;

  return db
    .transaction((): Result<OutboxEntry, OutboxError> => {
      // One read for the order and its unsent steps: a press at 50k cached orders costs its commit.
      const order = enqueueFacts(db, orderId);
      if (!order) {
        return err({
          code: 'order-unknown',
          message: `Order ${orderId} is not in this station's cache: refresh the order list and try again.`,
        });
      }
      if (order.lock !== null) return err(orderLocked(order.orderNumber, order.lock));
      const effective = order.lastExpectedAfter ?? order.serverStatus;
      const traits = {
        transactionType: order.transactionType,
        isPreorder: order.isPreorder,
        hasPhysicalItems: order.hasPhysicalItems,
      };
      const unknown = unknownToStation(effective, traits);
      if (unknown !== null || !isKnownStatus(effective)) {
        return err({ code: 'transition-invalid', message: unknown ?? `'${action}' is not possible now.` });
      }
      let to = effective;
      if (request.offTable) {
        if (order.unapplied > 0) {
          return err({
            code: 'transition-invalid',
            message: `Order ${order.orderNumber} still has ${order.unapplied} unsent step(s): send or discard them before sending another action.`,
          });
        }
      } else {
        const check = checkTransition(effective, action, traits);
        if (!check.ok) return err({ code: 'transition-invalid', message: check.message });
        to = check.to;
      }

      // Behind a failed (or held) entry nothing may be sent until the operator resolves it.
      const blocked = order.blocked;
      const at = now.toISOString();
      const entry: OutboxEntry = {
        id: uuidv7(),
        orderId,
        action,
        activationDate: activationDate.value,
        statusBefore: effective,
        expectedAfter: to,
        createdAt: at,
        operator,
        stationId,
        attempts: 0,
        state: blocked ? 'held' : 'pending',
        lastError: null,
        unknownOutcome: false,
        offTable: request.offTable === true,
        nextAttemptAt: at,
        appliedAt: null,
        discardReason: null,
        updatedAt: at,
      };
      insertEntry(db, entry);
      setEnqueuedStatus(db, orderId, to);
      appendAudit(db, {
        at: now,
        stationId,
        operator,
        kind: 'transition-enqueued',
        orderId,
        outboxEntryId: entry.id,
        detail: {
          action,
          statusBefore: entry.statusBefore,
          expectedAfter: entry.expectedAfter,
          activationDate: entry.activationDate,
          state: entry.state,
          offTable: entry.offTable,
        },
      });
      return ok(entry);
    })
    .immediate();
}

/** Thrown inside the transaction of enqueueTransitions to roll back what it queued so far. */
class Refused extends Error {
  readonly outboxError: OutboxError;
  constructor(outboxError: OutboxError) {
    super(outboxError.message);
    this.outboxError = outboxError;
  }
}

/**
 * Records one transition per request in one transaction: all of them, or none when one is refused
 * (its error comes back). For the orders of a box moved on together (shipment:step).
 */
export function enqueueTransitions(
  db: StationDb,
  requests: readonly TransitionRequest[],
): Result<OutboxEntry[], OutboxError> {
  try {
    return db
      .transaction((): Result<OutboxEntry[], OutboxError> => {
        const entries = requests.map((request) => {
          const queued = enqueueTransition(db, request);
          if (!queued.ok) throw new Refused(queued.error);
          return queued.value;
        });
        return ok(entries);
      })
      .immediate();
  } catch (error) {
    if (error instanceof Refused) return err(error.outboxError);
    throw error;
  }
}
