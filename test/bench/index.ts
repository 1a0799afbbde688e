// `npm run bench [-- --quick] [-- --only drain,pull]`: every hot path beside its raw baseline, in
// this one process and run, interleaved, on the same files and the same simulator. JSON on stdout
// and in test-results/bench.json, a short table on stderr. Figures, never a failure on timing: the
// exit code is 1 only when a section could not be measured at all, 2 for wrong arguments.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { scratchDir } from './bench-files.ts';
import { type BenchPlan, benchPlan, type Section } from './bench-plan.ts';
import { cliBench } from './cli-bench.ts';
import { drainBench } from './drain-bench.ts';
import { enqueueBench } from './enqueue-bench.ts';
import { labelBench } from './label-bench.ts';
import type { PathFigure } from './path-figure.ts';
import { pullBench } from './pull-bench.ts';
import { pullRssBench } from './pull-rss-bench.ts';
import { reportTable } from './report-table.ts';
import { searchBench } from './search-bench.ts';
import { type SimProcess, startSimProcess } from './sim-process.ts';
import { storeBench } from './store-bench.ts';
import { uiBench } from './ui-bench.ts';
import { buildWarehouse, type Warehouse } from './warehouse.ts';

const parsed = benchPlan(process.argv.slice(2));
if (typeof parsed === 'string') {
  process.stderr.write(`npm run bench: ${parsed}\n`);
  process.exit(2);
}
const plan: BenchPlan = parsed;
const wants = (...sections: Section[]) => sections.some((s) => plan.sections.has(s));
const loadAtStart = loadavg();
const startedAt = performance.now();
const paths: PathFigure[] = [];
const extras: Record<string, unknown> = {};
const errors: Record<string, string> = {};
const dir = scratchDir();
const sims: SimProcess[] = [];

async function section(name: Section, measure: () => Promise<void> | void): Promise<void> {
  if (!plan.sections.has(name)) return;
  const started = performance.now();
  process.stderr.write(`bench: ${name}…\n`);
  try {
    await measure();
  } catch (error) {
    errors[name] = error instanceof Error ? error.message : String(error);
    process.stderr.write(`bench: ${name} could not be measured: ${errors[name]}\n`);
  }
  extras[`seconds.${name}`] = Math.round(performance.now() - started) / 1000;
}

/** One simulator process per size, shared by the sections that read a simulator of that size. */
const simulators = new Map<number, Promise<SimProcess>>();
function simFor(orders: number): Promise<SimProcess> {
  let started = simulators.get(orders);
  if (!started) {
    started = startSimProcess(orders);
    started.then((s) => sims.push(s)).catch(() => undefined);
    simulators.set(orders, started);
  }
  return started;
}

try {
  // The simulators generate their orders in their own processes while this one fills the cache.
  const warehouseSim = wants('drain') ? simFor(plan.warehouseOrders) : undefined;
  const pullSim = wants('pull') ? simFor(plan.pullOrders) : undefined;
  const rssSim = wants('pullRss') ? simFor(plan.rssOrders) : undefined;
  let w: Warehouse | undefined;
  if (wants('drain', 'enqueue', 'search', 'store', 'cli')) {
    process.stderr.write(`bench: filling a station cache with ${plan.warehouseOrders} orders…\n`);
    try {
      w = buildWarehouse(dir, plan.warehouseOrders);
    } catch (error) {
      errors.warehouse = error instanceof Error ? error.message : String(error);
    }
  }
  const warehouse = (): Warehouse => {
    if (!w) throw new Error('no warehouse database: see errors.warehouse');
    return w;
  };
  const needed = async (s: Promise<SimProcess> | undefined): Promise<SimProcess> => {
    if (!s) throw new Error('no simulator started');
    return s;
  };

  // The drain first: the enqueue and the CLI below leave steps queued that no engine should send.
  await section('drain', async () => {
    paths.push(...(await drainBench(warehouse(), await needed(warehouseSim), plan.drain)));
  });
  await section('enqueue', () => {
    paths.push(enqueueBench(warehouse(), plan.enqueueSamples));
  });
  await section('search', () => {
    paths.push(...searchBench(warehouse(), plan.searchPasses));
  });
  await section('store', () => {
    Object.assign(extras, storeBench(warehouse()));
  });
  await section('cli', () => {
    paths.push(...cliBench(warehouse(), plan.cliSamples));
  });
  w?.db.close();
  await section('pull', async () => {
    paths.push(await pullBench(dir, await needed(pullSim), plan.pullRounds));
  });
  await section('pullRss', async () => {
    paths.push(await pullRssBench(dir, await needed(rssSim)));
  });
  await Promise.all(sims.map((s) => s.close()));
  sims.length = 0;
  await section('labels', async () => {
    Object.assign(extras, await labelBench());
  });
  await section('ui', async () => {
    paths.push(...(await uiBench({ quick: plan.quick })));
  });
} finally {
  await Promise.all(sims.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
}

const report = {
  node: process.version,
  at: new Date().toISOString(),
  loadAverage: { start: loadAtStart.map(round2), end: loadavg().map(round2) },
  quick: plan.quick,
  ...(plan.quick ? { quickChanges: plan.changes } : {}),
  seconds: Math.round(performance.now() - startedAt) / 1000,
  paths,
  extras,
  ...(Object.keys(errors).length > 0 ? { errors } : {}),
};
mkdirSync('test-results', { recursive: true });
const json = `${JSON.stringify(report, null, 2)}\n`;
writeFileSync('test-results/bench.json', json);
process.stdout.write(json);
process.stderr.write(
  `\n${reportTable(paths)}\n\nload average ${report.loadAverage.start.join(' ')} → ${report.loadAverage.end.join(' ')}, ${report.seconds} s${plan.quick ? ', quick' : ''}\n`,
);
if (Object.keys(errors).length > 0) process.exitCode = 1;

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
