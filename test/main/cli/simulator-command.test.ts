import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { station } from '../../fixtures/cli.ts';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

function startStation(args: string[]): { child: ChildProcess; firstLine: Promise<string> } {
  const child = spawn(process.execPath, ['electron/cli/station.ts', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const firstLine = new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`station exited ${code} before printing`)));
  });
  return { child, firstLine };
}

describe('station simulator', () => {
  it('prints one JSON line with url and key once it listens, serves the API, and stops on SIGTERM', async () => {
    const { child, firstLine } = startStation([
      'simulator',
      '--port',
      '0',
      '--seed',
      '7',
      '--orders',
      '40',
      '--api-key',
      'k-test',
      '--faults',
      'latency=0,error5xx=0',
    ]);
    const info = JSON.parse(await firstLine) as { url: string; apiKey: string };
    expect(info.apiKey).toBe('k-test');
    expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const list = await fetch(`${info.url}/v1/fulfillment/orders?limit=1000`, {
      headers: { 'X-API-KEY': 'k-test' },
    });
    expect(list.status).toBe(200);
    expect(((await list.json()) as { total: number }).total).toBe(40);
    const log = await fetch(`${info.url}/_sim/transitions`, { headers: { 'X-API-KEY': 'k-test' } });
    expect(await log.json()).toEqual([]);

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('applies --faults from the start (offline drops API connections, /_sim keeps answering)', async () => {
    const { firstLine } = startStation(['simulator', '--orders', '10', '--faults', 'offline=1']);
    const info = JSON.parse(await firstLine) as { url: string; apiKey: string };
    await expect(
      fetch(`${info.url}/v1/fulfillment/orders`, { headers: { 'X-API-KEY': info.apiKey } }),
    ).rejects.toThrow();
    const faults = await fetch(`${info.url}/_sim/faults`, {
      method: 'PUT',
      headers: { 'X-API-KEY': info.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ offline: false }),
    });
    expect(faults.status).toBe(200);
    const list = await fetch(`${info.url}/v1/fulfillment/orders`, { headers: { 'X-API-KEY': info.apiKey } });
    expect(list.status).toBe(200);
  });

  it('refuses a bad fault spec or port with a usage error', async () => {
    const bad = await station(['simulator', '--faults', 'latency=abc']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--faults: .*latency/);
    const badPort = await station(['simulator', '--port', '70000']);
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toContain('--port must be between 0 and 65535');
  });
});

describe('station (no command)', () => {
  it('prints help and exits 2 without a command, and 2 for an unknown one', async () => {
    const none = await station([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('station simulator');
    const unknown = await station(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
  });
});
