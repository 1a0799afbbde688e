// The `station` bin runs the built CLI (out/cli/) when it is current: a start strips no TypeScript
// and loads only the chosen command's chunks, and it says exactly what the sources say. Proved by
// the modules the loader loads (record-loads.js), never by timing.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentBuiltCli } from '../../../electron/cli/built-cli.js';
import { station } from '../../fixtures/cli.ts';
import { APP_ROOT, ensureRendererBuilt } from './browser-mode.ts';
import { type PulledStation, pulledStation, type StartUp, startUp } from './start-up.ts';

const BIN = 'electron/cli/station.js';
const SOURCES = 'electron/cli/station.ts';
/** What the bin itself is: the choice between the build and the sources. */
const LAUNCHER = ['electron/cli/built-cli.js', 'electron/cli/station.js'];

let pulled: PulledStation;
let dir: string;
let env: NodeJS.ProcessEnv;
let orderId: number;
beforeAll(async () => {
  // `npm test` builds first; a checkout whose sources changed since is built here.
  if (!currentBuiltCli(APP_ROOT)) {
    const build = spawnSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--config', 'electron/cli/vite.config.ts'],
      { cwd: APP_ROOT, encoding: 'utf8' },
    );
    expect(build.status, build.stderr).toBe(0);
  }
  expect(currentBuiltCli(APP_ROOT)).toBe(join(APP_ROOT, 'out/cli/station.js'));

  pulled = await pulledStation(12, 30);
  ({ env, orderId, dir } = pulled);
}, 120_000);
afterAll(async () => {
  await pulled?.close();
});

/** Every file came from the build or the launcher: no source module ran. */
function expectBuiltOnly(run: StartUp): void {
  expect(run.typeStripped).toBe(false);
  expect(run.files.filter((file) => !file.startsWith('out/cli/') && !LAUNCHER.includes(file))).toEqual([]);
}

describe('station through its bin, built', () => {
  it('--help strips no TypeScript and loads the built entry and its help, no package', async () => {
    for (const argv of [['--help'], ['help', 'transition']]) {
      const run = await startUp(BIN, argv, env);
      expect(run.code).toBe(0);
      expectBuiltOnly(run);
      expect(run.files.length, run.files.join('\n')).toBeLessThanOrEqual(LAUNCHER.length + 2);
      expect(run.packages).toEqual([]);
      expect(run.stdout).toBe((await station(argv)).stdout);
    }
  });

  it('transition and outbox run built: better-sqlite3 the only package loaded from node_modules', async () => {
    const queued = await startUp(BIN, ['transition', String(orderId), 'process'], env);
    expect(queued.stderr).toBe('');
    expect(queued.stdout).toContain(`order ${orderId} process new → inprocess (pending)`);
    const listed = await startUp(BIN, ['outbox', '--json'], env);
    const entries = JSON.parse(listed.stdout) as { orderId: number; state: string }[];
    expect(entries).toEqual([expect.objectContaining({ orderId, state: 'pending' })]);
    for (const run of [queued, listed]) {
      expectBuiltOnly(run);
      expect(run.packages).toEqual(['better-sqlite3']);
    }
  });

  it('says what the sources say, word for word and exit code for exit code, when something is wrong', async () => {
    const damaged = join(dir, 'damaged.db');
    writeFileSync(damaged, 'this is no SQLite database, <b>just</b> text\u0007\n'.repeat(200));
    const cases: [string[], NodeJS.ProcessEnv][] = [
      [['frobnicate'], env],
      [['transition', 'x\u001b[31m', 'process'], env],
      [['transition', String(orderId), 'explode'], env],
      [['outbox', '--state', 'nonsense'], env],
      [['outbox'], { ...env, STATION_DB: damaged }],
      [['orders'], { ...env, STATION_API_KEY: 'wrong-key' }],
      [['sync', '--timeout', '5'], { STATION_DB: env.STATION_DB }],
    ];
    for (const [argv, caseEnv] of cases) {
      const built = await startUp(BIN, argv, caseEnv);
      const sources = await startUp(SOURCES, argv, caseEnv);
      expectBuiltOnly(built);
      expect(sources.typeStripped).toBe(true);
      expect({ code: built.code, stdout: built.stdout, stderr: built.stderr }, argv.join(' ')).toEqual({
        code: sources.code,
        stdout: sources.stdout,
        stderr: sources.stderr,
      });
      expect(built.code, argv.join(' ')).not.toBe(0);
    }
  });

  it('station browser, built, finds the built UI and serves it', async () => {
    ensureRendererBuilt();
    const child = spawn(
      process.execPath,
      [BIN, 'browser', '--port', '0', '--db', join(dir, 'browser.db'), '--demo-orders', '5'],
      { cwd: APP_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const { url } = JSON.parse(await firstLine(child)) as { url: string };
      const page = await fetch(new URL(url).origin);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }, 120_000);
});

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString('utf8');
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const end = text.indexOf('\n');
      if (end >= 0) resolve(text.slice(0, end));
    });
    child.once('exit', (code) => reject(new Error(`station browser exited with ${code}: ${errors}`)));
  });
}
