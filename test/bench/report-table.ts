// The short human table `npm run bench` prints on stderr: one row per path.
import type { PathFigure } from './path-figure.ts';

const HEADER = ['path', 'station', 'baseline', 'ratio', 'goal', 'met'] as const;

export function reportTable(paths: readonly PathFigure[]): string {
  const rows = paths.map((p) => [
    p.path,
    `${p.station} ${p.unit}`,
    p.baseline === null ? '—' : `${p.baseline} ${p.unit}`,
    p.ratio === null ? '—' : String(p.ratio),
    p.goal,
    p.met ? 'yes' : 'NO',
  ]);
  const widths = HEADER.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(HEADER), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
