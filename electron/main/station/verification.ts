// Scan-to-verify as this station enforces it, on the shared pick rules (shared/domain/pick-progress.ts
// and workflow.ts): saved counts per line, and what is still missing before an order may move on.
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { pickLines } from '../../../shared/domain/pick-progress.ts';

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
