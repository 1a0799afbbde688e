// Fulfillment orders of one sales order that the list shows one after the other are one group: a
// caption above the first opens their shipment. Only the rows fetched are looked at (a few windows),
// so a key typed costs a walk over about a hundred rows.
import type { QueueRow } from '../../../shared/ipc/orders.ts';
import { type QueueState, rowAt, WINDOW_SIZE } from './use-queue-store.ts';

/** The rows that start a group, by index, and the same set as one string (it changes when they do). */
export interface GroupStarts {
  starts: ReadonlySet<number>;
  signature: string;
}

export function groupStarts(windows: QueueState['windows']): GroupStarts {
  const starts = new Set<number>();
  for (const [window, rows] of Object.entries(windows)) {
    rows.forEach((row, at) => {
      const index = Number(window) * WINDOW_SIZE + at;
      if (startsGroup(row, rowAt({ windows }, index - 1))) starts.add(index);
    });
  }
  return { starts, signature: [...starts].join(',') };
}

/** A row before it that is not fetched yet counts as another sales order's. */
function startsGroup(row: QueueRow, before: QueueRow | undefined): boolean {
  if (!row.group) return false;
  return !before?.group || before.salesOrderId !== row.salesOrderId;
}
