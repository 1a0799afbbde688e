// The rules a press of a step must pass before anything is queued, for one order: open, not locked,
// pressed on the status the order has now (one press, one step), verified when it closes the parcel,
// confirmed when it needs it. transitions:enqueue checks one order with them, shipment:step every
// order of a box, before either queues anything.
import type { FulfillmentAction, FulfillmentStatus } from '../../../shared/api/equipme.ts';
import { requiresVerification } from '../../../shared/domain/workflow.ts';
import type { IpcError } from '../../../shared/ipc/envelope.ts';
import type { StationDb } from '../db/connection.ts';
import type { CachedOrder } from '../db/order-columns.ts';
import { getOrder } from '../db/orders.ts';
import { failure, orderNotFound } from './failures.ts';
import { lockRefusal } from './order-lock.ts';
import { confirmationNeeded, staleScreenRefusal, unconfirmedRefusal } from './press-check.ts';
import { unverifiedRefusal } from './verification.ts';

export interface StepPress {
  orderId: number;
  action: FulfillmentAction;
  seenStatus: FulfillmentStatus;
  confirmed?: boolean | undefined;
}

export type StepCheck =
  | { ok: true; cached: CachedOrder; closesParcel: boolean }
  | { ok: false; error: IpcError };

/** Whether the press may be queued for the order; the refusal in the operator's words. */
export function checkStep(db: StationDb, press: StepPress): StepCheck {
  const { orderId, action, seenStatus, confirmed } = press;
  const cached = getOrder(db, orderId);
  if (!cached) return orderNotFound(orderId);
  if (cached.closed) {
    // A shop order closes here: handed to the carrier, or no longer offered by its shop.
    return failure(
      'rejected',
      orderId < 0
        ? `Order ${cached.orderNumber} is no longer open at this station (last status here: ${cached.effectiveStatus}).`
        : `Order ${cached.orderNumber} is no longer open in Equipme (last known: ${cached.serverStatus}). Sync now to see where it is.`,
    );
  }
  // The lock comes first: a locked order is not to be packed at all, verified or not.
  const locked = lockRefusal(db, orderId, 'moving it on');
  if (locked) return failure('rejected', locked);
  // A second press (or auto-repeat) arrives after the first one moved the order: never a second step.
  const stale = staleScreenRefusal(cached, seenStatus);
  if (stale) return failure('rejected', stale);
  const closesParcel = requiresVerification(cached.order, action, cached.effectiveStatus);
  const refusal = closesParcel ? unverifiedRefusal(db, cached, `'${action}'`) : null;
  if (refusal) return failure('rejected', refusal);
  // Asked in a dialog on screen; checked here against the print ledger.
  const unconfirmed = confirmationNeeded(db, orderId, action);
  if (unconfirmed && confirmed !== true) return failure('rejected', unconfirmedRefusal(cached, unconfirmed));
  return { ok: true, cached, closesParcel };
}
