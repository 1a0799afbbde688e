// Everything the order screen shows about one order, from the cache and this station's own records.
import { FULFILLMENT_ACTIONS } from '../../../shared/api/equipme.ts';
import { traitsOf, unknownToStation } from '../../../shared/domain/lifecycle.ts';
import { unknownValuesOf } from '../../../shared/domain/unknown-values.ts';
import { orderActions } from '../../../shared/domain/workflow.ts';
import type { OrderDetail } from '../../../shared/ipc/orders.ts';
import type { StationDb } from '../db/connection.ts';
import { getOrder } from '../db/orders.ts';
import { listOutbox } from '../db/outbox-entries.ts';
import { readOverride, readPickCounts } from '../db/picking.ts';
import { noteText } from '../note-text.ts';
import { lockView } from './order-lock.ts';
import { salesPicture } from './sales-picture.ts';
import { shopOrderView } from './shop-order-view.ts';
import { manualPerLine, pickedPerLine, picksLockedRefusal, scanMistakes } from './verification.ts';
import { entryView } from './views.ts';

const UNSENT = new Set(['pending', 'sending', 'held', 'failed']);

/**
 * `online`: the station talks to Equipme right now (a supervisor's off-table action needs it);
 * `instructionKeys`: the customer metadata keys that hold packing instructions (settings).
 */
export function orderDetail(
  db: StationDb,
  orderId: number,
  opts: { online: boolean; instructionKeys: readonly string[] },
): OrderDetail | undefined {
  const cached = getOrder(db, orderId);
  if (!cached) return undefined;
  const { order } = cached;
  const override = readOverride(db, orderId);
  const traits = traitsOf(order);
  const entries = listOutbox(db, { orderId }).map(entryView);
  const unknownReason = unknownToStation(cached.effectiveStatus, traits);
  const shop = shopOrderView(db, cached);
  // A shop order takes its steps through shop:step; nothing of it is ever sent.
  const allowed = cached.lock || shop ? [] : orderActions(cached.effectiveStatus, traits);
  const quiet =
    opts.online &&
    !shop &&
    !cached.lock &&
    !cached.closed &&
    unknownReason === null &&
    !entries.some((e) => UNSENT.has(e.state));
  return {
    order: {
      ...order,
      ...(typeof order.partnerNote === 'string' ? { partnerNote: noteText(order.partnerNote) } : {}),
    },
    serverStatus: cached.serverStatus,
    effectiveStatus: cached.effectiveStatus,
    allowedActions: allowed,
    unknownValues: unknownValuesOf(order),
    unknownReason,
    supervisorActions: quiet ? FULFILLMENT_ACTIONS.filter((action) => !allowed.includes(action)) : [],
    lock: cached.lock ? lockView(cached.lock) : null,
    entries,
    picked: pickedPerLine(order, readPickCounts(db, orderId)),
    manual: manualPerLine(order, db, orderId),
    mistakes: scanMistakes(db, orderId),
    picksLocked: picksLockedRefusal(cached),
    verificationOverride: override
      ? { by: override.operator, reason: override.reason, at: override.at }
      : null,
    sales: salesPicture(db, cached, opts.instructionKeys),
    shop,
  };
}
