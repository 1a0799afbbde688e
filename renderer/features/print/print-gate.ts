// May this order's documents be printed now? The label closes the parcel, so it waits for the same
// verification the packed step and the dispatch wait for: every item scanned, or a supervisor's
// override. Orders the station does not ship itself (returns, dropshipping) print at any time.
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
  /** The buttons may be pressed. */
  allowed: boolean;
  progress: PickProgress;
}

export function printGate(detail: OrderDetail, picked: readonly number[]): PrintGate {
  const verified = isVerified(detail.order, picked, detail.verificationOverride !== null);
  // Printing the label is where the parcel is closed for the road: the rule of dispatching it.
  const needsVerification = requiresVerification(detail.order, 'dispatchDelivery', detail.effectiveStatus);
  return {
    verified,
    allowed: verified || !needsVerification,
    progress: orderProgress(pickLines(detail.order, picked)),
  };
}
