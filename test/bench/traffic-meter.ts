// Counts what a side sends while it is measured: requests, and how many are in flight on average
// (their summed durations over the wall time) and at most. Wraps fetch and hands the response on
// untouched; a request counts from the call until its answer's headers arrive.
export interface TrafficMeter {
  readonly fetch: typeof fetch;
  /** Any other way of sending (the client's order wire), counted with the fetch calls. */
  wrap<A extends unknown[], R>(send: (...args: A) => Promise<R>): (...args: A) => Promise<R>;
  /** Starts a measured stretch: counts from zero. */
  reset(): void;
  readonly requests: number;
  readonly maxInFlight: number;
  /** Mean requests in flight over the stretch since reset(), given its wall time. */
  meanInFlight(wallMs: number): number;
}

export function trafficMeter(
  inner: typeof fetch = globalThis.fetch,
  now: () => number = () => performance.now(),
): TrafficMeter {
  let requests = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let busyMs = 0;
  const wrap =
    <A extends unknown[], R>(send: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      requests++;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const started = now();
      try {
        return await send(...args);
      } finally {
        inFlight--;
        busyMs += now() - started;
      }
    };
  return {
    fetch: wrap(inner),
    wrap,
    reset() {
      requests = 0;
      maxInFlight = inFlight;
      busyMs = 0;
    },
    get requests() {
      return requests;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    meanInFlight: (wallMs) => (wallMs > 0 ? busyMs / wallMs : 0),
  };
}
