// Runs the `station` CLI as its own process with record-loads.js and tells what its start loaded:
// the repository files (relative), the packages from node_modules and whether any type was stripped.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
