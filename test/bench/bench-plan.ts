// What one `npm run bench` measures and how much: the full run, or `--quick` (under a minute), and
// `--only a,b` to run some sections (e.g. `--only drain` while working on the sync engine).
import type { DrainPlan } from './drain-bench.ts';

export const SECTIONS = [
  'drain',
  'enqueue',
  'search',
  'store',
  'cli',
  'pull',
  'pullRss',
  'labels',
  'ui',
] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchPlan {
  quick: boolean;
  sections: ReadonlySet<Section>;
  /** Orders in the warehouse's cache and in the simulator the drain talks to. */
  warehouseOrders: number;
  /** Orders in the simulator `station pull` reads (about 85% of them are open). */
  pullOrders: number;
  /** Orders in the simulator the peak-memory pull reads. */
  rssOrders: number;
  enqueueSamples: number;
  searchPasses: number;
  drain: { noLatency: DrainPlan; latency20ms: DrainPlan };
  pullRounds: number;
  cliSamples: number;
  /** What quick changed, in words, for the output. */
  changes: string[];
}

const FULL = {
  warehouseOrders: 50_000,
  pullOrders: 20_000,
  rssOrders: 50_000,
  enqueueSamples: 1_000,
  searchPasses: 3,
  drain: { noLatency: { perRound: 200, rounds: 5 }, latency20ms: { perRound: 120, rounds: 4 } },
  pullRounds: 3,
  cliSamples: 15,
};

const QUICK = {
  warehouseOrders: 10_000,
  pullOrders: 10_000,
  rssOrders: 10_000,
  enqueueSamples: 300,
  searchPasses: 1,
  drain: { noLatency: { perRound: 40, rounds: 3 }, latency20ms: { perRound: 30, rounds: 3 } },
  pullRounds: 1,
  cliSamples: 3,
};

export function benchPlan(argv: readonly string[]): BenchPlan | string {
  let quick = false;
  let only: string[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--quick') quick = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      if (!value) return '--only needs a list of sections, e.g. --only drain,pull';
      only = value.split(',').map((s) => s.trim());
    } else return `unknown argument '${arg}' (known: --quick, --only ${SECTIONS.join(',')})`;
  }
  const unknown = only?.filter((name) => !(SECTIONS as readonly string[]).includes(name)) ?? [];
  if (unknown.length > 0) return `unknown section '${unknown.join("', '")}' (known: ${SECTIONS.join(', ')})`;
  // Labels are extras, not paths: a quick run leaves them out unless asked for by name.
  const chosen = only ?? SECTIONS.filter((name) => !(quick && name === 'labels'));
  const sections = new Set(chosen as Section[]);
  const sizes = quick ? QUICK : FULL;
  return { quick, sections, ...sizes, changes: quick ? quickChanges() : [] };
}

function quickChanges(): string[] {
  const { drain } = QUICK;
  return [
    `warehouse cache ${QUICK.warehouseOrders} orders instead of ${FULL.warehouseOrders} (enqueue, search, drain, cli): search goals are set at 50k, so quick search figures are indicative`,
    `pull reads the ${QUICK.pullOrders}-order simulator (about 8.5k open) instead of ${FULL.pullOrders} (17k open), the peak-memory pull the same instead of ${FULL.rssOrders}: one simulator for the whole quick run`,
    `enqueue ${QUICK.enqueueSamples} samples per side instead of ${FULL.enqueueSamples}`,
    `search terms once instead of ${FULL.searchPasses} times`,
    `drain ${drain.noLatency.rounds}×${drain.noLatency.perRound} and ${drain.latency20ms.rounds}×${drain.latency20ms.perRound} transitions per side instead of ${FULL.drain.noLatency.rounds}×${FULL.drain.noLatency.perRound} and ${FULL.drain.latency20ms.rounds}×${FULL.drain.latency20ms.perRound}`,
    `pull ${QUICK.pullRounds} round per side instead of ${FULL.pullRounds}`,
    `cli ${QUICK.cliSamples} samples instead of ${FULL.cliSamples}`,
    'labels: not run',
  ];
}
