// How many times something went wrong lately: the times of the last failures within a window.
// Both recoveries use it: the renderer's reloads and main's relaunches stop after a few in a row.

export interface CrashWindow {
  /** The most failures the window allows a retry for. */
  limit: number;
  windowMs: number;
}

/** The failures still inside the window at `nowMs`, with the new one added. */
export function withFailure(times: readonly number[], nowMs: number, window: CrashWindow): number[] {
  return [...times.filter((at) => at > nowMs - window.windowMs && at <= nowMs), nowMs];
}

/** A retry while no more than `limit` failures fell in the window (this one included). */
export function mayRetry(times: readonly number[], window: CrashWindow): boolean {
  return times.length <= window.limit;
}
