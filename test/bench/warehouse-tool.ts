// The command line of a counting tool run at warehouse scale (enqueue-cost.ts, enqueue-parts.ts): a
// whole-number option or its default, and a scratch warehouse filled, handed over and removed.
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { scratchDir } from './bench-files.ts';
import { buildWarehouse, type Warehouse } from './warehouse.ts';

/** `--name N` from the command line, or `fallback` when it is not given. */
export function wholeNumberOption(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} takes a whole number above 0`);
  return value;
}

/**
 * Fills a scratch warehouse with `--orders` orders (default 50k), runs `measure` on it and prints its
 * figures as JSON with the orders and the load average before and after.
 */
export function runOnWarehouse(tool: string, measure: (w: Warehouse) => object): void {
  const dir = scratchDir();
  try {
    const orders = wholeNumberOption('--orders', 50_000);
    process.stderr.write(`${tool}: filling a station cache with ${orders} orders…\n`);
    const w = buildWarehouse(dir, orders);
    const loadBefore = loadavg();
    const figures = measure(w);
    w.db.close();
    process.stdout.write(
      `${JSON.stringify({ orders, loadBefore, loadAfter: loadavg(), ...figures }, null, 2)}\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
