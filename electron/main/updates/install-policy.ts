// When an update that is ready may be installed. Installing restarts the app, so never while an
// order is open on screen (the packer is in the middle of it) and never while an outbox entry is
// `sending` (its outcome would be learnt only after the restart, by looking). Then it needs a reason:
// the operator said "install now", or the configured quiet hour has come.
import type { InstallBlocker } from '../../../shared/ipc/updates.ts';

export interface PackingNow {
  orderOpen: boolean;
  /** Outbox entries in `sending`. */
  sending: number;
}

export type InstallReason = 'operator' | 'quiet-hour';

/** Why nothing may be installed now, or null. */
export function installBlocker(ready: boolean, packing: PackingNow): InstallBlocker | null {
  if (!ready) return 'not-ready';
  if (packing.orderOpen) return 'order-open';
  if (packing.sending > 0) return 'sending';
  return null;
}

/** The quiet hour has come: this computer's clock stands in that hour. */
export function isQuietHour(quietHour: number | null, now: Date): boolean {
  return quietHour !== null && now.getHours() === quietHour;
}

/** The reason to install now, or null: an operator's yes, or the quiet hour, and nothing in the way. */
export function installNow(
  ready: boolean,
  packing: PackingNow,
  why: { operatorAgreed: boolean; quietHour: number | null; now: Date },
): InstallReason | null {
  if (installBlocker(ready, packing) !== null) return null;
  if (why.operatorAgreed) return 'operator';
  if (isQuietHour(why.quietHour, why.now)) return 'quiet-hour';
  return null;
}

export function blockerText(blocker: InstallBlocker): string {
  switch (blocker) {
    case 'not-ready':
      return 'No update is ready to install yet.';
    case 'order-open':
      return 'An order is open: the update installs once you are back at the queue.';
    case 'sending':
      return 'A step is being sent to Equipme: the update installs once it has an answer. Try again in a moment.';
  }
}
