// shipment:* — a sales order's fulfillment orders packed as one shipment: the view in boxes, one label
// per box, and one step for a box that gives each of its orders its own outbox entry. Main recomputes
// the shipment on every call and acts only on the box the packer saw; every order is checked with
// the rules of its own screen (step-checks.ts, the label's rules) before anything is queued or printed.
import type { InvokeHandlers } from '../ipc/handlers.ts';
import { enqueueTransitions } from '../outbox/index.ts';
import { failure, noOperator, outboxFailure, printOrderFailure } from './failures.ts';
import { aboutBoxOrder, boxAsSeen, readShipment, type Shipment } from './shipment-view.ts';
import type { StationContext } from './station-context.ts';
import { checkStep } from './step-checks.ts';
import { entryView } from './views.ts';

type ShipmentHandlers = Pick<InvokeHandlers, 'shipment:get' | 'shipment:print-label' | 'shipment:step'>;

const salesOrderNotFound = (salesOrderId: number) =>
  failure(
    'not-found',
    `Sales order ${salesOrderId} has no fulfillment orders in this station's order list. Refresh the orders (Sync now) and try again.`,
  );

export function shipmentHandlers(ctx: StationContext): ShipmentHandlers {
  const { db } = ctx;
  const shipmentOf = (salesOrderId: number): Shipment | undefined => readShipment(ctx, salesOrderId);

  return {
    async 'shipment:get'({ salesOrderId }) {
      const shipment = shipmentOf(salesOrderId);
      return shipment ? { ok: true, value: shipment.view } : salesOrderNotFound(salesOrderId);
    },
    async 'shipment:print-label'({ salesOrderId, orderIds, ...request }) {
      const operator = ctx.settings.current().operator;
      if (operator === '') return noOperator();
      const shipment = shipmentOf(salesOrderId);
      if (!shipment) return salesOrderNotFound(salesOrderId);
      const box = boxAsSeen(shipment, orderIds, 'print its label');
      if (!box.ok) return failure('rejected', box.message);
      if (box.box.labelRefusal !== null) return failure('rejected', box.box.labelRefusal);
      const printed = await ctx.printing.printBoxLabel(
        { salesOrderNumber: shipment.view.orderNumber, orderIds },
        { operator, ...withoutUndefined(request) },
      );
      return printed.ok ? printed : printOrderFailure(printed.error);
    },
    async 'shipment:step'({ salesOrderId, orderIds, action, seenStatus, confirmed }) {
      const operator = ctx.settings.current().operator;
      if (operator === '') return noOperator();
      const shipment = shipmentOf(salesOrderId);
      if (!shipment) return salesOrderNotFound(salesOrderId);
      const box = boxAsSeen(shipment, orderIds, 'press the step again');
      if (!box.ok) return failure('rejected', box.message);
      // Every order first: one refused, none is queued.
      let closesParcel = true;
      for (const orderId of orderIds) {
        const checked = checkStep(db, { orderId, action, seenStatus, confirmed });
        if (!checked.ok) return failure(checked.error.code, aboutBoxOrder(orderId, checked.error.message));
        closesParcel &&= checked.closesParcel;
      }
      const now = ctx.now();
      const queued = enqueueTransitions(
        db,
        orderIds.map((orderId) => ({ orderId, action, operator, stationId: ctx.stationId, now })),
      );
      if (!queued.ok) return outboxFailure(queued.error);
      ctx.backend().engine?.wake();
      ctx.feed.status(ctx.syncStatus());
      // Packed together: one label for the box (auto-print), not one per order.
      if (closesParcel && action === 'process') {
        ctx.afterBoxPacked({ salesOrderNumber: shipment.view.orderNumber, orderIds }, operator);
      }
      return { ok: true, value: queued.value.map(entryView) };
    },
  };
}

/** The optional print fields the packer gave (an absent one keeps the print's default). */
function withoutUndefined<T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
