// Picking an order's bill of materials with scan-to-verify: which line a scanned code belongs to,
// how far each line is, and whether the order may move on.
import type { FulfillmentOrder } from '../api/equipme.ts';
import type { LearnedBarcode } from '../ipc/picking.ts';
import { err, ok, type Result } from './result.ts';
import { gtinFromGs1, normalizeScan } from './scan-codes.ts';

type PickedOrder = Pick<FulfillmentOrder, 'bomItems'>;

/** One line of the pick list: a bomItems entry and how many of it are in the box. */
export interface PickLine {
  /** Index into the order's bomItems. */
  index: number;
  /** Empty when the bom item has no product reference. */
  name: string;
  partNumber: string;
  /** The product's id in the ERP, usually its EAN/GTIN. */
  externalId: string | null;
  quantity: number;
  /** Never more than `quantity`. */
  picked: number;
  complete: boolean;
}

export type ScanMatch =
  | { kind: 'matched'; line: PickLine; pickedAfter: number[]; lineComplete: boolean; orderComplete: boolean }
  /** The code belongs to the order, but every line it belongs to is already complete. */
  | { kind: 'over-scan'; line: PickLine }
  | { kind: 'wrong-item'; code: string };

export interface PickProgress {
  /** Pieces to pick. */
  total: number;
  picked: number;
  complete: boolean;
}

export interface PickAdjustProblem {
  code: 'no-such-line' | 'line-complete' | 'nothing-picked';
  message: string;
}

export function pickLines(order: PickedOrder, picked: readonly number[]): PickLine[] {
  return (order.bomItems ?? []).map((item, index) => {
    const quantity = Math.max(0, item.quantity);
    const count = Math.min(quantity, Math.max(0, picked[index] ?? 0));
    return {
      index,
      name: item.product?.name ?? '',
      partNumber: item.product?.partNumber ?? '',
      externalId: item.product?.externalId ?? null,
      quantity,
      picked: count,
      complete: count >= quantity,
    };
  });
}

/**
 * Which pick line a scanned code is for: by part number (ignoring case, spaces and dashes), by the
 * product's EAN/GTIN (also inside a GS1 code; leading zeros between GTIN lengths do not matter) or by
 * a barcode the station learned. When several lines share the code, the first incomplete one wins.
 */
export function matchScan(
  order: PickedOrder,
  picked: readonly number[],
  code: string,
  learned: readonly LearnedBarcode[],
): ScanMatch {
  const scanned = normalizeScan(code);
  const lines = pickLines(order, picked);
  const candidates = scanned === '' ? [] : lines.filter((line) => lineAccepts(line, scanned, learned));
  const line = candidates.find((l) => !l.complete);
  if (line === undefined) {
    const full = candidates[0];
    return full === undefined ? { kind: 'wrong-item', code: scanned } : { kind: 'over-scan', line: full };
  }
  const pickedAfter = lines.map((l) => (l.index === line.index ? l.picked + 1 : l.picked));
  const after = pickLines(order, pickedAfter);
  const lineAfter = after[line.index] ?? line;
  return {
    kind: 'matched',
    line: lineAfter,
    pickedAfter,
    lineComplete: lineAfter.complete,
    orderComplete: orderProgress(after).complete,
  };
}

/** A manual +1/−1 on a pick line, kept within 0..quantity. */
export function adjustPick(
  order: PickedOrder,
  picked: readonly number[],
  index: number,
  delta: 1 | -1,
): Result<number[], PickAdjustProblem> {
  const lines = pickLines(order, picked);
  const line = lines[index];
  if (line === undefined) {
    return err({
      code: 'no-such-line',
      message: `The order has no pick line ${index + 1}: reopen the order.`,
    });
  }
  if (delta === 1 && line.complete) {
    return err({
      code: 'line-complete',
      message: `All ${line.quantity} of ${line.name || line.partNumber} are already picked.`,
    });
  }
  if (delta === -1 && line.picked === 0) {
    return err({
      code: 'nothing-picked',
      message: `None of ${line.name || line.partNumber} is picked yet.`,
    });
  }
  return ok(lines.map((l) => (l.index === index ? l.picked + delta : l.picked)));
}

export function orderProgress(lines: readonly PickLine[]): PickProgress {
  return {
    total: lines.reduce((sum, line) => sum + line.quantity, 0),
    picked: lines.reduce((sum, line) => sum + line.picked, 0),
    complete: lines.every((line) => line.complete),
  };
}

/** May the order leave the pick step: everything picked, a supervisor's override, or nothing to pick. */
export function isVerified(order: PickedOrder, picked: readonly number[], hasOverride: boolean): boolean {
  return hasOverride || orderProgress(pickLines(order, picked)).complete;
}

function lineAccepts(line: PickLine, scanned: string, learned: readonly LearnedBarcode[]): boolean {
  if (line.externalId !== null && sameProductCode(line.externalId, scanned)) return true;
  const part = partKey(line.partNumber);
  if (part === '') return false;
  if (partKey(scanned) === part) return true;
  const upper = scanned.toUpperCase();
  return learned.some((l) => normalizeScan(l.code).toUpperCase() === upper && partKey(l.partNumber) === part);
}

/** Part numbers are printed with and without spaces and dashes, in any case. */
export function partKey(partNumber: string): string {
  return partNumber.replace(/[\s-]/g, '').toUpperCase();
}

function sameProductCode(externalId: string, scanned: string): boolean {
  const id = externalId.trim();
  if (id === '') return false;
  if (id.toUpperCase() === scanned.toUpperCase()) return true;
  const wanted = gtinKey(id);
  if (wanted === null) return false;
  return wanted === gtinKey(scanned) || wanted === gtinKey(gtinFromGs1(scanned) ?? '');
}

/**
 * A GTIN padded to 14 digits: EAN-8, UPC-A (12), EAN-13 and GTIN-14 of one product differ only by
 * leading zeros. Null for anything else, so short ERP ids are compared exactly.
 */
function gtinKey(code: string): string | null {
  return /^(\d{8}|\d{12,14})$/.test(code) ? code.padStart(14, '0') : null;
}
