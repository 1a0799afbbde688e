// Small timing helpers for `npm run bench`: figures, never assertions.
export interface Figure {
  n: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export function summarize(samples: number[]): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    n: sorted.length,
    p50Ms: round(at(0.5)),
    p95Ms: round(at(0.95)),
    maxMs: round(sorted.at(-1) ?? 0),
  };
}

export function time(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

export async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/** Nearest-rank percentile: the smallest sample with at least a share `q` of the samples at or below it. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new RangeError('a percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] as number;
}

export const median = (samples: readonly number[]): number => percentile(samples, 0.5);

/**
 * Runs the station's side and the raw baseline `rounds` times each, alternating which goes first
 * (the station in round 0), so load that drifts while the bench runs lands on both alike.
 */
export async function interleaved<S, B>(
  rounds: number,
  station: (round: number) => S | Promise<S>,
  baseline: (round: number) => B | Promise<B>,
): Promise<{ station: S[]; baseline: B[] }> {
  const out: { station: S[]; baseline: B[] } = { station: [], baseline: [] };
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      out.station.push(await station(round));
      out.baseline.push(await baseline(round));
    } else {
      out.baseline.push(await baseline(round));
      out.station.push(await station(round));
    }
  }
  return out;
}
