// Path 7: the command line's start-up, from spawn to exit, beside `node -e 0` with the same Node
// binary spawned the same way (what any Node program costs before its first line). Spawned in turn:
// baseline, `station --help`, baseline, `station transition …` on the warehouse's database. The
// median is reported: other engineers' load lands on single samples, and a start-up figure is
// about the usual case.
import { spawnSync } from 'node:child_process';
import { STATION_CLI } from './bench-files.ts';
import { median } from './measure.ts';
import { below, type PathFigure } from './path-figure.ts';
import type { Warehouse } from './warehouse.ts';

export function cliBench(w: Warehouse, samples: number): PathFigure[] {
  const spawnSeconds = (args: string[]): number => {
    const started = performance.now();
    const ran = spawnSync(process.execPath, args, { encoding: 'utf8' });
    const seconds = (performance.now() - started) / 1000;
    if (ran.status !== 0) throw new Error(`${args.join(' ')} exited ${ran.status}: ${ran.stderr.trim()}`);
    return seconds;
  };
  const ids = w.takeNew(samples + 1);
  const transition = (orderId: number) =>
    spawnSeconds([
      STATION_CLI,
      'transition',
      String(orderId),
      'process',
      '--db',
      w.file,
      '--operator',
      'bench',
    ]);
  // Once each before timing: the files are in the page cache for every sample alike.
  spawnSeconds(['-e', '0']);
  spawnSeconds([STATION_CLI, '--help']);
  transition(ids[0] as number);

  const base: number[] = [];
  const help: number[] = [];
  const move: number[] = [];
  for (const orderId of ids.slice(1)) {
    base.push(spawnSeconds(['-e', '0']));
    help.push(spawnSeconds([STATION_CLI, '--help']));
    base.push(spawnSeconds(['-e', '0']));
    move.push(transition(orderId));
  }
  const detail = { samples, statistic: 'median', node: process.version };
  return [
    below('cli.help', 's', median(help), 0.25, median(base), {
      ...detail,
      baseline: 'node -e 0, same binary',
    }),
    below('cli.transition', 's', median(move), 0.4, median(base), {
      ...detail,
      cachedOrders: w.cached,
      baseline: 'node -e 0, same binary',
    }),
  ];
}
