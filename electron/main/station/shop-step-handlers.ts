// shop:step — a packing step of a shop order, recorded at this station only: the shops are read-only,
// so nothing is queued and nothing is ever sent (docs/sources.md). The press passes the very rules of
// an Equipme step first (step-checks.ts: open, unlocked, the status on screen, verified before the
// parcel closes, the label confirmation), then in one transaction the step is recorded, audited, and
// the order row takes its new status; the hand-over to the carrier ends the order's work here.
import { sourceOfKey } from '../../../shared/domain/order-keys.ts';
import { shopStepRule } from '../../../shared/domain/shop-steps.ts';
import { appendAudit } from '../db/audit-log.ts';
import { recordShopStep } from '../db/shop-packing.ts';
import { statement } from '../db/statements.ts';
import type { InvokeHandlers } from '../ipc/handlers.ts';
import { failure, noOperator } from './failures.ts';
import { orderDetail } from './order-detail.ts';
import type { StationContext } from './station-context.ts';
import { checkStep } from './step-checks.ts';

type ShopStepHandlers = Pick<InvokeHandlers, 'shop:step'>;

// The row shows the new status at once; the JSON's status follows so every reader agrees.
const SET_STATUS = `UPDATE orders SET server_status = @to, effective_status = @to,
    json = json_set(json, '$.status', @to), closed = @closed
  WHERE id = @key AND id < 0`;

export function shopStepHandlers(ctx: StationContext): ShopStepHandlers {
  const { db } = ctx;
  return {
    async 'shop:step'({ orderId, step, seenStatus, confirmed }) {
      const operator = ctx.settings.current().operator;
      if (operator === '') return noOperator();
      if (sourceOfKey(orderId) === 'equipme') {
        return failure(
          'rejected',
          `Order ${orderId} is an Equipme order: its steps are sent to Equipme (transitions).`,
        );
      }
      const rule = shopStepRule(step);
      const checked = checkStep(db, { orderId, action: rule.action, seenStatus, confirmed });
      if (!checked.ok) return checked;
      const { cached } = checked;
      if (cached.effectiveStatus !== rule.from) {
        return failure(
          'rejected',
          `Order ${cached.orderNumber} is ${cached.effectiveStatus} here: '${step}' follows ${rule.from}. The screen has been updated.`,
        );
      }
      const at = ctx.now();
      db.transaction(() => {
        recordShopStep(db, { orderKey: orderId, step, status: rule.to, operator, at: at.toISOString() });
        statement(db, SET_STATUS).run({
          key: orderId,
          to: rule.to,
          closed: step === 'handed-to-carrier' ? 1 : 0,
        });
        appendAudit(db, {
          at,
          stationId: ctx.stationId,
          operator,
          kind: 'shop-step',
          orderId,
          detail: { source: sourceOfKey(orderId), step, from: rule.from, to: rule.to },
        });
      }).immediate();
      ctx.feed.ordersChanged([orderId]);
      // Verified and packed: auto-print as for an Equipme order.
      if (step === 'packed') ctx.afterPacked(orderId, operator);
      const detail = orderDetail(db, orderId, {
        online: ctx.syncStatus().connectivity === 'online',
        instructionKeys: ctx.settings.current().packingInstructionKeys,
      });
      if (!detail)
        return failure('not-found', `Order ${cached.orderNumber} is no longer in this station's list.`);
      return { ok: true, value: detail };
    },
  };
}
