// `station browser` as the e2e tests use it: spawned, one JSON line on stdout, serving until killed.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { APP_ROOT, ensureRendererBuilt } from './browser-mode.ts';

let dir: string;
let child: ChildProcess | undefined;

beforeAll(() => {
  ensureRendererBuilt();
  dir = mkdtempSync(join(tmpdir(), 'packing-station-browser-'));
}, 120_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

function firstLine(process: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    process.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const end = text.indexOf('\n');
      if (end >= 0) resolve(text.slice(0, end));
    });
    process.once('exit', (code) => reject(new Error(`station browser exited with ${code} before printing`)));
  });
}

it('prints {"url"} once listening, serves the UI and the IPC socket, and stops on SIGTERM', async () => {
  child = spawn(
    process.execPath,
    [
      'electron/cli/station.ts',
      'browser',
      '--port',
      '0',
      '--db',
      join(dir, 'station.db'),
      '--demo-orders',
      '20',
    ],
    { cwd: APP_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const line = await firstLine(child);
  const { url } = JSON.parse(line) as { url: string };
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#secret=[A-Za-z0-9_-]{43}$/);

  const page = new URL(url);
  const response = await fetch(page.origin);
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('<div id="root">');

  const socket = new WebSocket(`ws://${page.host}/ipc?secret=${page.hash.slice('#secret='.length)}`, {
    origin: page.origin,
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const answer = new Promise((resolve) =>
    socket.once('message', (data) => resolve(JSON.parse(data.toString()))),
  );
  socket.send(JSON.stringify({ id: 1, channel: 'station:info' }));
  await expect(answer).resolves.toMatchObject({
    id: 1,
    response: { ok: true, value: { mode: 'demo', shell: 'browser' } },
  });
  socket.close();

  const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  await expect(exited).resolves.toBe(0);
});
