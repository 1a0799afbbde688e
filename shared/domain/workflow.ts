// The packing workflow on top of the lifecycle table: which button is the next step, which actions
// need a second thought, and when the order's pick list must be verified first.
import type { FulfillmentAction, FulfillmentOrder, FulfillmentStatus, Open } from '../api/equipme.ts';
import { assertNever } from './assert-never.ts';
import { allowedActions, type OrderTraits, SHIPPING_TYPES } from './lifecycle.ts';

/** Where an action sits among the buttons (primary, secondary, danger): the way forward, a side road, or cancel. */
export type ActionRole = 'forward' | 'alternative' | 'cancel';

export function actionRole(action: FulfillmentAction): ActionRole {
  switch (action) {
    case 'process':
    case 'dispatchDelivery':
    case 'confirmDelivery':
    case 'processReturnedItem':
    case 'complete':
      return 'forward';
    // Decommissioning and a refused delivery are real outcomes, but not the usual next step.
    case 'completeReturnDecommission':
    case 'rejectDelivery':
      return 'alternative';
    case 'cancel':
      return 'cancel';
    default:
      return assertNever(action, 'action');
  }
}

const ROLE_ORDER: readonly ActionRole[] = ['forward', 'alternative', 'cancel'];

/** The actions the lifecycle allows, the workflow's next step first and cancel last. */
export function orderActions(status: Open<FulfillmentStatus>, traits: OrderTraits): FulfillmentAction[] {
  const allowed = allowedActions(status, traits);
  return ROLE_ORDER.flatMap((role) => allowed.filter((action) => actionRole(action) === role));
}

/** The primary button of an order, or null when it waits (a preorder) or is done. */
export function nextStep(status: Open<FulfillmentStatus>, traits: OrderTraits): FulfillmentAction | null {
  return allowedActions(status, traits).find((action) => actionRole(action) === 'forward') ?? null;
}

/**
 * Why a press of this action must be confirmed before it is sent, or null when it goes at once:
 * - `cannot-undo`: cancel, a returned delivery, a decommission: asked every time;
 * - `delivery`: the customer has the parcel: asked every time;
 * - `no-label`: a dispatch while no shipping label has been printed for the order.
 * Main refuses the action without `confirmed` in exactly these cases.
 */
export type ConfirmationReason = 'cannot-undo' | 'delivery' | 'no-label';

export function confirmationReason(
  action: FulfillmentAction,
  facts: { labelPrinted: boolean },
): ConfirmationReason | null {
  switch (action) {
    case 'cancel':
    case 'rejectDelivery':
    case 'completeReturnDecommission':
      return 'cannot-undo';
    case 'confirmDelivery':
      return 'delivery';
    case 'dispatchDelivery':
      return facts.labelPrinted ? null : 'no-label';
    case 'process':
    case 'processReturnedItem':
    case 'complete':
      return null;
    default:
      return assertNever(action, 'action');
  }
}

/** A shipping label counts as printed once a printer took it (sent) or confirmed it (printed). */
export function labelPrinted(jobs: readonly { kind: string; state: string }[]): boolean {
  return jobs.some((job) => job.kind === 'label' && (job.state === 'sent' || job.state === 'printed'));
}

/**
 * What a button says: the effect in the warehouse, not the API verb. `process` is two different
 * steps (new → picking, in process → packed), so it is named after the status it leaves. The
 * result is a key under `action.` in the common locale.
 */
export function actionLabel(action: FulfillmentAction, from: Open<FulfillmentStatus>): string {
  if (action !== 'process') return action;
  if (from === 'new') return 'startPicking';
  if (from === 'inprocess') return 'markPacked';
  return action;
}

/** Only `complete` carries an activation date (see docs/lifecycle.md). */
export function actionTakesActivationDate(action: FulfillmentAction): boolean {
  return action === 'complete';
}

/**
 * Must the pick list be verified (or overridden) before this action? Yes when the parcel is closed
 * (`process` from inprocess: packing done) or leaves (`dispatchDelivery`), for orders this station
 * ships itself: order/change/swap that are not dropshipped.
 */
export function requiresVerification(
  order: Pick<FulfillmentOrder, 'transactionType' | 'fulfillmentType'>,
  action: FulfillmentAction,
  status: Open<FulfillmentStatus>,
): boolean {
  const closesParcel = (action === 'process' && status === 'inprocess') || action === 'dispatchDelivery';
  return (
    closesParcel && SHIPPING_TYPES.has(order.transactionType) && order.fulfillmentType !== 'dropshipping'
  );
}
