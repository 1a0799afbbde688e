// orders:take-server-status, orders:release-lock, transitions:supervisor, outbox:disagreements —
// the explicit ways out of a locked order, and the supervisor's say where our lifecycle table is
// only an assumption. Every one of them is audited.
import { checkTransition, traitsOf } from '../../../shared/domain/lifecycle.ts';
import { appendAudit } from '../db/audit-log.ts';
import { clearLock, readLock } from '../db/order-locks.ts';
import { getOrder, markClosed } from '../db/orders.ts';
import { unappliedEntries } from '../db/outbox-entries.ts';
import type { InvokeHandlers } from '../ipc/handlers.ts';
import { discardEntry, enqueueTransition } from '../outbox/index.ts';
import { listDisagreements } from './disagreements.ts';
import { failure, noOperator, orderNotFound, outboxFailure } from './failures.ts';
import { orderDetail } from './order-detail.ts';
import type { StationContext } from './station-context.ts';
import { entryView } from './views.ts';

type LockHandlers = Pick<
  InvokeHandlers,
  'orders:take-server-status' | 'orders:release-lock' | 'transitions:supervisor' | 'outbox:disagreements'
>;

export function lockHandlers(ctx: StationContext): LockHandlers {
  const { db } = ctx;
  const online = () => ctx.syncStatus().connectivity === 'online';
  const detailOf = (orderId: number) => {
    ctx.backend().engine?.wake();
    ctx.feed.outboxChanged();
    ctx.feed.ordersChanged([orderId]);
    const detail = orderDetail(db, orderId, {
      online: online(),
      instructionKeys: ctx.settings.current().packingInstructionKeys,
    });
    return detail ? ({ ok: true, value: detail } as const) : orderNotFound(orderId);
  };

  return {
    async 'orders:take-server-status'({ orderId, reason }) {
      const operator = ctx.settings.current().operator;
      if (operator === '') return noOperator();
      const cached = getOrder(db, orderId);
      if (!cached) return orderNotFound(orderId);
      const lock = cached.lock;
      if (!lock) return failure('rejected', `Order ${cached.orderNumber} is not locked: nothing to take.`);
      if (lock.reason === 'race') {
        return failure(
          'rejected',
          `Another station moved order ${cached.orderNumber} at the same moment: a supervisor must check the box and release the lock.`,
        );
      }
      const unsent = unappliedEntries(db, orderId);
      if (unsent.some((entry) => entry.state === 'sending')) {
        return failure(
          'rejected',
          'A step of this order is being sent right now: wait a few seconds, then try again.',
        );
      }
      const at = ctx.now();
      const refused = db
        .transaction(() => {
          // Discarding the oldest discards the ones after it too.
          const oldest = unsent[0];
          if (oldest) {
            const discarded = discardEntry(db, oldest.id, `Took Equipme's status: ${reason}`, operator, at);
            if (!discarded.ok) return discarded.error;
          }
          clearLock(db, orderId);
          // Equipme no longer shows the order: it has left this station's work.
          if (lock.reason === 'gone') markClosed(db, [orderId]);
          appendAudit(db, {
            at,
            stationId: ctx.stationId,
            operator,
            kind: 'order-server-status-taken',
            orderId,
            detail: { reason, lock: { ...lock }, discarded: unsent.map((entry) => entry.id) },
          });
          return null;
        })
        .immediate();
      if (refused) return outboxFailure(refused);
      return detailOf(orderId);
    },

    async 'orders:release-lock'({ orderId, pin, reason }) {
      const cached = getOrder(db, orderId);
      if (!cached) return orderNotFound(orderId);
      if (!cached.lock) return failure('rejected', `Order ${cached.orderNumber} is not locked.`);
      const refusedPin = await ctx.settings.checkPin(pin, 'release-lock', orderId);
      if (refusedPin) return { ok: false, error: refusedPin };
      const at = ctx.now();
      db.transaction(() => {
        const lock = readLock(db, orderId);
        clearLock(db, orderId);
        appendAudit(db, {
          at,
          stationId: ctx.stationId,
          operator: ctx.settings.current().operator || null,
          kind: 'order-lock-released',
          orderId,
          detail: { reason, lock: lock ? { ...lock } : null },
        });
      }).immediate();
      return detailOf(orderId);
    },

    async 'transitions:supervisor'({ orderId, action, pin, reason, activationDate }) {
      const operator = ctx.settings.current().operator;
      if (operator === '') return noOperator();
      const cached = getOrder(db, orderId);
      if (!cached) return orderNotFound(orderId);
      if (!online()) {
        return failure(
          'rejected',
          'Another action is only sent while the station is online: Equipme decides at once whether it applies.',
        );
      }
      // What the table offers goes through its own button, with its own checks (verification).
      if (checkTransition(cached.effectiveStatus, action, traitsOf(cached.order)).ok) {
        return failure('rejected', `The station offers '${action}' for this order: use its button instead.`);
      }
      const refusedPin = await ctx.settings.checkPin(pin, 'supervisor-action', orderId);
      if (refusedPin) return { ok: false, error: refusedPin };
      const at = ctx.now();
      const result = db
        .transaction(() => {
          const queued = enqueueTransition(db, {
            orderId,
            action,
            activationDate: activationDate ?? null,
            operator,
            stationId: ctx.stationId,
            now: at,
            offTable: true,
          });
          if (queued.ok) {
            appendAudit(db, {
              at,
              stationId: ctx.stationId,
              operator,
              kind: 'supervisor-action',
              orderId,
              outboxEntryId: queued.value.id,
              detail: { action, reason, status: queued.value.statusBefore },
            });
          }
          return queued;
        })
        .immediate();
      if (!result.ok) return outboxFailure(result.error);
      ctx.backend().engine?.wake();
      ctx.feed.status(ctx.syncStatus());
      return { ok: true, value: entryView(result.value) };
    },

    async 'outbox:disagreements'() {
      return { ok: true, value: listDisagreements(ctx) };
    },
  };
}
