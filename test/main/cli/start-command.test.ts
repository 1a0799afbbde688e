import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run.ts';
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
