// One sales order, one shipment: its cached fulfillment orders (open and closed) split into boxes by
// delivery address (shared/domain/shipment-boxes.ts), each order with what the packer must know
// before the box's label (picked, verified, locked, instructions, unsent steps), the orders outside
// every box and the orders this station has not got. The box label's refusal is computed here, once
// per order and rule, for the screen and for shipment:print-label alike.
import { isKnownStatus, traitsOf } from '../../../shared/domain/lifecycle.ts';
import { pickLines } from '../../../shared/domain/pick-progress.ts';
import { splitShipment } from '../../../shared/domain/shipment-boxes.ts';
import { nextStep, requiresVerification } from '../../../shared/domain/workflow.ts';
import type { ShipmentBox, ShipmentOrderView, ShipmentView } from '../../../shared/ipc/shipment.ts';
import type { StationDb } from '../db/connection.ts';
import type { CachedOrder } from '../db/order-columns.ts';
import { firstProductNames } from '../db/order-lookup.ts';
import { pendingCountFor } from '../db/outbox-entries.ts';
import { readPickCounts } from '../db/picking.ts';
import { newestActivePrintJob } from '../db/print-ledger.ts';
import { ordersOfSalesOrder } from '../db/shipment-orders.ts';
import { lockRefusal } from './order-lock.ts';
import { instructionsRefusal, salesPicture } from './sales-picture.ts';
import type { StationContext } from './station-context.ts';
import { pickedPerLine, unverifiedRefusal } from './verification.ts';

export interface Shipment {
  view: ShipmentView;
  /** The cached orders of each box, in the order of `view.boxes`. */
  boxes: CachedOrder[][];
}

type ShipmentContext = Pick<StationContext, 'db' | 'settings' | 'printing'>;

/** The shipment of a sales order, or undefined when none of its fulfillment orders is cached. */
export function readShipment(ctx: ShipmentContext, salesOrderId: number): Shipment | undefined {
  const { db } = ctx;
  const orders = ordersOfSalesOrder(db, salesOrderId);
  const [first] = orders;
  if (!first) return undefined;
  const keys = ctx.settings.current().packingInstructionKeys;
  const sales = salesPicture(db, first, keys);
  const copy = sales.salesOrder.state === 'copy' ? sales.salesOrder : null;
  const total = copy?.fulfillmentOrders ?? null;
  const { boxes, outside } = splitShipment(orders);
  const products = firstProductNames(
    db,
    boxes.flatMap((box) => box.map((order) => order.id)),
  );
  return {
    boxes,
    view: {
      salesOrderId,
      orderNumber: copy?.orderNumber ?? first.orderNumber,
      customerName: first.customerName,
      total,
      cached: orders.length,
      missing: total === null ? null : Math.max(0, total - orders.length),
      boxes: boxes.map((box) => boxView(ctx, box, keys, products)),
      outside: outside.map(({ candidate, reason }) => ({
        orderId: candidate.id,
        effectiveStatus: candidate.effectiveStatus,
        transactionType: candidate.transactionType,
        reason,
      })),
      sales,
    },
  };
}

function boxView(
  ctx: ShipmentContext,
  orders: CachedOrder[],
  keys: readonly string[],
  products: Map<number, string>,
): ShipmentBox {
  const { db } = ctx;
  const label = newestActivePrintJob(
    db,
    orders.map((order) => order.id),
    'label',
  );
  const refused = orders.map((order) => ({ order, refusals: labelRefusals(db, order, keys) }));
  const labelRefusal = refused.flatMap(({ order, refusals: { lock, unverified, instructions } }) =>
    [lock, unverified, instructions].flatMap((refusal) =>
      refusal === null ? [] : [aboutBoxOrder(order.id, refusal)],
    ),
  );
  return {
    orderIds: orders.map((order) => order.id),
    address: orders[0]?.order.deliveryAddress ?? null,
    orders: refused.map(({ order, refusals }) =>
      orderView(db, order, refusals, products.get(order.id) ?? null),
    ),
    label: label ? (ctx.printing.getJob(label.job.id) ?? null) : null,
    labelRefusal: labelRefusal.join(' ') || null,
    nextStep: boxNextStep(orders),
  };
}

/** What keeps one order of a box from its label, rule by rule: the refusal, or null. */
interface LabelRefusals {
  lock: string | null;
  unverified: string | null;
  instructions: string | null;
}

function labelRefusals(db: StationDb, order: CachedOrder, keys: readonly string[]): LabelRefusals {
  return {
    lock: lockRefusal(db, order.id, 'printing the box label'),
    unverified: unverifiedFor(db, order, 'printing the box label'),
    instructions: instructionsRefusal(db, order, keys),
  };
}

function orderView(
  db: StationDb,
  cached: CachedOrder,
  refusals: LabelRefusals,
  firstProduct: string | null,
): ShipmentOrderView {
  const lines = pickLines(cached.order, pickedPerLine(cached.order, readPickCounts(db, cached.id)));
  return {
    orderId: cached.id,
    effectiveStatus: cached.effectiveStatus,
    firstProduct,
    picked: lines.reduce((sum, line) => sum + line.picked, 0),
    units: lines.reduce((sum, line) => sum + line.quantity, 0),
    verified: refusals.unverified === null,
    lock: cached.lock?.reason ?? null,
    instructionsDue: refusals.instructions !== null,
    pending: pendingCountFor(db, cached.id),
  };
}

/** Why the order may not close its parcel yet; null when it is verified or needs no verification. */
function unverifiedFor(db: StationDb, cached: CachedOrder, doing: string): string | null {
  if (!requiresVerification(cached.order, 'dispatchDelivery', cached.effectiveStatus)) return null;
  return unverifiedRefusal(db, cached, doing);
}

/** A refusal about one order of a box, saying which (a box's orders share the sales order's number). */
export const aboutBoxOrder = (orderId: number, message: string) =>
  `Fulfillment order ${orderId} of this box: ${message}`;

/** The box's next step when its orders stand in one status and that step is each one's next. */
function boxNextStep(orders: readonly CachedOrder[]): ShipmentBox['nextStep'] {
  const status = orders[0]?.effectiveStatus;
  if (status === undefined || !isKnownStatus(status)) return null;
  if (orders.some((order) => order.effectiveStatus !== status || order.lock !== null)) return null;
  const steps = new Set(orders.map((order) => nextStep(status, traitsOf(order.order))));
  const [action] = steps;
  return steps.size === 1 && action ? { action, from: status } : null;
}

/**
 * The box of the shipment with exactly these orders, or why not: the packer acts on what the screen
 * showed, and a box whose orders changed since is shown again first.
 */
export function boxAsSeen(
  shipment: Shipment,
  orderIds: readonly number[],
  doing: string,
): { ok: true; orders: CachedOrder[]; box: ShipmentBox } | { ok: false; message: string } {
  const seen = orderIds.join(', ');
  const index = shipment.view.boxes.findIndex((box) => box.orderIds.join(', ') === seen);
  const orders = shipment.boxes[index];
  const box = shipment.view.boxes[index];
  if (orders && box) return { ok: true, orders, box };
  const now = shipment.view.boxes.find((box) => box.orderIds.some((id) => orderIds.includes(id)));
  const message = now
    ? `The shipment changed since the screen showed it: this box now holds orders ${now.orderIds.join(', ')} (the screen showed ${seen}). Look at the shipment again, then ${doing}.`
    : `Orders ${seen} are no longer in a box of sales order ${shipment.view.orderNumber} (closed, moved on or gone): look at the shipment again, then ${doing}.`;
  return { ok: false, message };
}
