// How many attempts the send pool keeps in flight. On a fast network the station's own work and its
// commits are the limit, and each commit carries the outcomes that came in while the one before it
// ran: the wider the pool, the more outcomes share one fsync. On a slow network the wait for each
// answer is the limit, and only more requests in flight hide it. So the pool widens quickly at
// first (one place per applied entry: it doubles per round of answers, TCP's slow start), then by
// one place per round once the server struggled (an answer to retry), and halves on a 429.
import type { AttemptOutcome } from './send-entry.ts';

/** The most attempts in flight unless the engine is given another maximum. */
export const DEFAULT_MAX_WIDTH = 32;
/** The width a station starts with. */
export const START_WIDTH = 4;

export interface PoolWidth {
  current(): number;
  /** An attempt ended with this outcome. */
  after(outcome: AttemptOutcome): void;
}

export function poolWidth(max: number): PoolWidth {
  let width = Math.min(START_WIDTH, max);
  let slowStart = true;
  // Applied entries in a row since the width last changed.
  let appliedInARow = 0;
  return {
    current: () => width,
    after(outcome) {
      if (outcome.result === 'applied') {
        appliedInARow++;
        if (width < max && (slowStart || appliedInARow >= width)) {
          width++;
          appliedInARow = 0;
        }
        return;
      }
      appliedInARow = 0;
      if (outcome.result === 'retry') slowStart = false;
      if (outcome.result === 'rate-limited') {
        // The server asked everyone to slow down: come back with fewer at once.
        width = Math.max(1, Math.floor(width / 2));
        slowStart = false;
      }
    },
  };
}
