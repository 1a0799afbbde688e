// station:info, sync:*, settings:* — the station itself: who it is, how sync goes, its settings.
import { unsettled } from '../../../shared/domain/sync-status.ts';
import { outboxCounts } from '../db/outbox-entries.ts';
import type { InvokeHandlers } from '../ipc/handlers.ts';
import { engineSchedule } from '../sync/equipme-settings.ts';
import { failure } from './failures.ts';
import type { StationContext } from './station-context.ts';

type StationHandlers = Pick<
  InvokeHandlers,
  'station:info' | 'sync:status' | 'sync:now' | 'settings:get' | 'settings:update' | 'settings:update-source'
>;

export function stationHandlers(
  ctx: StationContext,
  serialize: <T>(task: () => Promise<T>) => Promise<T>,
): StationHandlers {
  return {
    async 'station:info'() {
      const backend = ctx.backend();
      return {
        ok: true,
        value: {
          version: ctx.version,
          mode: backend.mode,
          apiUrl: backend.apiUrl,
          stationId: ctx.stationId,
          shell: ctx.shell,
        },
      };
    },
    async 'sync:status'() {
      return { ok: true, value: ctx.syncStatus() };
    },
    async 'sync:now'() {
      const engine = ctx.backend().engine;
      // Switched off, Equipme is asked nothing, not even on a press of Sync now; the shops are.
      if (engine && ctx.settings.current().equipme.enabled) {
        // A failed pull is in the status (lastProblem); the outbox is drained either way.
        await engine.pull();
        engine.wake();
      }
      ctx.shops().pulls.wake();
      const status = ctx.syncStatus();
      ctx.feed.status(status);
      return { ok: true, value: status };
    },
    async 'settings:get'() {
      return { ok: true, value: ctx.settings.view() };
    },
    'settings:update': (args) =>
      // One change at a time: two quick saves must not start two backends.
      serialize(async () => {
        const before = ctx.settings.current();
        const otherApi = args.apiUrl !== undefined && args.apiUrl !== before.apiUrl;
        const waiting = unsettled(outboxCounts(ctx.db));
        if (otherApi && waiting > 0) {
          return failure(
            'rejected',
            `${waiting} change(s) still wait to be sent to ${ctx.backend().apiUrl}. Let the station send them, or discard them in the outbox, before switching to another API.`,
          );
        }
        const result = await ctx.settings.update(args);
        if (!result.ok) return result;
        if (result.value.apiChanged) await ctx.restartBackend({ otherApi });
        const equipme = ctx.settings.current().equipme;
        if (equipme !== before.equipme) {
          // Applies at once to the running engine (a new one reads the settings as it starts).
          ctx.backend().engine?.configure(engineSchedule(equipme));
          ctx.feed.status(ctx.syncStatus());
        }
        if (result.value.apiChanged || before.locationIds !== ctx.settings.current().locationIds) {
          ctx.feed.allOrdersChanged();
        }
        return { ok: true, value: ctx.settings.view() };
      }),
    'settings:update-source': (args) =>
      serialize(async () => {
        const result = await ctx.settings.updateSource(args);
        if (!result.ok) return result;
        if (result.value.changed) await ctx.restartShops();
        return { ok: true, value: ctx.settings.view() };
      }),
  };
}
