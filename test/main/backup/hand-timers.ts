// Timers for the backup schedule that run only when a test fires them, with a clock that moves along.
import type { BackupTimers } from '../../../electron/main/station/backup-schedule.ts';

/** Timers that run only when the test says so; `clock` moves with them. */
export function handTimers(start: Date) {
  let clock = start.getTime();
  const planned = new Map<number, { at: number; run: () => void }>();
  let next = 1;
  const timers: BackupTimers = {
    setTimeout(run, ms) {
      const id = next++;
      planned.set(id, { at: clock + ms, run });
      return id;
    },
    clearTimeout: (id) => planned.delete(id as number),
  };
  return {
    timers,
    now: () => new Date(clock),
    waiting: () => [...planned.values()].map((p) => p.at - clock),
    /** Runs the next timer, moving the clock to its time. */
    fire() {
      const [id, first] = [...planned.entries()].sort((a, b) => a[1].at - b[1].at)[0] ?? [];
      if (id === undefined || first === undefined) throw new Error('no timer is planned');
      planned.delete(id);
      clock = first.at;
      first.run();
    },
  };
}

/** Gives the event loop turns until `check` holds (the test's own timeout ends a wait that never does). */
export async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 0));
}
