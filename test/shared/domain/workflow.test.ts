import { describe, expect, it } from 'vitest';
import {
  FULFILLMENT_ACTIONS,
  FULFILLMENT_STATUSES,
  type FulfillmentAction,
  type FulfillmentStatus,
  type FulfillmentType,
  TRANSACTION_TYPES,
  type TransactionType,
} from '../../../shared/api/equipme.ts';
import { allowedActions, type OrderTraits } from '../../../shared/domain/lifecycle.ts';
import {
  actionLabel,
  actionRole,
  actionTakesActivationDate,
  confirmationReason,
  labelPrinted,
  nextStep,
  orderActions,
  requiresVerification,
} from '../../../shared/domain/workflow.ts';

const ORDER: OrderTraits = { transactionType: 'order', isPreorder: false, hasPhysicalItems: true };
const PREORDER: OrderTraits = { transactionType: 'order', isPreorder: true, hasPhysicalItems: true };
const RETURN: OrderTraits = { transactionType: 'return', isPreorder: false, hasPhysicalItems: true };
const SWAP: OrderTraits = { transactionType: 'swap', isPreorder: false, hasPhysicalItems: true };
const CANCELLATION: OrderTraits = {
  transactionType: 'cancellation',
  isPreorder: false,
  hasPhysicalItems: true,
};

const ALL_TRAITS: OrderTraits[] = TRANSACTION_TYPES.flatMap((transactionType) => [
  { transactionType, isPreorder: false, hasPhysicalItems: true },
  { transactionType, isPreorder: true, hasPhysicalItems: true },
]);

describe('orderActions', () => {
  it.each([
    ['new', ORDER, ['process', 'cancel']],
    ['inprocess', ORDER, ['process', 'cancel']],
    ['inprocess', RETURN, ['complete', 'completeReturnDecommission', 'cancel']],
    ['inprocess', CANCELLATION, ['complete', 'cancel']],
    ['ready-for-delivery', ORDER, ['dispatchDelivery', 'cancel']],
    ['ready-for-delivery', PREORDER, ['cancel']],
    ['delivery-requested-outbound', PREORDER, ['dispatchDelivery', 'cancel']],
    ['in-delivery-outbound', ORDER, ['confirmDelivery', 'rejectDelivery']],
    ['delivered-outbound', ORDER, ['complete']],
    ['delivered-outbound', SWAP, ['complete', 'completeReturnDecommission']],
    ['delivery-returned-outbound', ORDER, ['processReturnedItem', 'cancel']],
    ['processed', ORDER, []],
    ['cancelled', ORDER, []],
  ] as [FulfillmentStatus, OrderTraits, FulfillmentAction[]][])('%s (%o): %j', (status, traits, actions) => {
    expect(orderActions(status, traits)).toEqual(actions);
  });

  it('offers exactly the lifecycle’s actions everywhere, next step first and cancel last', () => {
    for (const traits of ALL_TRAITS) {
      for (const status of FULFILLMENT_STATUSES) {
        const actions = orderActions(status, traits);
        expect([...actions].sort()).toEqual(allowedActions(status, traits).sort());
        const step = nextStep(status, traits);
        if (step !== null) expect(actions[0]).toBe(step);
        if (actions.includes('cancel')) expect(actions.at(-1)).toBe('cancel');
      }
    }
  });
});

describe('nextStep', () => {
  it.each([
    ['new', ORDER, 'process'],
    ['inprocess', ORDER, 'process'],
    ['inprocess', RETURN, 'complete'],
    ['ready-for-delivery', ORDER, 'dispatchDelivery'],
    ['ready-for-delivery', PREORDER, null],
    ['delivery-requested-outbound', PREORDER, 'dispatchDelivery'],
    ['in-delivery-outbound', ORDER, 'confirmDelivery'],
    ['delivered-outbound', SWAP, 'complete'],
    ['delivery-returned-outbound', ORDER, 'processReturnedItem'],
    ['processed', ORDER, null],
    ['cancelled', RETURN, null],
  ] as [FulfillmentStatus, OrderTraits, FulfillmentAction | null][])(
    '%s (%o): %s',
    (status, traits, step) => {
      expect(nextStep(status, traits)).toBe(step);
    },
  );

  it('is never cancel or a side road', () => {
    for (const traits of ALL_TRAITS) {
      for (const status of FULFILLMENT_STATUSES) {
        expect(['cancel', 'rejectDelivery', 'completeReturnDecommission']).not.toContain(
          nextStep(status, traits),
        );
      }
    }
  });
});

describe('action properties', () => {
  it('tells the way forward from side roads and cancel', () => {
    expect(FULFILLMENT_ACTIONS.map((action) => [action, actionRole(action)])).toEqual([
      ['process', 'forward'],
      ['dispatchDelivery', 'forward'],
      ['rejectDelivery', 'alternative'],
      ['confirmDelivery', 'forward'],
      ['processReturnedItem', 'forward'],
      ['complete', 'forward'],
      ['completeReturnDecommission', 'alternative'],
      ['cancel', 'cancel'],
    ]);
  });

  it('asks before what cannot be undone and a delivery every time, before a dispatch only without a label', () => {
    const reasons = (labelPrinted: boolean) =>
      FULFILLMENT_ACTIONS.map((action) => [action, confirmationReason(action, { labelPrinted })]);
    expect(reasons(false)).toEqual([
      ['process', null],
      ['dispatchDelivery', 'no-label'],
      ['rejectDelivery', 'cannot-undo'],
      ['confirmDelivery', 'delivery'],
      ['processReturnedItem', null],
      ['complete', null],
      ['completeReturnDecommission', 'cannot-undo'],
      ['cancel', 'cannot-undo'],
    ]);
    expect(confirmationReason('dispatchDelivery', { labelPrinted: true })).toBeNull();
    expect(confirmationReason('confirmDelivery', { labelPrinted: true })).toBe('delivery');
  });

  it('counts a label as printed once a printer took it, not a packing slip or a failed or queued job', () => {
    expect(labelPrinted([])).toBe(false);
    expect(labelPrinted([{ kind: 'slip', state: 'printed' }])).toBe(false);
    expect(
      labelPrinted([
        { kind: 'label', state: 'queued' },
        { kind: 'label', state: 'failed' },
      ]),
    ).toBe(false);
    expect(labelPrinted([{ kind: 'label', state: 'sent' }])).toBe(true);
    expect(
      labelPrinted([
        { kind: 'label', state: 'failed' },
        { kind: 'label', state: 'printed' },
      ]),
    ).toBe(true);
  });

  it('names the two process steps after their effect, every other action after itself', () => {
    expect(actionLabel('process', 'new')).toBe('startPicking');
    expect(actionLabel('process', 'inprocess')).toBe('markPacked');
    expect(actionLabel('dispatchDelivery', 'ready-for-delivery')).toBe('dispatchDelivery');
  });

  it('takes an activation date for complete only', () => {
    expect(FULFILLMENT_ACTIONS.filter(actionTakesActivationDate)).toEqual(['complete']);
  });
});

describe('requiresVerification', () => {
  const order = (transactionType: TransactionType, fulfillmentType?: FulfillmentType) => ({
    transactionType,
    fulfillmentType,
  });

  it('guards closing the parcel and dispatching it', () => {
    expect(requiresVerification(order('order'), 'process', 'inprocess')).toBe(true);
    expect(requiresVerification(order('order', 'in-house'), 'dispatchDelivery', 'ready-for-delivery')).toBe(
      true,
    );
    expect(requiresVerification(order('swap'), 'dispatchDelivery', 'delivery-requested-outbound')).toBe(true);
    expect(requiresVerification(order('change'), 'process', 'inprocess')).toBe(true);
  });

  it('does not guard starting to pack, or any other action', () => {
    expect(requiresVerification(order('order'), 'process', 'new')).toBe(false);
    for (const action of FULFILLMENT_ACTIONS.filter((a) => a !== 'process' && a !== 'dispatchDelivery')) {
      expect(requiresVerification(order('order'), action, 'inprocess')).toBe(false);
    }
  });

  it('does not guard orders this station does not ship', () => {
    expect(requiresVerification(order('order', 'dropshipping'), 'process', 'inprocess')).toBe(false);
    expect(requiresVerification(order('return'), 'process', 'inprocess')).toBe(false);
    expect(requiresVerification(order('cancellation'), 'dispatchDelivery', 'ready-for-delivery')).toBe(false);
  });
});
