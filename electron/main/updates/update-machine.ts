// The updater's states: idle → checking → downloading → ready → installing, and failed → checked
// again after a backoff. Nothing here waits on the operator or blocks packing: a check or download
// runs in the background, a failure is a state with its words and the time of the next try, and an
// update that is ready is installed only as install-policy.ts allows.

import { err, ok, type Result } from '../../../shared/domain/result.ts';
import { backoffDelay } from '../../../shared/domain/retry-policy.ts';
import type { IpcError } from '../../../shared/ipc/envelope.ts';
import type { UpdateChannel, UpdatePhase, UpdateView } from '../../../shared/ipc/updates.ts';
import { stationLog } from '../logs/station-log.ts';
import {
  blockerText,
  type InstallReason,
  installBlocker,
  installNow,
  type PackingNow,
} from './install-policy.ts';
import type { UpdateFeed } from './update-feed.ts';
import { updateProblem } from './update-problem.ts';

export interface UpdateSettings {
  channel: UpdateChannel;
  quietHour: number | null;
}

export interface UpdateMachineOptions {
  feed: UpdateFeed;
  currentVersion: string;
  settings: () => UpdateSettings;
  packing: () => PackingNow;
  now: () => Date;
  onChange: (view: UpdateView) => void;
  random?: () => number;
  /** How often an idle station looks for an update. */
  checkEveryMs?: number;
}

export interface UpdateMachine {
  view(): UpdateView;
  /** Does what is due: a check (first, every few hours, after a failure's backoff, on a new channel), the quiet-hour install. */
  tick(): Promise<void>;
  /** The operator said "install now": refused while an order is open or a step is sending. */
  installNow(): Result<UpdateView, IpcError>;
  /** The operator said "later": no more asking for this version (the quiet hour still installs it). */
  later(): UpdateView;
  /** Whether an order is open, or what the outbox sends, changed: the offer may change with it. */
  packingChanged(): void;
}

export const CHECK_EVERY_MS = 4 * 60 * 60 * 1000;
/** A failed check or download is tried again after 5 minutes, doubling up to 6 hours. */
export const UPDATE_RETRY = { baseMs: 5 * 60 * 1000, capMs: 6 * 60 * 60 * 1000 };

export function createUpdateMachine(options: UpdateMachineOptions): UpdateMachine {
  const { feed, now } = options;
  const random = options.random ?? Math.random;
  const checkEveryMs = options.checkEveryMs ?? CHECK_EVERY_MS;

  let phase: Exclude<UpdatePhase, 'off'> = 'idle';
  let version: string | null = null;
  let problem: string | null = null;
  let retryAt: Date | null = null;
  let failures = 0;
  let lastCheckedAt: Date | null = null;
  let checkedChannel: UpdateChannel | null = null;
  let putOff: string | null = null;

  const ready = () => phase === 'ready';

  function view(): UpdateView {
    const { channel, quietHour } = options.settings();
    return {
      phase,
      channel,
      currentVersion: options.currentVersion,
      version,
      problem,
      retryAt: retryAt?.toISOString() ?? null,
      lastCheckedAt: lastCheckedAt?.toISOString() ?? null,
      offer: ready() && installBlocker(true, options.packing()) === null && putOff !== version,
      quietHour,
    };
  }

  const changed = () => options.onChange(view());

  async function lookAndFetch(): Promise<void> {
    const channel = options.settings().channel;
    phase = 'checking';
    changed();
    try {
      const found = await feed.check(channel);
      lastCheckedAt = now();
      checkedChannel = channel;
      if (!found) {
        phase = 'idle';
        version = null;
      } else {
        phase = 'downloading';
        version = found.version;
        changed();
        await feed.download();
        phase = 'ready';
        stationLog.info(`[updates] version ${found.version} is downloaded and ready to install`);
      }
      problem = null;
      retryAt = null;
      failures = 0;
    } catch (error) {
      failures++;
      phase = 'failed';
      problem = updateProblem(error);
      retryAt = new Date(now().getTime() + backoffDelay(failures, random, UPDATE_RETRY));
      stationLog.warn(`[updates] ${problem} Next try at ${retryAt.toISOString()}.`, error);
    }
    changed();
  }

  function install(reason: InstallReason): void {
    phase = 'installing';
    stationLog.info(
      `[updates] installing version ${version} (${reason === 'operator' ? 'the operator agreed' : 'quiet hour'})`,
    );
    changed();
    try {
      feed.install();
    } catch (error) {
      failures++;
      phase = 'failed';
      problem = `Installing the update failed: ${error instanceof Error ? error.message : String(error)}. The station tries again later; packing goes on.`;
      retryAt = new Date(now().getTime() + backoffDelay(failures, random, UPDATE_RETRY));
      stationLog.error(`[updates] ${problem}`, error);
      changed();
    }
  }

  return {
    view,
    async tick() {
      const { channel, quietHour } = options.settings();
      const at = now();
      if (phase === 'checking' || phase === 'downloading' || phase === 'installing') return;
      if (phase === 'failed') {
        if (retryAt !== null && at >= retryAt) await lookAndFetch();
      } else if (
        lastCheckedAt === null ||
        checkedChannel !== channel ||
        (phase === 'idle' && at.getTime() - lastCheckedAt.getTime() >= checkEveryMs)
      ) {
        await lookAndFetch();
      }
      if (!ready()) return;
      const reason = installNow(true, options.packing(), { operatorAgreed: false, quietHour, now: now() });
      if (reason) install(reason);
    },
    installNow() {
      const blocker = installBlocker(ready(), options.packing());
      if (blocker) return err({ code: 'rejected', message: blockerText(blocker) });
      install('operator');
      return ok(view());
    },
    later() {
      putOff = version;
      changed();
      return view();
    },
    packingChanged: changed,
  };
}
