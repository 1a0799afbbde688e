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
