// Path 5: the peak memory of `station pull` into an empty database, each side in a fresh process:
// the real command (with a probe that records its peak RSS and the pages it fetched), then a raw
// process that fetches and parses the same pages and keeps none of them.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_ROOT, STATION_CLI } from './bench-files.ts';
import { below, type PathFigure } from './path-figure.ts';
import type { SimProcess } from './sim-process.ts';

const GOAL_MIB = 250;
const PROBE = pathToFileURL(join(APP_ROOT, 'test/bench/rss-probe.ts')).href;
const RAW_CHILD = join(APP_ROOT, 'test/bench/raw-pull-child.ts');

export async function pullRssBench(dir: string, sim: SimProcess): Promise<PathFigure> {
  const probeFile = join(dir, 'pull-probe.json');
  const dbFile = join(dir, 'pull-rss.db');
  const env = { ...process.env, BENCH_PROBE_FILE: probeFile, BENCH_API_KEY: sim.apiKey };
  const started = performance.now();
  const pull = await run(
    [
      '--import',
      PROBE,
      STATION_CLI,
      'pull',
      '--json',
      '--db',
      dbFile,
      '--api-url',
      sim.url,
      '--api-key',
      sim.apiKey,
    ],
    env,
  );
  const pullSeconds = (performance.now() - started) / 1000;
  for (const tail of ['', '-wal', '-shm']) rmSync(dbFile + tail, { force: true });
  if (pull.code !== 0) throw new Error(`station pull exited ${pull.code}: ${pull.stderr.trim()}`);
  const station = JSON.parse(readFileSync(probeFile, 'utf8')) as { maxRssKiB: number; urls: string[] };
  const summary = JSON.parse(pull.stdout) as { orders: number };

  const raw = await run([RAW_CHILD], env);
  if (raw.code !== 0) throw new Error(`the raw pull process exited ${raw.code}: ${raw.stderr.trim()}`);
  const baseline = JSON.parse(raw.stdout) as { maxRssKiB: number; items: number };
  return below('sync.pull.peakRss', 'MiB', station.maxRssKiB / 1024, GOAL_MIB, baseline.maxRssKiB / 1024, {
    openOrders: summary.orders,
    simulatorOrders: sim.orders,
    requests: station.urls.length,
    stationPullSeconds: Math.round(pullSeconds * 100) / 100,
    baseline: 'a fresh node process that fetches and JSON.parses the same pages, keeping none',
  });
}

async function run(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}
