// Runs the `station` CLI as its own process with record-loads.js and tells what its start loaded:
// the repository files (relative), the packages from node_modules and whether any type was stripped.
// Also the station those runs work on: a pulled database with a `new` order to move.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { station } from '../../fixtures/cli.ts';
import { APP_ROOT } from './browser-mode.ts';

export interface StartUp {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Repository files loaded, relative to the root (node_modules left out). */
  files: string[];
  /** Packages loaded from node_modules, each once. */
  packages: string[];
  typeStripped: boolean;
}

const RECORDER = join(APP_ROOT, 'test/main/cli/record-loads.js');

/** `entry`: the bin (electron/cli/station.js), the sources' entry or the built one. */
export async function startUp(entry: string, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<StartUp> {
  const dir = mkdtempSync(join(tmpdir(), 'packing-station-loads-'));
  const record = join(dir, 'loads.json');
  try {
    const child = spawn(process.execPath, ['--import', RECORDER, entry, ...argv], {
      cwd: APP_ROOT,
      env: { PATH: process.env.PATH, ...env, RECORD_LOADS_TO: record },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const loads = JSON.parse(readFileSync(record, 'utf8')) as { urls: string[]; typeStripped: boolean };
    const root = new URL(`file://${APP_ROOT.endsWith('/') ? APP_ROOT : `${APP_ROOT}/`}`).href;
    const local = loads.urls.filter((url) => url.startsWith(root)).map((url) => url.slice(root.length));
    const packages = new Set(
      local
        .filter((file) => file.startsWith('node_modules/'))
        .map((file) => {
          const [scope, name] = file.slice('node_modules/'.length).split('/');
          return scope?.startsWith('@') ? `${scope}/${name}` : (scope ?? '');
        }),
    );
    return {
      code,
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'),
      files: local.filter((file) => !file.startsWith('node_modules/')),
      packages: [...packages].sort(),
      typeStripped: loads.typeStripped,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface PulledStation {
  sim: Simulator;
  /** The station's environment: its database, the simulator, an operator. */
  env: NodeJS.ProcessEnv;
  /** A `new` shipping order of the pulled cache. */
  orderId: number;
  /** The station's folder (its database is in it), for a test's own files. */
  dir: string;
  close(): Promise<void>;
}

/** A simulator and a station database that `station pull` filled from it. */
export async function pulledStation(seed: number, orders: number): Promise<PulledStation> {
  const sim = await startSimulator({ seed, orders });
  const dir = mkdtempSync(join(tmpdir(), 'packing-station-pulled-'));
  const close = async () => {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  };
  const env = {
    STATION_DB: join(dir, 'station.db'),
    STATION_API_URL: sim.url,
    STATION_API_KEY: sim.apiKey,
    STATION_OPERATOR: 'Sam',
  };
  try {
    expect((await station(['pull'], env)).code).toBe(0);
    const listed = await station(['orders', '--status', 'new', '--type', 'order', '--json'], env);
    const orderId = (JSON.parse(listed.stdout) as { id: number }[])[0]?.id ?? 0;
    expect(orderId).toBeGreaterThan(0);
    return { sim, env, orderId, dir, close };
  } catch (error) {
    await close();
    throw error;
  }
}
