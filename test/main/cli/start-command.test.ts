import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run.ts';
import { openStationDb } from '../../../electron/main/db/connection.ts';
import { readSettings } from '../../../electron/main/db/settings.ts';
import { storedSource } from '../../../electron/main/station/source-settings.ts';
import { SHOP_SOURCES } from '../../../shared/domain/order-sources.ts';
import { ensureRendererBuilt } from './browser-mode.ts';

let dir: string;

beforeAll(() => {
  ensureRendererBuilt();
  dir = mkdtempSync(join(tmpdir(), 'packing-station-start-'));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('station start --no-electron runs browser mode, shows the address to open, and stops cleanly', async () => {
  const stdout = new PassThrough();
  const controller = new AbortController();
  let text = '';
  const printed = new Promise<string>((resolve) => {
    stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.includes('Ctrl+C')) resolve(text);
    });
  });
  const exit = runCli(['start', '--no-electron', '--demo-orders', '20'], {
    stdout,
    stderr: new PassThrough(),
    env: { STATION_DB: join(dir, 'station.db') },
    signal: controller.signal,
  });
  const shown = await printed;
  const url = /(http:\/\/127\.0\.0\.1:\d+\/#secret=\S+)/.exec(shown)?.[1];
  expect(url).toBeDefined();
  const origin = new URL(url ?? '').origin;
  const page = await fetch(origin);
  expect(page.status).toBe(200);
  expect(shown).toContain(join(dir, 'station.db'));

  controller.abort();
  expect(await exit).toBe(0);
  await expect(fetch(origin)).rejects.toThrow();
  // The quick start shows all three sources: both shops on, against their built-in simulators.
  const db = openStationDb(join(dir, 'station.db'), { openedBy: 'command' });
  const stored = readSettings(db);
  db.close();
  for (const source of SHOP_SOURCES) {
    expect(storedSource(stored, source), source).toMatchObject({ enabled: true, url: null });
  }
});

it('refuses a bad port', async () => {
  const stderr = new PassThrough();
  let text = '';
  stderr.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  const code = await runCli(['browser', '--port', 'eighty', '--db', join(dir, 'x.db')], {
    stdout: new PassThrough(),
    stderr,
    env: {},
    signal: new AbortController().signal,
  });
  expect(code).toBe(2);
  expect(text).toMatch(/--port must be a whole number/);
});

/** A port on 127.0.0.1 nothing listens on: taken from the OS, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

it('without an Electron binary to be had, station start says so in one plain line, then the address', async () => {
  // Electron's own download, pointed at an address that refuses (as on a machine without internet),
  // with an empty cache and an empty dist folder, so an Electron installed here is not used.
  const empty = join(dir, 'no-electron');
  mkdirSync(join(empty, 'cache'), { recursive: true });
  mkdirSync(join(empty, 'dist'), { recursive: true });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const controller = new AbortController();
  let out = '';
  let err = '';
  stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const printed = new Promise<void>((resolve) => {
    stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('Ctrl+C')) resolve();
    });
  });
  const exit = runCli(['start', '--demo-orders', '20'], {
    stdout,
    stderr,
    env: {
      STATION_DB: join(dir, 'fallback.db'),
      ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/`,
      electron_config_cache: join(empty, 'cache'),
      ELECTRON_OVERRIDE_DIST_PATH: join(empty, 'dist'),
    },
    signal: controller.signal,
  });
  await printed;
  controller.abort();
  expect(await exit).toBe(0);

  expect(err.split('\n').filter(Boolean)).toEqual([
    'Downloading Electron for its first start…',
    'Electron could not be downloaded, so Packing Station opens in the browser instead; `npm start` tries again next time.',
  ]);
  const [first, address] = out.split('\n');
  expect(first).toBe('Open this address in a browser on this computer:');
  expect(address).toMatch(/^ {2}http:\/\/127\.0\.0\.1:\d+\/#secret=\S+$/);
  expect(`${out}${err}`).not.toMatch(/TypeError|fetch failed|node_modules\/electron|\n\s+at /);
  expect(readdirSync(join(empty, 'dist'))).toEqual([]);
  expect(existsSync(join(empty, 'cache'))).toBe(true);
});
