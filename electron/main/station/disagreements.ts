// Where Equipme and the lifecycle table disagreed, newest first: a read of the audit log on its own,
// so `station diagnostics` does not load the order screens' handlers (and sanitize-html behind them).
import type { TableDisagreement } from '../../../shared/ipc/outbox.ts';
import { listAudit } from '../db/audit-log.ts';
import type { StationDb } from '../db/connection.ts';

const DISAGREEMENTS_SHOWN = 200;

export function listDisagreements(ctx: { db: StationDb }): TableDisagreement[] {
  return listAudit(ctx.db, { kind: 'table-disagreement', limit: DISAGREEMENTS_SHOWN }).map((record) => ({
    ...(record.detail as Omit<TableDisagreement, 'at' | 'orderId'>),
    at: record.at,
    orderId: record.orderId ?? 0,
  }));
}
