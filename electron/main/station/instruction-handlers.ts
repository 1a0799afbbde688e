// orders:acknowledge-instructions — the packer read the customer's packing instructions for this
// order. Audited with what was read (a digest of the exact texts): instructions that change after it
// are asked again. The label waits for it (print-handlers.ts, instructionsRefusal).

import { appendAudit } from '../db/audit-log.ts';
import { getOrder } from '../db/orders.ts';
import { getStationId } from '../db/station.ts';
import type { InvokeHandlers } from '../ipc/handlers.ts';
import { failure, noOperator, orderNotFound } from './failures.ts';
import { orderDetail } from './order-detail.ts';
import { lockRefusal } from './order-lock.ts';
import { customerView, INSTRUCTIONS_ACKNOWLEDGED, instructionsDigest } from './sales-picture.ts';
import type { StationContext } from './station-context.ts';

type InstructionHandlers = Pick<InvokeHandlers, 'orders:acknowledge-instructions'>;

export function instructionHandlers(ctx: StationContext): InstructionHandlers {
  const { db } = ctx;
  return {
    async 'orders:acknowledge-instructions'({ orderId, digest }) {
      const operator = ctx.settings.current().operator;
      if (operator === '') return noOperator();
      const cached = getOrder(db, orderId);
      if (!cached) return orderNotFound(orderId);
      const locked = lockRefusal(db, orderId, 'packing');
      if (locked) return failure('rejected', locked);
      const keys = ctx.settings.current().packingInstructionKeys;
      const customer = customerView(db, cached.customerId, keys);
      const instructions = customer.state === 'copy' ? customer.instructions : [];
      if (instructions.length === 0) {
        return failure('rejected', `Order ${cached.orderNumber} has no packing instructions to acknowledge.`);
      }
      // The packer acknowledges what the screen showed: if the copy changed since, show it again.
      if (digest !== instructionsDigest(instructions)) {
        return failure(
          'rejected',
          `The packing instructions of ${customer.state === 'copy' ? customer.name : 'this customer'} changed while you read them. Read them again, then acknowledge.`,
        );
      }
      appendAudit(db, {
        at: ctx.now(),
        stationId: getStationId(db),
        operator,
        kind: INSTRUCTIONS_ACKNOWLEDGED,
        orderId,
        detail: { digest, keys: instructions.map((i) => i.key) },
      });
      ctx.feed.ordersChanged([orderId]);
      const detail = orderDetail(db, orderId, {
        online: ctx.syncStatus().connectivity === 'online',
        instructionKeys: keys,
      });
      return detail ? { ok: true, value: detail } : orderNotFound(orderId);
    },
  };
}
