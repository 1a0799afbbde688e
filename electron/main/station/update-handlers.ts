// updates:* — the updater as the renderer sees it. Whether an install may start is decided here in
// main (install-policy.ts), whatever the window shows; what it shows comes through station:showing.
import type { InvokeHandlers } from '../ipc/handlers.ts';
import { failure } from './failures.ts';
import type { StationUpdates } from './station-updates.ts';

type UpdateHandlers = Pick<InvokeHandlers, 'updates:status' | 'updates:install' | 'updates:later'>;

export function updateHandlers(updates: StationUpdates): UpdateHandlers {
  return {
    async 'updates:status'() {
      return { ok: true, value: updates.view() };
    },
    async 'updates:install'() {
      if (!updates.machine) {
        return failure(
          'rejected',
          'This station does not update itself (browser mode or a development build): install the new version by hand.',
        );
      }
      const result = updates.machine.installNow();
      return result.ok ? { ok: true, value: result.value } : { ok: false, error: result.error };
    },
    async 'updates:later'() {
      return { ok: true, value: updates.machine?.later() ?? updates.view() };
    },
  };
}
