// `station start` (what `npm start` runs) keeps the station's files to the user: the folder it
// creates for the database 0700, the database and its -wal and -shm 0600, whatever the umask.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { runCli } from '../../../electron/cli/run.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { ensureRendererBuilt } from './browser-mode.ts';

const modeOf = (path: string): number => statSync(path).mode & 0o777;

beforeAll(() => ensureRendererBuilt(), 120_000);

let umask: number;
beforeEach(() => {
  umask = process.umask(0);
});
afterEach(() => {
  process.umask(umask);
});

/** Runs `station start --no-electron` until it shows the address, checks, then stops it. */
async function whileStationRuns(args: string[], env: NodeJS.ProcessEnv, check: () => void): Promise<void> {
  const stdout = new PassThrough();
  const controller = new AbortController();
  let text = '';
  const running = new Promise<void>((resolve) => {
    stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.includes('Ctrl+C')) resolve();
    });
  });
  const exit = runCli(['start', '--no-electron', '--demo-orders', '5', ...args], {
    stdout,
    stderr: new PassThrough(),
    env,
    signal: controller.signal,
  });
  await running;
  try {
    check();
  } finally {
    controller.abort();
    expect(await exit).toBe(0);
  }
}

test('station start creates the database folder 0700 and the database files 0600', async ({ dbDir }) => {
  const folder = join(dbDir, 'home', '.packing-station');
  const dbFile = join(folder, 'station.db');
  await whileStationRuns(['--db', dbFile], {}, () => {
    expect(modeOf(join(dbDir, 'home'))).toBe(0o700);
    expect(modeOf(folder)).toBe(0o700);
    expect(modeOf(dbFile)).toBe(0o600);
    expect(modeOf(`${dbFile}-wal`)).toBe(0o600);
    expect(modeOf(`${dbFile}-shm`)).toBe(0o600);
  });
});

test('~/.packing-station that an earlier version left readable by all is made 0700 again', async ({
  dbDir,
}) => {
  const folder = join(dbDir, '.packing-station');
  mkdirSync(folder, { mode: 0o755 });
  const home = process.env.HOME;
  process.env.HOME = dbDir;
  try {
    await whileStationRuns([], {}, () => {
      expect(modeOf(folder)).toBe(0o700);
      expect(modeOf(join(folder, 'station.db'))).toBe(0o600);
    });
  } finally {
    process.env.HOME = home;
  }
});
