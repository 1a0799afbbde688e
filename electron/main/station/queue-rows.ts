// The queue's rows for one window of orders: each with its pending steps, first product and sales
// order group. A fixed number of statements per window, whatever its size: one per fact, never one
// per row.
import type { QueueRow } from '../../../shared/ipc/orders.ts';
import type { StationDb } from '../db/connection.ts';
import type { OrderSummary } from '../db/order-columns.ts';
import { firstProductNames } from '../db/order-lookup.ts';
import { pendingCounts, salesOrderGroups } from '../db/order-queue-facts.ts';
import { queueGroup, queueRow } from './views.ts';

export function queueRows(db: StationDb, window: readonly OrderSummary[]): QueueRow[] {
  const ids = window.map((row) => row.id);
  const pending = pendingCounts(db, ids);
  const products = firstProductNames(db, ids);
  const groups = salesOrderGroups(
    db,
    window.map((row) => row.salesOrderId),
  );
  return window.map((row) =>
    queueRow(
      row,
      pending.get(row.id) ?? 0,
      products.get(row.id) ?? null,
      queueGroup(groups.get(row.salesOrderId)),
    ),
  );
}
