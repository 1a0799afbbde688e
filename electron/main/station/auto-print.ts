// Auto-print when an order is packed: started in the background once the packed step is queued, so
// the transition never waits on a printer. The ledger makes it once per order and document; what
// goes wrong with a printer shows on the job (queued with retries, failed with its reason). A box of
// a shipment packed together gets one label for the box, never one per order.
import { stationLog } from '../logs/station-log.ts';
import type { LabelBox, PrintService } from '../printing/index.ts';

export interface AutoPrint {
  /** The packed step of the order was queued: print what auto-print is on for. Returns at once. */
  afterPacked(orderId: number, operator: string): void;
  /** The orders of a box were packed together: one label for the box, a slip for each. Returns at once. */
  afterBoxPacked(box: LabelBox, operator: string): void;
  /** Resolves when every auto-print started so far has its jobs in the ledger (before closing). */
  settled(): Promise<void>;
}

export function createAutoPrint(printing: PrintService): AutoPrint {
  const running = new Set<Promise<void>>();
  const background = (what: string, print: () => Promise<unknown>) => {
    const task: Promise<void> = print()
      .then(
        () => {},
        (error: unknown) => stationLog.error(`[station] auto-print of ${what} failed:`, error),
      )
      .finally(() => running.delete(task));
    running.add(task);
  };
  return {
    afterPacked(orderId, operator) {
      background(`order ${orderId}`, () => printing.autoPrintPacked(orderId, operator));
    },
    afterBoxPacked(box, operator) {
      background(`the box of orders ${box.orderIds.join(', ')}`, () => printing.autoPrintBox(box, operator));
    },
    async settled() {
      await Promise.all(running);
    },
  };
}
