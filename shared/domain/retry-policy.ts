// How long to wait before the next attempt of an outbox entry: exponential backoff with full
// jitter, capped, so a warehouse full of stations coming back online does not retry in lockstep.
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, capMs: 60_000 };

/** Delay before retry number `attempt` (1 = first retry). `random` returns [0, 1). */
export function backoffDelay(attempt: number, random: () => number, policy = DEFAULT_BACKOFF): number {
  const exp = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  // Full jitter, but never less than half the step: a retry storm is worse than a slightly late one.
  return Math.round(exp / 2 + random() * (exp / 2));
}
