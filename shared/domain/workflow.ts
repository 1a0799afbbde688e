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

/** Actions that cannot be taken back in the warehouse: ask before sending. */
export function actionNeedsConfirmation(action: FulfillmentAction): boolean {
  switch (action) {
    case 'cancel':
    case 'rejectDelivery':
    case 'completeReturnDecommission':
      return true;
    case 'process':
    case 'dispatchDelivery':
    case 'confirmDelivery':
    case 'processReturnedItem':
    case 'complete':
      return false;
    default:
      return assertNever(action, 'action');
  }
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
