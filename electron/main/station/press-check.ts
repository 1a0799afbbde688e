// One press, one step: main refuses a press made against a status the order has already left (a
// double press, auto-repeat), and a press that needed the operator's confirmation without it.
import type { FulfillmentAction, FulfillmentStatus, Open } from '../../../shared/api/equipme.ts';
import {
  type ConfirmationReason,
  confirmationReason,
  labelPrinted,
} from '../../../shared/domain/workflow.ts';
import type { StationDb } from '../db/connection.ts';
import type { CachedOrder } from '../db/order-columns.ts';
import { listPrintJobs } from '../db/print-ledger.ts';

const STATUS_WORDS: Record<FulfillmentStatus, string> = {
  new: 'new',
  inprocess: 'in process',
  'ready-for-delivery': 'ready for delivery',
  'delivery-requested-outbound': 'waiting for delivery',
  'in-delivery-outbound': 'in delivery',
  'delivered-outbound': 'delivered',
  'delivery-returned-outbound': 'returned by the carrier',
  processed: 'processed',
  cancelled: 'cancelled',
};

const statusWords = (status: Open<FulfillmentStatus>) =>
  (STATUS_WORDS as Record<string, string | undefined>)[status] ?? `“${status}”`;

/** The press was made on a screen that showed another status than the order has now. */
export function staleScreenRefusal(order: CachedOrder, seenStatus: FulfillmentStatus): string | null {
  if (order.effectiveStatus === seenStatus) return null;
  return `This order is already ${statusWords(order.effectiveStatus)} (the button was pressed while the screen showed ${statusWords(seenStatus)}): the screen has been updated; press again if you meant the next step.`;
}

/** Why this action still needs the operator's confirmation, checked against the print ledger. */
export function confirmationNeeded(
  db: StationDb,
  orderId: number,
  action: FulfillmentAction,
): ConfirmationReason | null {
  const printed = labelPrinted(listPrintJobs(db, { orderId, states: ['sent', 'printed'] }));
  return confirmationReason(action, { labelPrinted: printed });
}

export function unconfirmedRefusal(order: CachedOrder, reason: ConfirmationReason): string {
  const number = order.orderNumber;
  switch (reason) {
    case 'no-label':
      return `No shipping label has been printed for order ${number}: print the label first, or confirm that the parcel leaves without one.`;
    case 'delivery':
      return `Confirming the delivery of order ${number} tells Equipme the customer has it: confirm it in the dialog first.`;
    case 'cannot-undo':
      return `This step cannot be taken back for order ${number}: confirm it in the dialog first.`;
  }
}
