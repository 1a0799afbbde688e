import { describe, expect, it } from 'vitest';
import {
  FULFILLMENT_ACTIONS,
  FULFILLMENT_STATUSES,
  type FulfillmentAction,
  type FulfillmentStatus,
  TRANSACTION_TYPES,
  type TransactionType,
} from '../../../shared/api/equipme.ts';
import { allowedActions, checkTransition, type OrderTraits } from '../../../shared/domain/lifecycle.ts';

// The expected model, written out cell by cell independently of the table in shared/domain/lifecycle.ts.
// Each line: status: action>target ... ; every (status, action) pair not listed must be rejected.
const SHIPPING = `
new: process>inprocess cancel>cancelled
inprocess: process>ready-for-delivery cancel>cancelled
ready-for-delivery: dispatchDelivery>in-delivery-outbound cancel>cancelled
delivery-requested-outbound: dispatchDelivery>in-delivery-outbound cancel>cancelled
in-delivery-outbound: confirmDelivery>delivered-outbound rejectDelivery>delivery-returned-outbound
delivered-outbound: complete>processed
delivery-returned-outbound: processReturnedItem>inprocess cancel>cancelled`;

const EXPECTED: Record<string, string> = {
  order: SHIPPING,
  change: SHIPPING,
  swap: SHIPPING.replace('complete>processed', 'complete>processed completeReturnDecommission>processed'),
  // Nothing in the bill of materials: no parcel, so no packed step and no delivery (lifecycle notes).
  'order-no-items': SHIPPING.replace(
    'inprocess: process>ready-for-delivery cancel>cancelled',
    'inprocess: complete>processed cancel>cancelled',
  ),
  'order-preorder': SHIPPING.replace(
    'ready-for-delivery: dispatchDelivery>in-delivery-outbound cancel>cancelled',
    'ready-for-delivery: cancel>cancelled',
  ),
  return: `
new: processReturnedItem>inprocess cancel>cancelled
inprocess: complete>processed completeReturnDecommission>processed cancel>cancelled
ready-for-delivery: dispatchDelivery>in-delivery-outbound cancel>cancelled
delivery-requested-outbound: dispatchDelivery>in-delivery-outbound cancel>cancelled
in-delivery-outbound: confirmDelivery>delivered-outbound rejectDelivery>delivery-returned-outbound
delivered-outbound: complete>processed completeReturnDecommission>processed
delivery-returned-outbound: processReturnedItem>inprocess cancel>cancelled`,
  cancellation: `
new: process>inprocess cancel>cancelled
inprocess: complete>processed cancel>cancelled
ready-for-delivery: dispatchDelivery>in-delivery-outbound cancel>cancelled
delivery-requested-outbound: dispatchDelivery>in-delivery-outbound cancel>cancelled
in-delivery-outbound: confirmDelivery>delivered-outbound rejectDelivery>delivery-returned-outbound
delivered-outbound: complete>processed
delivery-returned-outbound: processReturnedItem>inprocess cancel>cancelled`,
};

function parse(text: string): Map<string, FulfillmentStatus> {
  const cells = new Map<string, FulfillmentStatus>();
  for (const line of text.trim().split('\n')) {
    const [status, moves = ''] = line.split(': ');
    for (const move of moves.split(' ')) {
      const [action, target] = move.split('>');
      cells.set(`${status}|${action}`, target as FulfillmentStatus);
    }
  }
  return cells;
}

const PROFILES: { name: string; traits: OrderTraits }[] = [
  ...TRANSACTION_TYPES.map((t: TransactionType) => ({
    name: t,
    traits: { transactionType: t, isPreorder: false, hasPhysicalItems: true },
  })),
  { name: 'order-preorder', traits: { transactionType: 'order', isPreorder: true, hasPhysicalItems: true } },
  {
    name: 'order-no-items',
    traits: { transactionType: 'order', isPreorder: false, hasPhysicalItems: false },
  },
];

describe('lifecycle table', () => {
  for (const profile of PROFILES) {
    const expected = parse(EXPECTED[profile.name] ?? '');
    it(`matches the expected model for every status × action (${profile.name})`, () => {
      let checked = 0;
      for (const status of FULFILLMENT_STATUSES) {
        for (const action of FULFILLMENT_ACTIONS) {
          const result = checkTransition(status, action, profile.traits);
          const target = expected.get(`${status}|${action}`);
          if (target) {
            expect(result, `${status} × ${action}`).toEqual({ ok: true, to: target });
          } else {
            expect(result.ok, `${status} × ${action} must be rejected`).toBe(false);
          }
          checked++;
        }
      }
      expect(checked).toBe(FULFILLMENT_STATUSES.length * FULFILLMENT_ACTIONS.length);
    });
  }

  it('lists allowed actions in table order, consistent with checkTransition', () => {
    for (const profile of PROFILES) {
      for (const status of FULFILLMENT_STATUSES) {
        const allowed = allowedActions(status, profile.traits);
        const valid = FULFILLMENT_ACTIONS.filter(
          (a: FulfillmentAction) => checkTransition(status, a, profile.traits).ok,
        );
        expect([...allowed].sort()).toEqual([...valid].sort());
      }
    }
    expect(
      allowedActions('new', { transactionType: 'order', isPreorder: false, hasPhysicalItems: true }),
    ).toEqual(['process', 'cancel']);
  });

  it('explains rejections in words an operator can act on', () => {
    const preorder = checkTransition('ready-for-delivery', 'dispatchDelivery', {
      hasPhysicalItems: true,
      transactionType: 'order',
      isPreorder: true,
    });
    expect(preorder).toMatchObject({ ok: false, reason: 'condition' });
    expect(!preorder.ok && preorder.message).toMatch(/preorder.*requests delivery/);

    const terminal = checkTransition('processed', 'cancel', {
      transactionType: 'order',
      isPreorder: false,
      hasPhysicalItems: true,
    });
    expect(terminal).toMatchObject({ ok: false, reason: 'terminal' });

    const wrong = checkTransition('new', 'confirmDelivery', {
      transactionType: 'order',
      isPreorder: false,
      hasPhysicalItems: true,
    });
    expect(!wrong.ok && wrong.message).toBe("'confirmDelivery' is not possible while the order is new.");
  });
});
