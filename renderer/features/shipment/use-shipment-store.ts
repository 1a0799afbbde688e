// The open shipment: one sales order's fulfillment orders at this station, in boxes by address
// (`shipment:get`), kept current while the screen is up, and the steps that move a box's orders on
// together (`shipment:step`: main gives each order its own outbox entry).
import { create } from 'zustand';
import type { FulfillmentAction, FulfillmentStatus } from '../../../shared/api/equipme.ts';
import type { ShipmentBox, ShipmentView } from '../../../shared/ipc/shipment.ts';
import { invoke } from '../../api/station.ts';

/** What names a box in the state below: its orders' ids (a box is exactly its orders). */
export const boxKey = (box: Pick<ShipmentBox, 'orderIds'>) => box.orderIds.join(',');

export interface ShipmentState {
  salesOrderId: number | null;
  view: ShipmentView | null;
  loadError: string | null;
  /** The box whose step is being sent (its button shows it and cannot be pressed twice). */
  stepping: string | null;
  /** Main's refusal of a box's last step, by box. */
  stepErrors: Record<string, string>;
  open(salesOrderId: number): Promise<void>;
  close(): void;
  /** Fetches the shipment again; answers to an older request never replace a newer one. */
  reload(): Promise<void>;
  /** Every order of the box one step on, as pressed while the box showed `seenStatus`. */
  step(
    box: ShipmentBox,
    choice: { action: FulfillmentAction; seenStatus: FulfillmentStatus; confirmed?: boolean },
  ): Promise<string | null>;
  /**
   * The packer read the packing instructions shown: acknowledged for every boxed order they are due
   * for, one after the other. Resolves to main's first refusal, or null.
   */
  acknowledgeInstructions(): Promise<string | null>;
}

export const useShipmentStore = create<ShipmentState>()((set, get) => {
  let asked = 0;

  return {
    salesOrderId: null,
    view: null,
    loadError: null,
    stepping: null,
    stepErrors: {},

    async open(salesOrderId) {
      set({ salesOrderId, view: null, loadError: null, stepping: null, stepErrors: {} });
      await get().reload();
    },

    close() {
      asked++;
      set({ salesOrderId: null, view: null, loadError: null, stepping: null, stepErrors: {} });
    },

    async reload() {
      const salesOrderId = get().salesOrderId;
      if (salesOrderId === null) return;
      const mine = ++asked;
      const response = await invoke('shipment:get', { salesOrderId });
      if (mine !== asked || get().salesOrderId !== salesOrderId) return;
      if (response.ok) set({ view: response.value, loadError: null });
      else set({ loadError: response.error.message });
    },

    async step(box, { action, seenStatus, confirmed }) {
      const salesOrderId = get().salesOrderId;
      if (salesOrderId === null || get().stepping !== null) return null;
      const key = boxKey(box);
      const { [key]: _, ...otherErrors } = get().stepErrors;
      set({ stepping: key, stepErrors: otherErrors });
      const response = await invoke('shipment:step', {
        salesOrderId,
        orderIds: box.orderIds,
        action,
        seenStatus,
        ...(confirmed ? { confirmed: true } : {}),
      });
      if (get().salesOrderId !== salesOrderId) return null;
      set({ stepping: null });
      if (!response.ok) set({ stepErrors: { ...get().stepErrors, [key]: response.error.message } });
      // Either way, show where the orders stand now (a refusal may mean one of them moved on).
      await get().reload();
      return response.ok ? null : response.error.message;
    },

    async acknowledgeInstructions() {
      const { view } = get();
      const digest = view?.sales.instructionsDigest ?? null;
      if (!view || digest === null) return null;
      const due = view.boxes.flatMap((box) => box.orders.filter((order) => order.instructionsDue));
      for (const order of due) {
        const response = await invoke('orders:acknowledge-instructions', { orderId: order.orderId, digest });
        if (!response.ok) {
          await get().reload();
          return response.error.message;
        }
      }
      await get().reload();
      return null;
    },
  };
});
