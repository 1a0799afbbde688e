// One hot path measured side by side with its raw baseline in the same run: what `npm run bench`
// reports for every path of docs/performance.md. Figures, never assertions.
export interface PathFigure {
  /** e.g. `outbox.enqueue.p99` or `sync.drain.latency20ms`. */
  path: string;
  /** What the numbers count: a time (lower is better) or a rate (higher is better). */
  unit: 'ms' | 's' | 'MiB' | 'per-s';
  station: number;
  /** The same work done raw on the same machine in the same run; null where there is none. */
  baseline: number | null;
  /** station ÷ baseline; null without a baseline. */
  ratio: number | null;
  /** The goal in words, e.g. `ratio ≤ 1.5` or `station < 16 ms`. */
  goal: string;
  met: boolean;
  /** How the figure was taken: sample count, load average, anything a reader needs. */
  detail?: Record<string, number | string>;
}

export interface BenchOptions {
  /** `npm run bench -- --quick`: smaller samples, whole run under 60 s. */
  quick: boolean;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** A path where lower is better, with a goal on the ratio. */
export function ratioAtMost(
  path: string,
  unit: PathFigure['unit'],
  station: number,
  baseline: number,
  most: number,
  detail?: PathFigure['detail'],
): PathFigure {
  const ratio = round(station / baseline);
  return {
    path,
    unit,
    station: round(station),
    baseline: round(baseline),
    ratio,
    goal: `ratio ≤ ${most}`,
    met: ratio <= most,
    detail,
  };
}

/** A rate where higher is better (transitions per second), with a goal on the ratio. */
export function ratioAtLeast(
  path: string,
  station: number,
  baseline: number,
  least: number,
  detail?: PathFigure['detail'],
): PathFigure {
  const ratio = round(station / baseline);
  return {
    path,
    unit: 'per-s',
    station: round(station),
    baseline: round(baseline),
    ratio,
    goal: `ratio ≥ ${least}`,
    met: ratio >= least,
    detail,
  };
}

/** A path with an absolute goal (search p95, peak RSS), optionally shown next to a baseline. */
export function below(
  path: string,
  unit: PathFigure['unit'],
  station: number,
  limit: number,
  baseline: number | null = null,
  detail?: PathFigure['detail'],
): PathFigure {
  return {
    path,
    unit,
    station: round(station),
    baseline: baseline === null ? null : round(baseline),
    ratio: baseline === null ? null : round(station / baseline),
    goal: `station < ${limit} ${unit}`,
    met: station < limit,
    detail,
  };
}
