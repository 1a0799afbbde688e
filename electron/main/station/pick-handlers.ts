// picks:* — scan-to-verify records: pick counts per line (who, by hand or scanned), scan mistakes and
// their acknowledgements, learned barcodes, supervisor overrides.
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { orderProgress, pickLines } from '../../../shared/domain/pick-progress.ts';
import { isOwnLabel, normalizeScan } from '../../../shared/domain/scan-codes.ts';
import type { IpcError, IpcResponse } from '../../../shared/ipc/envelope.ts';
import type { ScanMistakeArgs, ScanMistakeCounts } from '../../../shared/ipc/picking.ts';
import { appendAudit } from '../db/audit-log.ts';
import type { CachedOrder } from '../db/order-columns.ts';
import { getOrder } from '../db/orders.ts';
import {
  listLearnedBarcodes,
  type PickCountRow,
  readLearnedBarcode,
  readPickCounts,
  readPickRows,
  writeLearnedBarcode,
  writeOverride,
  writePickCount,
} from '../db/picking.ts';
import type { InvokeHandlers } from '../ipc/handlers.ts';
import { failure, orderNotFound } from './failures.ts';
import { orderDetail } from './order-detail.ts';
import { lockRefusal } from './order-lock.ts';
import type { StationContext } from './station-context.ts';
import { manualPerLine, pickedPerLine, picksLockedRefusal, scanMistakes } from './verification.ts';

type PickHandlers = Pick<
  InvokeHandlers,
  | 'picks:record'
  | 'picks:learn-barcode'
  | 'picks:barcodes'
  | 'picks:override'
  | 'picks:mistake'
  | 'picks:acknowledge'
>;

type BomLine = NonNullable<FulfillmentOrder['bomItems']>[number];

/** The order's pick line, or the failure to answer with. */
function pickLine(
  ctx: StationContext,
  orderId: number,
  line: number,
):
  | { ok: true; cached: CachedOrder; order: FulfillmentOrder; item: BomLine }
  | { ok: false; error: IpcError } {
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
  return { ok: true, cached, order: cached.order, item };
}

/** Every pick line counted in full: the rule the print card's gate opens on (shared/domain). */
const allPicked = (order: FulfillmentOrder, picked: readonly number[]) =>
  orderProgress(pickLines(order, picked)).complete;

/** The saved count per line of the rows read. */
const countsOf = (rows: ReadonlyMap<number, PickCountRow>) =>
  new Map([...rows].map(([line, row]) => [line, row.picked]));

/** A manual +1 while "manual count needs supervisor" is on: the PIN, or why not. */
async function manualCountRefusal(
  ctx: StationContext,
  pin: string | undefined,
  orderId: number,
): Promise<IpcError | null> {
  if (pin === undefined && ctx.settings.view().supervisorPinSet) {
    return {
      code: 'wrong-pin',
      message:
        'Counting an item by hand needs the supervisor PIN: scan the item, or ask a supervisor to enter the PIN.',
    };
  }
  return ctx.settings.checkPin(pin ?? '', 'manual-count', orderId);
}

/** A wrong scan, an over-scan or its acknowledgement, in the audit log with who and when. */
async function recordMistake(
  ctx: StationContext,
  kind: 'scan-wrong-item' | 'scan-over-scan' | 'scan-mistake-acknowledged',
  args: ScanMistakeArgs,
): Promise<IpcResponse<ScanMistakeCounts>> {
  const cached = getOrder(ctx.db, args.orderId);
  if (!cached) return orderNotFound(args.orderId);
  appendAudit(ctx.db, {
    at: ctx.now(),
    stationId: ctx.stationId,
    operator: ctx.settings.current().operator || null,
    kind,
    orderId: args.orderId,
    detail: {
      code: normalizeScan(args.code),
      ...(kind === 'scan-mistake-acknowledged' ? { mistake: args.kind } : {}),
      ...(args.line !== undefined ? { line: args.line } : {}),
    },
  });
  return { ok: true, value: scanMistakes(ctx.db, args.orderId) };
}

export function pickHandlers(ctx: StationContext): PickHandlers {
  const { db, stationId } = ctx;
  const operator = () => ctx.settings.current().operator || null;
  return {
    async 'picks:record'({ orderId, line, delta, source, pin }) {
      const found = pickLine(ctx, orderId, line);
      if (!found.ok) return found;
      const by = operator();
      if (!by) return failure('rejected', 'Sign in first: scans are counted for the operator who packs.');
      const locked = lockRefusal(db, orderId, 'changing its pick list');
      if (locked) return failure('rejected', locked);
      const packed = picksLockedRefusal(found.cached);
      if (packed) return failure('rejected', packed);
      const byHand = source === 'manual' && delta === 1;
      if (byHand && ctx.settings.current().manualCountNeedsSupervisor) {
        const refused = await manualCountRefusal(ctx, pin, orderId);
        if (refused) return { ok: false, error: refused };
      }
      const at = ctx.now();
      const value = db
        .transaction(() => {
          const rows = readPickRows(db, orderId);
          const wasComplete = allPicked(found.order, pickedPerLine(found.order, countsOf(rows)));
          const before = rows.get(line) ?? { line, picked: 0, manual: 0, operator: null };
          const picked = Math.min(Math.max(0, found.item.quantity), Math.max(0, before.picked + delta));
          const manual = Math.min(picked, before.manual + (byHand && picked > before.picked ? 1 : 0));
          writePickCount(db, orderId, { line, picked, manual, operator: by }, at);
          // Scans are kept as counts; what a hand changed goes into the audit log one by one.
          if (source === 'manual' && picked !== before.picked) {
            appendAudit(db, {
              at,
              stationId,
              operator: by,
              kind: delta === 1 ? 'pick-counted-by-hand' : 'pick-taken-back',
              orderId,
              detail: { line, partNumber: found.item.product?.partNumber ?? null, picked },
            });
          }
          const after = pickedPerLine(found.order, readPickCounts(db, orderId));
          return { picked: after, flipped: wasComplete !== allPicked(found.order, after) };
        })
        .immediate();
      // The order became fully picked, or stopped being: screens showing it (its shipment's box label)
      // fetch it again. Ordinary counts need no event: the answer carries them to the screen scanning.
      if (value.flipped) ctx.feed.ordersChanged([orderId]);
      return { ok: true, value: { picked: value.picked, manual: manualPerLine(found.order, db, orderId) } };
    },
    async 'picks:learn-barcode'({ orderId, line, code, pin }) {
      const found = pickLine(ctx, orderId, line);
      if (!found.ok) return found;
      if (isOwnLabel(code)) {
        return failure(
          'rejected',
          `${normalizeScan(code)} is an order label this station prints, not a product barcode: it cannot be learned for a pick line. Scan the item itself.`,
        );
      }
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
    async 'picks:mistake'({ orderId, code, kind, line }) {
      return recordMistake(ctx, kind === 'wrong-item' ? 'scan-wrong-item' : 'scan-over-scan', {
        orderId,
        code,
        kind,
        line,
      });
    },
    async 'picks:acknowledge'(args) {
      return recordMistake(ctx, 'scan-mistake-acknowledged', args);
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
      ctx.feed.ordersChanged([orderId]);
      const detail = orderDetail(db, orderId, {
        online: ctx.syncStatus().connectivity === 'online',
        instructionKeys: ctx.settings.current().packingInstructionKeys,
      });
      return detail ? { ok: true, value: detail } : orderNotFound(orderId);
    },
  };
}
