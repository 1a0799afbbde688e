// Pull: every open order from the API into the cache, page by page, one transaction per page.

import { OPEN_STATUSES } from '../../../shared/domain/lifecycle.ts';
import { err, ok, type Result } from '../../../shared/domain/result.ts';
import type { ApiError, ApiErrorKind, EquipmeClient } from '../api/index.ts';
import {
  appendAudit,
  getStationId,
  markClosedExcept,
  type StationDb,
  upsertPulledOrders,
} from '../db/index.ts';

export interface PullSummary {
  orders: number;
  rejected: { id?: number; message: string }[];
  closed: number;
  /** Orders the server moved while this station had transitions pending for them. */
  conflicts: number[];
}

export async function pullOpenOrders(
  db: StationDb,
  client: EquipmeClient,
  now: () => Date,
  signal: AbortSignal,
  traffic: (outcome: ApiErrorKind | 'ok') => void,
): Promise<Result<PullSummary, ApiError>> {
  const seen = new Set<number>();
  const summary: PullSummary = { orders: 0, rejected: [], closed: 0, conflicts: [] };
  const query = { status: [...OPEN_STATUSES], limit: 1000, sortBy: 'date', sortOrder: 'asc' };
  for await (const page of client.iterateOrders(query, { signal })) {
    traffic(page.ok ? 'ok' : page.error.kind);
    if (!page.ok) return err(page.error);
    for (const outcome of upsertPulledOrders(db, page.value.orders, now())) {
      seen.add(outcome.orderId);
      if (outcome.conflict) summary.conflicts.push(outcome.orderId);
    }
    for (const rejected of page.value.rejected) {
      // An invalid order is never cached, but it is still open: keep its older copy open too.
      if (rejected.id !== undefined) seen.add(rejected.id);
      summary.rejected.push({
        ...(rejected.id !== undefined ? { id: rejected.id } : {}),
        message: rejected.message,
      });
    }
    summary.orders += page.value.orders.length;
  }
  // Only a complete listing may say which orders left the open statuses.
  summary.closed = markClosedExcept(db, seen).length;
  appendAudit(db, {
    at: now(),
    stationId: getStationId(db),
    operator: null,
    kind: 'pull-completed',
    detail: { ...summary, rejected: summary.rejected.length },
  });
  // A big pull changes the table's shape: let SQLite refresh its planner statistics.
  db.pragma('optimize');
  return ok(summary);
}
