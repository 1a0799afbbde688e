// station:showing, station:resume, station:displays — what the screen shows, kept in main so that
// a page that crashed and reloads reopens that order or shipment (its picks are in the database
// already) and the updater never installs over it, and the displays the desktop app can open on. The open order lives in memory only: a relaunch of
// the app starts on the queue, like a restart signs the operator out.
import type { ResumePoint } from '../../../shared/ipc/recovery.ts';
import type { DisplayInfo } from '../../../shared/ipc/station-pc.ts';
import type { InvokeHandlers } from '../ipc/handlers.ts';

type RecoveryHandlers = Pick<InvokeHandlers, 'station:showing' | 'station:resume' | 'station:displays'>;

/**
 * `displays`: the desktop app's list; browser mode has none to choose from. `onShowing` hears each
 * change of screen (the updater's "an order is open").
 */
export function recoveryHandlers(
  displays: (() => DisplayInfo[]) | undefined,
  onShowing: (showing: ResumePoint | null) => void,
): RecoveryHandlers {
  let showing: ResumePoint | null = null;
  return {
    async 'station:showing'(args) {
      showing = args.showing;
      onShowing(showing);
      return { ok: true, value: null };
    },
    async 'station:resume'() {
      return { ok: true, value: showing };
    },
    async 'station:displays'() {
      return { ok: true, value: displays ? displays() : null };
    },
  };
}
