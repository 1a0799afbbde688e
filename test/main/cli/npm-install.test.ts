// What a newcomer's npm prints from a fresh clone: no warning wall. npm runs on the system's Node
// (20 works); the project's code runs on its own Node 22. The engine check that .npmrc keeps quiet on
// the system's Node is run here on the Node that actually runs the packages.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { APP_ROOT } from './browser-mode.ts';

/** PATH as a shell outside `npm run` has it: without the project's bins (and its Node 22). */
const SYSTEM_PATH = (process.env.PATH ?? '')
  .split(delimiter)
  .filter((dir) => !dir.includes('node_modules/.bin') && !dir.includes('node-gyp-bin'))
  .join(delimiter);

const npmCache = mkdtempSync(join(tmpdir(), 'packing-station-npm-cache-'));
afterAll(() => rmSync(npmCache, { recursive: true, force: true }));

/** A command as the newcomer's shell runs it: the system's npm on the system's Node, a fresh cache. */
function systemRun(command: string, args: string[]) {
  // Without the npm_* variables `npm run`/`npx` hand to the test process.
  const outside = Object.entries(process.env).filter(([key]) => !key.startsWith('npm_'));
  const env = { ...Object.fromEntries(outside), PATH: SYSTEM_PATH, npm_config_cache: npmCache };
  return spawnSync(command, args, { cwd: APP_ROOT, env, encoding: 'utf8', timeout: 120_000 });
}

function systemBinary(name: string): string {
  const dir = SYSTEM_PATH.split(delimiter).find((d) => existsSync(join(d, name)));
  if (!dir) throw new Error(`no ${name} on the system PATH`);
  return realpathSync(join(dir, name));
}

it('npx station help prints the help and not one npm warning, on a fresh npm cache', () => {
  const run = systemRun('npx', ['station', 'help']);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toContain('station: the Packing Station command line');
  expect(run.stderr).toBe('');
}, 120_000);

it("npm install's engine check on the system's Node prints nothing (a dry run of the quick start)", () => {
  const run = systemRun('npm', ['install', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund']);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).not.toMatch(/EBADENGINE|npm warn/i);
}, 120_000);

it("every package's engines accept the project's own Node, the one that runs them", () => {
  const lock = JSON.parse(readFileSync(join(APP_ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string }>;
  };
  // Tests run through npx, so on the `node` devDependency: the same Node as every script.
  expect(process.version).toBe(`v${lock.packages['node_modules/node']?.version}`);
  const npmCli = systemBinary('npm');
  const run = spawnSync(
    process.execPath,
    [npmCli, 'install', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=warn'],
    {
      cwd: APP_ROOT,
      env: { ...process.env, npm_config_cache: npmCache },
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).not.toContain('EBADENGINE');
}, 120_000);
