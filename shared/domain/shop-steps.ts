// The packing status a shop order can take at this station: Equipme's lifecycle of a shipping order,
// cut down to the three steps a packer takes (docs/sources.md). No cancel (a shop cancels an order by
// no longer listing it) and nothing after the hand-over: the order is then done here. Where each step
// leads is read from the lifecycle table, so the two never disagree.
import type { FulfillmentAction, FulfillmentStatus } from '../api/equipme.ts';
import type { ShopStepName } from '../ipc/shop-orders.ts';
import { checkTransition, type OrderTraits } from './lifecycle.ts';

export interface ShopStepRule {
  step: ShopStepName;
  /** The Equipme action whose rules (verification, label confirmation) the step follows. */
  action: FulfillmentAction;
  from: FulfillmentStatus;
  to: FulfillmentStatus;
}

/** A shop order is a plain order with a parcel to send, never a preorder. */
const SHOP_ORDER: OrderTraits = { transactionType: 'order', isPreorder: false, hasPhysicalItems: true };

function shopStep(step: ShopStepName, from: FulfillmentStatus, action: FulfillmentAction): ShopStepRule {
  const move = checkTransition(from, action, SHOP_ORDER);
  if (!move.ok) throw new Error(`shop step ${step}: ${move.message}`);
  return { step, action, from, to: move.to };
}

export const SHOP_STEPS: readonly ShopStepRule[] = [
  shopStep('packing', 'new', 'process'),
  shopStep('packed', 'inprocess', 'process'),
  shopStep('handed-to-carrier', 'ready-for-delivery', 'dispatchDelivery'),
];

/** The step a shop order in this status takes next, or null when it has none (done here). */
export function nextShopStep(status: string): ShopStepRule | null {
  return SHOP_STEPS.find((rule) => rule.from === status) ?? null;
}

/** The rule of a named step. */
export function shopStepRule(step: ShopStepName): ShopStepRule {
  return SHOP_STEPS.find((rule) => rule.step === step) as ShopStepRule;
}

/**
 * The status a shop order stands in here after the steps recorded for it: the furthest step's, or
 * `new` before any. (A step is recorded once per name; the furthest is the status it was put in.)
 */
export function statusAfterSteps(steps: readonly { step: ShopStepName }[]): FulfillmentStatus {
  let status: FulfillmentStatus = 'new';
  for (const rule of SHOP_STEPS) {
    if (steps.some((s) => s.step === rule.step)) status = rule.to;
  }
  return status;
}
