// Scan-to-verify as this station enforces it, on the shared pick rules (shared/domain/pick-progress.ts
// and workflow.ts): saved counts per line, and what is still missing before an order may move on.
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { pickLines } from '../../../shared/domain/pick-progress.ts';
import type { ScanMistakeCounts } from '../../../shared/ipc/picking.ts';
import { countAuditKinds } from '../db/audit-log.ts';
import type { StationDb } from '../db/connection.ts';
import type { CachedOrder } from '../db/order-columns.ts';
import { readOverride, readPickCounts, readPickRows } from '../db/picking.ts';

type PickedOrder = Pick<FulfillmentOrder, 'bomItems'>;

/** Picked quantity per bomItems index (zero where nothing is saved, never above the quantity). */
export function pickedPerLine(order: PickedOrder, saved: Map<number, number>): number[] {
  const counts = (order.bomItems ?? []).map((_item, line) => saved.get(line) ?? 0);
  return pickLines(order, counts).map((line) => line.picked);
}

/** The lines still short, as "name picked/quantity" for the operator. */
export function incompleteLines(order: PickedOrder, picked: readonly number[]): string[] {
  return pickLines(order, picked)
    .filter((line) => !line.complete)
    .map(
      (line) => `${line.name || line.partNumber || `line ${line.index + 1}`} ${line.picked}/${line.quantity}`,
    );
}

/**
 * Why this order may not close its parcel yet (move to packed, dispatch, or get its shipping label),
 * or null when every line is scanned or a supervisor overrode it.
 */
export function unverifiedRefusal(
  db: StationDb,
  cached: Pick<CachedOrder, 'id' | 'order' | 'orderNumber'>,
  doing: string,
): string | null {
  if (readOverride(db, cached.id)) return null;
  const short = incompleteLines(cached.order, pickedPerLine(cached.order, readPickCounts(db, cached.id)));
  if (short.length === 0) return null;
  return `Order ${cached.orderNumber} is not completely picked (${short.join(', ')}): scan the missing items before ${doing}, or ask a supervisor to override.`;
}

/** Statuses in which the box is still being filled; from ready-for-delivery on, it is packed. */
const PICKING_STATUSES: ReadonlySet<string> = new Set(['new', 'inprocess']);

/** Why this order's pick counts may no longer change (packed, sent or closed), or null. */
export function picksLockedRefusal(
  cached: Pick<CachedOrder, 'orderNumber' | 'effectiveStatus' | 'closed'>,
): string | null {
  if (!cached.closed && PICKING_STATUSES.has(cached.effectiveStatus)) return null;
  const state = cached.closed
    ? 'closed'
    : cached.effectiveStatus === 'ready-for-delivery'
      ? 'packed'
      : 'past packing';
  return `Order ${cached.orderNumber} is ${state} (status ${cached.effectiveStatus}): its pick counts are locked as packed, so nothing was changed. If the box is wrong, ask a supervisor to check it.`;
}

/** Of the picked quantity per line, how many were counted by hand. */
export function manualPerLine(order: PickedOrder, db: StationDb, orderId: number): number[] {
  const rows = readPickRows(db, orderId);
  const picked = pickedPerLine(order, readPickCounts(db, orderId));
  return picked.map((count, line) => Math.min(count, rows.get(line)?.manual ?? 0));
}

/** Wrong scans and over-scans on record for an order. */
export function scanMistakes(db: StationDb, orderId: number): ScanMistakeCounts {
  const counts = countAuditKinds(db, orderId, ['scan-wrong-item', 'scan-over-scan']);
  return { wrongScans: counts.get('scan-wrong-item') ?? 0, overScans: counts.get('scan-over-scan') ?? 0 };
}
