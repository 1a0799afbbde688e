// Path 8 comes from ui-bench.ts (owned by the UI work): `uiBench(opts)` gives PathFigures. Until
// that lands, ui-bench.ts still takes no options and answers named figures; those go to the extras,
// and a quick run skips them, since that version has no quick mode.
import type { Figure } from './measure.ts';
import type { BenchOptions, PathFigure } from './path-figure.ts';
import { uiBench } from './ui-bench.ts';

type UiBench = (opts: BenchOptions) => Promise<PathFigure[] | Record<string, Figure | number>>;

export async function uiPaths(
  opts: BenchOptions,
): Promise<{ paths: PathFigure[]; extras: Record<string, Figure | number>; skipped?: string }> {
  const run: UiBench = uiBench;
  if (opts.quick && run.length === 0) return { paths: [], extras: {}, skipped: 'ui (no quick mode yet)' };
  const figures = await run(opts);
  return Array.isArray(figures) ? { paths: figures, extras: {} } : { paths: [], extras: figures };
}
