import { PassThrough } from 'node:stream';
import { expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run.ts';

it('station start --no-electron runs the demo simulator, shows how to reach it, and stops cleanly', async () => {
  const stdout = new PassThrough();
  const controller = new AbortController();
  let text = '';
  const printed = new Promise<string>((resolve) => {
    stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.includes('Ctrl+C')) resolve(text);
    });
  });
  const exit = runCli(['start', '--no-electron'], {
    stdout,
    stderr: new PassThrough(),
    env: {},
    signal: controller.signal,
  });
  const shown = await printed;
  const url = /API URL {2}(http:\/\/127\.0\.0\.1:\d+)/.exec(shown)?.[1];
  const key = /API key {2}(\S+)/.exec(shown)?.[1];
  expect(url).toBeDefined();
  const res = await fetch(`${url}/v1/fulfillment/orders?limit=1`, { headers: { 'X-API-KEY': key ?? '' } });
  expect(res.status).toBe(200);
  expect(((await res.json()) as { total: number }).total).toBe(500);

  controller.abort();
  expect(await exit).toBe(0);
  await expect(fetch(`${url}/v1/fulfillment/orders`)).rejects.toThrow();
});
