// The two sales commands start like Unix tools: each loads its own command module, the sales client
// and nothing of the store, the engine, printing or the UI host.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startEmporixSimulator } from '../../../electron/main/simulator/emporix/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { startUp } from './start-up.ts';

let sim: Simulator;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  sim = await startSimulator({ seed: 1, orders: 20 });
  env = { STATION_API_URL: sim.url, STATION_API_KEY: sim.apiKey };
});
afterAll(() => sim.close());

it('customer loads the sales client and zod, no database, no other command', async () => {
  const run = await startUp('electron/cli/station.ts', ['customer', '1201', '--metadata'], env);
  expect(run.code, run.stderr).toBe(0);
  expect(run.packages).toEqual(['zod']);
  expect(
    run.files.filter((f) => f.startsWith('electron/main/db/') || f.startsWith('electron/main/sync/')),
  ).toEqual([]);
  expect(run.files.filter((f) => f.startsWith('electron/cli/commands/'))).toEqual([
    'electron/cli/commands/customer.ts',
  ]);
});

it('sales-order adds the HTML sanitizer its note needs, and no database, driver or renderer', async () => {
  const id = sim.order(sim.orderIds()[0] ?? 0)?.order.id;
  const run = await startUp('electron/cli/station.ts', ['sales-order', String(id)], env);
  expect(run.code, run.stderr).toBe(0);
  expect(run.packages).toContain('sanitize-html');
  const heavy = [
    'better-sqlite3',
    'pdfkit',
    'bwip-js',
    '@napi-rs/canvas',
    'pdfjs-dist',
    'zpl-renderer-js',
    'react',
  ];
  expect(run.packages.filter((p) => heavy.includes(p))).toEqual([]);
  expect(
    run.files.filter((f) => f.startsWith('electron/main/db/') || f.startsWith('electron/main/printing/')),
  ).toEqual([]);
  expect(run.files.filter((f) => f.startsWith('electron/cli/commands/'))).toEqual([
    'electron/cli/commands/sales-order.ts',
  ]);
});

it('sales-order emporix:ID loads the Emporix source and no database, store or engine', async () => {
  const emporix = await startEmporixSimulator({ seed: 4, orders: 3 });
  try {
    const id = emporix.orders()[0]?.id ?? '';
    const run = await startUp('electron/cli/station.ts', ['sales-order', `emporix:${id}`], {
      STATION_EMPORIX_URL: emporix.url,
      STATION_EMPORIX_ACCOUNT: emporix.tenant,
      STATION_EMPORIX_SECRET: emporix.token,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.files).toContain('electron/main/sources/emporix/client.ts');
    expect(run.packages).not.toContain('better-sqlite3');
    expect(
      run.files.filter((f) => f.startsWith('electron/main/db/') || f.startsWith('electron/main/sync/')),
    ).toEqual([]);
  } finally {
    await emporix.close();
  }
});
