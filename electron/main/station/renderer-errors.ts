// logs:renderer-error — what went wrong in the window, written to the station log. The payload is
// capped by its schema; the rate here, so a renderer stuck in an error loop cannot fill the disk:
// at most a burst of 20, then one a second, and how many were dropped is said once it calms down.
import type { InvokeHandlers } from '../ipc/handlers.ts';
import { stationLog } from '../logs/station-log.ts';

const BURST = 20;
const PER_SECOND = 1;

export function rendererErrorHandlers(now: () => Date): Pick<InvokeHandlers, 'logs:renderer-error'> {
  let tokens = BURST;
  let refilledAt = now().getTime();
  let dropped = 0;
  return {
    async 'logs:renderer-error'(args) {
      const at = now().getTime();
      tokens = Math.min(BURST, tokens + ((at - refilledAt) / 1000) * PER_SECOND);
      refilledAt = at;
      if (tokens < 1) {
        dropped++;
        return { ok: true, value: null };
      }
      tokens--;
      if (dropped > 0) {
        stationLog.warn(`[renderer] ${dropped} more renderer errors were not logged (too many at once)`);
        dropped = 0;
      }
      const where = args.source ? ` at ${args.source}` : '';
      stationLog.error(
        `[renderer] ${args.kind}: ${args.message}${where}`,
        ...(args.stack ? [args.stack] : []),
      );
      return { ok: true, value: null };
    },
  };
}
