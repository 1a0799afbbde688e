// SQL for shop_packing_steps: the packing status a shop order has at this station, kept here only.
import type { StationDb } from './connection.ts';
import { statement } from './statements.ts';

/** What the packer did with a shop order here: started, packed it, or handed it to the carrier. */
export type ShopPackingStep = 'packing' | 'packed' | 'handed-to-carrier';

export interface ShopPackingRecord {
  orderKey: number;
  step: ShopPackingStep;
  /** The station status the step put the order in (`in-process`, `ready-for-delivery`, …). */
  status: string;
  operator: string | null;
  at: string;
}

// A step taken again (after a supervisor put the order back) keeps its newest time and operator.
const RECORD = `
  INSERT INTO shop_packing_steps (order_key, step, status, operator, at) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (order_key, step) DO UPDATE SET status = excluded.status, operator = excluded.operator,
    at = excluded.at`;
const STEPS_OF = `
  SELECT order_key AS orderKey, step, status, operator, at FROM shop_packing_steps
  WHERE order_key = ? ORDER BY at, step`;

export function recordShopStep(db: StationDb, record: ShopPackingRecord): void {
  statement(db, RECORD).run(record.orderKey, record.step, record.status, record.operator, record.at);
}

/** An order's steps here, oldest first. */
export function shopStepsOf(db: StationDb, orderKey: number): ShopPackingRecord[] {
  return statement(db, STEPS_OF).all(orderKey) as ShopPackingRecord[];
}
