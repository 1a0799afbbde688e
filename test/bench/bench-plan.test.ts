// What `npm run bench` is asked to run: the full plan, --quick, --only, and wrong arguments.
import { describe, expect, it } from 'vitest';
import { benchPlan, SECTIONS } from './bench-plan.ts';
import type { PathFigure } from './path-figure.ts';
import { reportTable } from './report-table.ts';
import { commonestPrefix } from './search-bench.ts';

const plan = (...argv: string[]) => {
  const parsed = benchPlan(argv);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
};

describe('benchPlan', () => {
  it('runs every section at warehouse scale by default, and says nothing changed', () => {
    const full = plan();
    expect([...full.sections]).toEqual([...SECTIONS]);
    expect(full.warehouseOrders).toBe(50_000);
    expect(full.rssOrders).toBe(50_000);
    expect(full.changes).toEqual([]);
  });

  it('makes --quick smaller in every sample count and says what it changed', () => {
    const full = plan();
    const quick = plan('--quick');
    expect(quick.quick).toBe(true);
    expect(quick.enqueueSamples).toBeLessThan(full.enqueueSamples);
    expect(quick.cliSamples).toBeLessThan(full.cliSamples);
    expect(quick.drain.noLatency.perRound * quick.drain.noLatency.rounds).toBeLessThan(
      full.drain.noLatency.perRound * full.drain.noLatency.rounds,
    );
    expect(quick.sections.has('labels')).toBe(false);
    expect(quick.changes.length).toBeGreaterThan(3);
  });

  it('runs only the sections named, in either spelling, labels too when named in a quick run', () => {
    expect([...plan('--only', 'drain,pull').sections]).toEqual(['drain', 'pull']);
    expect([...plan('--quick', '--only=labels').sections]).toEqual(['labels']);
  });

  it('refuses an unknown section or argument in words that list the known ones', () => {
    expect(benchPlan(['--only', 'drain,<script>'])).toMatch(
      /unknown section '<script>' \(known: drain, enqueue/,
    );
    expect(benchPlan(['--fast'])).toMatch(/unknown argument '--fast'/);
    expect(benchPlan(['--only'])).toMatch(/--only needs a list/);
  });
});

describe('reportTable', () => {
  it('aligns one row per path, with a dash where there is no baseline and NO where a goal is missed', () => {
    const paths: PathFigure[] = [
      {
        path: 'outbox.enqueue.p99',
        unit: 'ms',
        station: 3,
        baseline: 2,
        ratio: 1.5,
        goal: 'ratio ≤ 1.5',
        met: true,
      },
      {
        path: 'search.customer.p95',
        unit: 'ms',
        station: 40,
        baseline: null,
        ratio: null,
        goal: 'station < 16 ms',
        met: false,
      },
    ];
    const lines = reportTable(paths).split('\n');
    expect(lines[0]).toMatch(/^path\s+station\s+baseline\s+ratio\s+goal\s+met$/);
    expect(lines[2]).toMatch(/^outbox\.enqueue\.p99\s+3 ms\s+2 ms\s+1\.5\s+ratio ≤ 1\.5\s+yes$/);
    expect(lines[3]).toMatch(/^search\.customer\.p95\s+40 ms\s+—\s+—\s+station < 16 ms\s+NO$/);
    expect(lines[2]?.indexOf('3 ms')).toBe(lines[3]?.indexOf('40 ms'));
  });
});

describe('commonestPrefix', () => {
  it('finds the prefix most terms share, skipping terms too short to have one', () => {
    expect(commonestPrefix(['CAB004', 'CAB117', '210-55', 'VF', 'CAB9'], 3)).toBe('CAB');
    expect(commonestPrefix([], 3)).toBe('');
  });
});
