// An uncaught error in main: write it down, close the station as a quit would (new work refused,
// sends on the wire get their grace), then relaunch — or, after three relaunches in ten minutes,
// stay down and say so. The first error decides; errors while recovering are only written down.
import type { RelaunchDecision } from './relaunch-guard.ts';

export interface MainCrashSteps {
  report(what: string, error: unknown): void;
  /** Records this crash; whether a relaunch may help (relaunch-guard.ts). */
  decide(): RelaunchDecision;
  /** Closes the station; settles even when closing fails. */
  close(): Promise<void>;
  relaunch(): void;
  stayDown(): void;
}

/** Closing after a crash may itself hang on what broke: the relaunch does not wait longer. */
export const CLOSE_AFTER_CRASH_MS = 8_000;

export function createMainCrashHandler(
  steps: MainCrashSteps,
  closeWithinMs = CLOSE_AFTER_CRASH_MS,
): (what: string, error: unknown) => Promise<void> {
  let recovering: Promise<void> | null = null;
  return (what, error) => {
    steps.report(what, error);
    recovering ??= recover();
    return recovering;
  };

  async function recover(): Promise<void> {
    const decision = steps.decide();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      steps
        .close()
        .catch((error: unknown) => steps.report('closing the station after a crash failed', error)),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, closeWithinMs);
      }),
    ]);
    clearTimeout(timer);
    if (decision === 'relaunch') steps.relaunch();
    else steps.stayDown();
  }
}
