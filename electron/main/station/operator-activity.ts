// When the operator last asked the station for something (a key in the search, a scan, a press).
// Background copies (the sales picture) give way to it: main runs both on one event loop, and a
// refresh storing copies between two keys would hold the next key's answer back (docs/performance.md,
// "Round 5: the station's own work"). The outbox is not background work: it never waits for this.

/** Quiet this long after the operator's last request, and background copies go on. */
export const OPERATOR_QUIET_MS = 400;

export interface OperatorActivity {
  /** The operator asked for something now. */
  touch(): void;
  /** Did the operator ask for something within the last OPERATOR_QUIET_MS? */
  busy(): boolean;
}

export function createOperatorActivity(monotonic: () => number = () => performance.now()): OperatorActivity {
  let lastAt = Number.NEGATIVE_INFINITY;
  return {
    touch() {
      lastAt = monotonic();
    },
    busy: () => monotonic() - lastAt < OPERATOR_QUIET_MS,
  };
}
