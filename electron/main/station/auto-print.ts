// Auto-print when an order is packed: started in the background once the packed step is queued, so
// the transition never waits on a printer. The ledger makes it once per order and document; what
// goes wrong with a printer shows on the job (queued with retries, failed with its reason).
import type { PrintService } from '../printing/index.ts';

export interface AutoPrint {
  /** The packed step of the order was queued: print what auto-print is on for. Returns at once. */
  afterPacked(orderId: number, operator: string): void;
  /** Resolves when every auto-print started so far has its jobs in the ledger (before closing). */
  settled(): Promise<void>;
}

export function createAutoPrint(printing: PrintService): AutoPrint {
  const running = new Set<Promise<void>>();
  return {
    afterPacked(orderId, operator) {
      const task: Promise<void> = printing
        .autoPrintPacked(orderId, operator)
        .then(
          () => {},
          (error: unknown) => console.error(`[station] auto-print of order ${orderId} failed:`, error),
        )
        .finally(() => running.delete(task));
      running.add(task);
    },
    async settled() {
      await Promise.all(running);
    },
  };
}
