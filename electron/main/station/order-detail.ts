// Everything the order screen shows about one order, from the cache and this station's own records.
import { traitsOf } from '../../../shared/domain/lifecycle.ts';
import { orderActions } from '../../../shared/domain/workflow.ts';
import type { OrderDetail } from '../../../shared/ipc/orders.ts';
import type { StationDb } from '../db/connection.ts';
import { getOrder } from '../db/orders.ts';
import { listOutbox } from '../db/outbox-entries.ts';
import { readOverride, readPickCounts } from '../db/picking.ts';
import { partnerNoteText } from './partner-note.ts';
import { pickedPerLine } from './verification.ts';
import { entryView } from './views.ts';

export function orderDetail(db: StationDb, orderId: number): OrderDetail | undefined {
  const cached = getOrder(db, orderId);
  if (!cached) return undefined;
  const { order } = cached;
  const override = readOverride(db, orderId);
  return {
    order: {
      ...order,
      ...(typeof order.partnerNote === 'string' ? { partnerNote: partnerNoteText(order.partnerNote) } : {}),
    },
    serverStatus: cached.serverStatus,
    effectiveStatus: cached.effectiveStatus,
    allowedActions: orderActions(cached.effectiveStatus, traitsOf(order)),
    entries: listOutbox(db, { orderId }).map(entryView),
    picked: pickedPerLine(order, readPickCounts(db, orderId)),
    verificationOverride: override
      ? { by: override.operator, reason: override.reason, at: override.at }
      : null,
    conflict: cached.conflict
      ? { serverStatus: cached.conflict.serverStatus, expectedBefore: cached.conflict.expectedBefore }
      : null,
  };
}
