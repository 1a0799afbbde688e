// Our model of the Equipme fulfillment lifecycle. The spec lists statuses and actions but not which
// action is valid where: this table is an ASSUMPTION drawn from Equipme's help pages
// (docs/lifecycle.md). The server stays the authority — a 409 means it disagrees.
import {
  FULFILLMENT_STATUSES,
  type FulfillmentAction,
  type FulfillmentOrder,
  type FulfillmentStatus,
  isKnown,
  type Open,
  TRANSACTION_TYPES,
  type TransactionType,
} from '../api/equipme.ts';

/** What the table needs to know about an order besides its status. */
export interface OrderTraits {
  /** A type a newer Equipme added (unknown here) offers no action at all. */
  transactionType: Open<TransactionType>;
  isPreorder: boolean;
  /** The bill of materials lists something to put in a box. */
  hasPhysicalItems: boolean;
}

/** A condition on the order under which a move is allowed. */
export type MoveCondition =
  | 'always'
  | 'ships'
  | 'no-shipment'
  | 'not-preorder'
  | 'is-return'
  | 'not-return'
  | 'returns-device';

export interface Move {
  from: FulfillmentStatus;
  action: FulfillmentAction;
  to: FulfillmentStatus;
  when: MoveCondition;
}

/** Transaction types that send a parcel out to the customer. */
export const SHIPPING_TYPES: ReadonlySet<string> = new Set<TransactionType>(['order', 'change', 'swap']);
/** Transaction types that end with a device coming back to be decommissioned. */
const RETURNING_TYPES: ReadonlySet<string> = new Set<TransactionType>(['return', 'swap']);

/** status × action → next status. One row per allowed move; anything not listed is invalid. */
export const LIFECYCLE: readonly Move[] = [
  { from: 'new', action: 'process', to: 'inprocess', when: 'not-return' },
  // A return order starts when its device arrives: it is checked in (the help pages'
  // "processReturnedItem"), and only a checked-in device is decommissioned.
  { from: 'new', action: 'processReturnedItem', to: 'inprocess', when: 'is-return' },
  { from: 'new', action: 'cancel', to: 'cancelled', when: 'always' },

  { from: 'inprocess', action: 'process', to: 'ready-for-delivery', when: 'ships' },
  { from: 'inprocess', action: 'complete', to: 'processed', when: 'no-shipment' },
  { from: 'inprocess', action: 'completeReturnDecommission', to: 'processed', when: 'is-return' },
  { from: 'inprocess', action: 'cancel', to: 'cancelled', when: 'always' },

  // A preorder is prepared up to here and then waits for the customer to request delivery.
  {
    from: 'ready-for-delivery',
    action: 'dispatchDelivery',
    to: 'in-delivery-outbound',
    when: 'not-preorder',
  },
  { from: 'ready-for-delivery', action: 'cancel', to: 'cancelled', when: 'always' },

  {
    from: 'delivery-requested-outbound',
    action: 'dispatchDelivery',
    to: 'in-delivery-outbound',
    when: 'always',
  },
  { from: 'delivery-requested-outbound', action: 'cancel', to: 'cancelled', when: 'always' },

  { from: 'in-delivery-outbound', action: 'confirmDelivery', to: 'delivered-outbound', when: 'always' },
  {
    from: 'in-delivery-outbound',
    action: 'rejectDelivery',
    to: 'delivery-returned-outbound',
    when: 'always',
  },

  { from: 'delivered-outbound', action: 'complete', to: 'processed', when: 'always' },
  {
    from: 'delivered-outbound',
    action: 'completeReturnDecommission',
    to: 'processed',
    when: 'returns-device',
  },

  // The parcel came back: it is handled and can be prepared again, or the order is given up
  // (orders can be cancelled until fulfillment is complete, and a returned parcel was not delivered).
  { from: 'delivery-returned-outbound', action: 'processReturnedItem', to: 'inprocess', when: 'always' },
  { from: 'delivery-returned-outbound', action: 'cancel', to: 'cancelled', when: 'always' },
];

/** Statuses from which no action leads anywhere. */
export const TERMINAL_STATUSES: ReadonlySet<string> = new Set<FulfillmentStatus>(['processed', 'cancelled']);

/** A status this station knows (a newer Equipme may send others). */
export function isKnownStatus(status: string): status is FulfillmentStatus {
  return isKnown(FULFILLMENT_STATUSES, status);
}

/** Statuses a packing station works on: everything that is not terminal. */
export const OPEN_STATUSES: readonly FulfillmentStatus[] = [
  'new',
  'inprocess',
  'ready-for-delivery',
  'delivery-requested-outbound',
  'in-delivery-outbound',
  'delivered-outbound',
  'delivery-returned-outbound',
];

export function traitsOf(
  order: Pick<FulfillmentOrder, 'transactionType' | 'isPreorder' | 'bomItems'>,
): OrderTraits {
  return {
    transactionType: order.transactionType,
    isPreorder: order.isPreorder === true,
    hasPhysicalItems: (order.bomItems ?? []).length > 0,
  };
}

/** A parcel goes out: a shipping transaction type with something in the bill of materials. */
export function shipsParcel(traits: OrderTraits): boolean {
  return SHIPPING_TYPES.has(traits.transactionType) && traits.hasPhysicalItems;
}

function holds(condition: MoveCondition, traits: OrderTraits): boolean {
  switch (condition) {
    case 'always':
      return true;
    case 'ships':
      return shipsParcel(traits);
    case 'no-shipment':
      return !shipsParcel(traits);
    case 'not-preorder':
      return !traits.isPreorder;
    case 'is-return':
      return traits.transactionType === 'return';
    case 'not-return':
      return traits.transactionType !== 'return';
    case 'returns-device':
      return RETURNING_TYPES.has(traits.transactionType);
  }
}

export type TransitionCheck =
  | { ok: true; to: FulfillmentStatus }
  | { ok: false; reason: 'unknown' | 'terminal' | 'not-allowed' | 'condition'; message: string };

/** Why no action is offered on an order with a status or type this station does not know; null when known. */
export function unknownToStation(status: string, traits: OrderTraits): string | null {
  if (!isKnownStatus(status)) {
    return `Equipme reports status '${status}', which this station does not know: no action is offered. Check the order in Equipme.`;
  }
  if (!isKnown(TRANSACTION_TYPES, traits.transactionType)) {
    return `Equipme reports transaction type '${traits.transactionType}', which this station does not know: no action is offered. Check the order in Equipme.`;
  }
  return null;
}

/** Is `action` valid for an order in `status`, and where does it lead? */
export function checkTransition(
  status: Open<FulfillmentStatus>,
  action: FulfillmentAction,
  traits: OrderTraits,
): TransitionCheck {
  const unknown = unknownToStation(status, traits);
  if (unknown !== null) return { ok: false, reason: 'unknown', message: unknown };
  if (TERMINAL_STATUSES.has(status)) {
    return {
      ok: false,
      reason: 'terminal',
      message: `The order is ${status}; no further action is possible.`,
    };
  }
  const rows = LIFECYCLE.filter((m) => m.from === status && m.action === action);
  if (rows.length === 0) {
    return {
      ok: false,
      reason: 'not-allowed',
      message: `'${action}' is not possible while the order is ${status}.`,
    };
  }
  const row = rows.find((m) => holds(m.when, traits));
  if (!row) {
    return {
      ok: false,
      reason: 'condition',
      message: conditionMessage(rows[0]?.when ?? 'always', action, traits),
    };
  }
  return { ok: true, to: row.to };
}

function conditionMessage(condition: MoveCondition, action: FulfillmentAction, traits: OrderTraits): string {
  switch (condition) {
    case 'not-preorder':
      return `This is a preorder: it waits at ready-for-delivery until the customer requests delivery; '${action}' is not possible yet.`;
    case 'ships':
      return `There is nothing to ship for this ${traits.transactionType} order: '${action}' does not apply.`;
    case 'no-shipment':
      return `A ${traits.transactionType} order ships a parcel: '${action}' is only possible after delivery.`;
    case 'is-return':
    case 'returns-device':
      return `A ${traits.transactionType} order returns no device: '${action}' does not apply.`;
    case 'not-return':
      return `A return order starts by checking in the returned device ('processReturnedItem'), not with '${action}'.`;
    case 'always':
      return `'${action}' is not possible now.`;
  }
}

/** Every action valid for an order in `status`, in table order (none for an unknown status or type). */
export function allowedActions(status: Open<FulfillmentStatus>, traits: OrderTraits): FulfillmentAction[] {
  const actions: FulfillmentAction[] = [];
  if (unknownToStation(status, traits) !== null) return actions;
  for (const move of LIFECYCLE) {
    if (move.from === status && holds(move.when, traits) && !actions.includes(move.action)) {
      actions.push(move.action);
    }
  }
  return actions;
}

/**
 * The server-side event that moves a waiting preorder on: the customer asks for delivery.
 * Not an API action, so it is not in the table; the simulator uses it.
 */
export const DELIVERY_REQUEST = { from: 'ready-for-delivery', to: 'delivery-requested-outbound' } as const;

/**
 * Can one action move an order two steps when sent twice? Only when a move it makes leads to a
 * status from which the same action moves on again (`process`: new → inprocess → ready-for-delivery).
 * After such an action the sync engine looks once more: another station may have sent it at the
 * same moment (docs/ARCHITECTURE.md, "Two stations, one order").
 */
export function canMoveTwice(action: FulfillmentAction): boolean {
  const moves = LIFECYCLE.filter((move) => move.action === action);
  return moves.some((first) => moves.some((second) => second.from === first.to));
}
