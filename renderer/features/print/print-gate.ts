// May this order's documents be printed now? The label closes the parcel, so it waits for the same
// verification the packed step and the dispatch wait for: every item scanned, or a supervisor's
// override. Orders the station does not ship itself (returns, dropshipping) print at any time.
// Nothing prints for a locked order (main refuses it too).
import {
  isVerified,
  orderProgress,
  type PickProgress,
  pickLines,
} from '../../../shared/domain/pick-progress.ts';
import { requiresVerification } from '../../../shared/domain/workflow.ts';
import type { OrderDetail } from '../../../shared/ipc/orders.ts';

export interface PrintGate {
  /** Every item scanned, or overridden. */
  verified: boolean;
  /** The order is locked (conflict, race, gone): nothing prints until it is resolved. */
  locked: boolean;
  /** The buttons may be pressed. */
  allowed: boolean;
  progress: PickProgress;
}

export function printGate(detail: OrderDetail, picked: readonly number[]): PrintGate {
  const verified = isVerified(detail.order, picked, detail.verificationOverride !== null);
  // Printing the label is where the parcel is closed for the road: the rule of dispatching it.
  const needsVerification = requiresVerification(detail.order, 'dispatchDelivery', detail.effectiveStatus);
  const locked = detail.lock !== null;
  return {
    verified,
    locked,
    allowed: !locked && (verified || !needsVerification),
    progress: orderProgress(pickLines(detail.order, picked)),
  };
}
