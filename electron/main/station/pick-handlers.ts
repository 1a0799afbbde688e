// picks:* — scan-to-verify records: pick counts per line, learned barcodes, supervisor overrides.
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import type { IpcError } from '../../../shared/ipc/envelope.ts';
import { appendAudit } from '../db/audit-log.ts';
import { getOrder } from '../db/orders.ts';
import {
  listLearnedBarcodes,
  readLearnedBarcode,
  readPickCounts,
  writeLearnedBarcode,
  writeOverride,
  writePickCount,
} from '../db/picking.ts';
import type { InvokeHandlers } from '../ipc/handlers.ts';
import { failure, orderNotFound } from './failures.ts';
import { orderDetail } from './order-detail.ts';
import { lockRefusal } from './order-lock.ts';
import type { StationContext } from './station-context.ts';
import { pickedPerLine } from './verification.ts';

type PickHandlers = Pick<
  InvokeHandlers,
  'picks:record' | 'picks:learn-barcode' | 'picks:barcodes' | 'picks:override'
>;

type BomLine = NonNullable<FulfillmentOrder['bomItems']>[number];

/** The order's pick line, or the failure to answer with. */
function pickLine(
  ctx: StationContext,
  orderId: number,
  line: number,
): { ok: true; order: FulfillmentOrder; item: BomLine } | { ok: false; error: IpcError } {
  const cached = getOrder(ctx.db, orderId);
  if (!cached) return orderNotFound(orderId);
  const items = cached.order.bomItems ?? [];
  const item = items[line];
  if (!item) {
    return failure(
      'rejected',
      `Order ${cached.orderNumber} has ${items.length} pick line(s); line ${line + 1} does not exist. Reopen the order.`,
    );
  }
  return { ok: true, order: cached.order, item };
}

export function pickHandlers(ctx: StationContext): PickHandlers {
  const { db, stationId } = ctx;
  const operator = () => ctx.settings.current().operator || null;
  return {
    async 'picks:record'({ orderId, line, delta }) {
      const found = pickLine(ctx, orderId, line);
      if (!found.ok) return found;
      const locked = lockRefusal(db, orderId, 'changing its pick list');
      if (locked) return failure('rejected', locked);
      // Counts are not audited per scan: they change with every keystroke of the scanner.
      const picked = db
        .transaction(() => {
          const saved = readPickCounts(db, orderId);
          const next = Math.min(
            Math.max(0, found.item.quantity),
            Math.max(0, (saved.get(line) ?? 0) + delta),
          );
          writePickCount(db, orderId, line, next, ctx.now());
          saved.set(line, next);
          return pickedPerLine(found.order, saved);
        })
        .immediate();
      return { ok: true, value: { picked } };
    },
    async 'picks:learn-barcode'({ orderId, line, code, pin }) {
      const found = pickLine(ctx, orderId, line);
      if (!found.ok) return found;
      const partNumber = found.item.product?.partNumber;
      if (!partNumber) {
        return failure(
          'rejected',
          `Pick line ${line + 1} has no part number, so a barcode cannot be linked to it. Confirm it by hand.`,
        );
      }
      const refused = await ctx.settings.checkPin(pin, 'learn-barcode', orderId);
      if (refused) return { ok: false, error: refused };
      const at = ctx.now();
      db.transaction(() => {
        const previous = readLearnedBarcode(db, code);
        writeLearnedBarcode(db, {
          code,
          partNumber,
          learnedBy: operator() ?? '',
          learnedAt: at.toISOString(),
        });
        appendAudit(db, {
          at,
          stationId,
          operator: operator(),
          kind: 'barcode-learned',
          orderId,
          detail: { code, partNumber, line, previousPartNumber: previous?.partNumber ?? null },
        });
      }).immediate();
      return { ok: true, value: { code, partNumber } };
    },
    async 'picks:barcodes'() {
      return { ok: true, value: listLearnedBarcodes(db) };
    },
    async 'picks:override'({ orderId, pin, reason }) {
      const cached = getOrder(db, orderId);
      if (!cached) return orderNotFound(orderId);
      const refused = await ctx.settings.checkPin(pin, 'verification-override', orderId);
      if (refused) return { ok: false, error: refused };
      const at = ctx.now();
      const by = operator() ?? 'supervisor';
      db.transaction(() => {
        const picked = pickedPerLine(cached.order, readPickCounts(db, orderId));
        writeOverride(db, orderId, { operator: by, reason, at: at.toISOString() });
        appendAudit(db, {
          at,
          stationId,
          operator: operator(),
          kind: 'verification-overridden',
          orderId,
          detail: { reason, picked },
        });
      }).immediate();
      const detail = orderDetail(db, orderId, { online: ctx.syncStatus().connectivity === 'online' });
      return detail ? { ok: true, value: detail } : orderNotFound(orderId);
    },
  };
}
