// The probe the peak-memory figure reads: loaded into a fresh process with --import, it records the
// URLs fetched and the peak RSS, and leaves the answers as they were.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'rss-probe-'));
const server = createServer((request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ path: request.url }));
});
let origin = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

it('writes the URLs a process fetched and its peak RSS at exit, answers untouched', async () => {
  const file = join(dir, 'probe.json');
  const probe = pathToFileURL(join(import.meta.dirname, 'rss-probe.ts')).href;
  const script = `
    const a = await (await fetch(new URL('${origin}/v1/a?x=<b>'))).json();
    const b = await (await fetch('${origin}/v1/b')).json();
    process.stdout.write(JSON.stringify([a.path, b.path]));
  `;
  // Asynchronously, so this process's server can answer the child.
  const ran = await run(process.execPath, ['--import', probe, '--input-type=module', '-e', script], {
    env: { ...process.env, BENCH_PROBE_FILE: file },
    encoding: 'utf8',
  });
  expect(ran.stderr).toBe('');
  expect(JSON.parse(ran.stdout)).toEqual(['/v1/a?x=%3Cb%3E', '/v1/b']);
  const recorded = JSON.parse(readFileSync(file, 'utf8')) as { maxRssKiB: number; urls: string[] };
  expect(recorded.urls).toEqual([`${origin}/v1/a?x=%3Cb%3E`, `${origin}/v1/b`]);
  // A Node process holds well over 10 MiB; the figure is in KiB.
  expect(recorded.maxRssKiB).toBeGreaterThan(10 * 1024);
});
