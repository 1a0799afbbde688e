import { appendFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { expect } from 'vitest';
import { runCli } from '../../../electron/cli/run.ts';
import { station } from '../../fixtures/cli.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

const entry = (n: number) => `2026-12-02T08:00:${String(n).padStart(2, '0')}.000Z INFO  entry ${n}`;

function writeLog(dir: string, name: string, from: number, to: number): void {
  mkdirSync(join(dir, 'logs'), { recursive: true });
  const lines = Array.from({ length: to - from + 1 }, (_, i) => entry(from + i));
  writeFileSync(join(dir, 'logs', name), `${lines.join('\n')}\n`);
}

test('prints the last N entries, reaching into the archive when the current file is short', async ({
  dbDir,
  dbFile,
}) => {
  writeLog(dbDir, 'station.1.log', 1, 5);
  writeLog(dbDir, 'station.log', 6, 7);
  const run = await station(['logs', '--lines', '4', '--db', dbFile]);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  expect(run.stdout).toBe(`${[entry(4), entry(5), entry(6), entry(7)].join('\n')}\n`);

  const fromEnv = await station(['logs', '-n', '1'], { STATION_DB: dbFile });
  expect(fromEnv.stdout).toBe(`${entry(7)}\n`);
});

test('says where it looked when there is no log yet', async ({ dbFile }) => {
  const run = await station(['logs', '--db', dbFile]);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/no log in .*logs yet/);
});

test('--follow prints what is written, across a rotation, until the signal', async ({ dbDir, dbFile }) => {
  writeLog(dbDir, 'station.log', 1, 2);
  const file = join(dbDir, 'logs', 'station.log');
  const stdout = new PassThrough();
  let out = '';
  const waits = new Set<() => void>();
  stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    for (const look of waits) look();
  });
  const seen = (text: string) =>
    new Promise<void>((resolve) => {
      const look = () => {
        if (!out.includes(text)) return;
        waits.delete(look);
        resolve();
      };
      waits.add(look);
      look();
    });
  const controller = new AbortController();
  const running = runCli(['logs', '--follow', '--lines', '1', '--db', dbFile], {
    stdout,
    stderr: new PassThrough(),
    env: {},
    signal: controller.signal,
  });
  await seen(entry(2));
  appendFileSync(file, `${entry(3)}\n`);
  await seen(entry(3));
  renameSync(file, join(dbDir, 'logs', 'station.1.log'));
  writeFileSync(file, `${entry(4)}\n`);
  await seen(entry(4));
  controller.abort();
  expect(await running).toBe(0);
  expect(out).toBe(`${[entry(2), entry(3), entry(4)].join('\n')}\n`);
});
