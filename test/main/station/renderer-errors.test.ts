import { readFileSync } from 'node:fs';
import { afterEach, expect } from 'vitest';
import { type LogFiles, openLogFiles } from '../../../electron/main/logs/station-log.ts';
import { rendererErrorHandlers } from '../../../electron/main/station/renderer-errors.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

let files: LogFiles | undefined;
afterEach(() => files?.close());

const entries = (file: string, text: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.includes(text));

test("a renderer's error is one ERROR entry of the station log, secrets redacted", async ({ dbDir }) => {
  files = openLogFiles({ dataDir: dbDir });
  const handlers = rendererErrorHandlers(() => new Date());
  await handlers['logs:renderer-error']({
    kind: 'unhandled-rejection',
    message: 'fetch failed for {"apiKey":"k-secret-77"}',
    stack: 'TypeError: x\n    at OrderScreen (app.js:10:5)',
    source: 'app.js:10',
  });
  const [line] = entries(files.file, '[renderer]');
  expect(line).toMatch(
    / ERROR \[renderer\] unhandled-rejection: fetch failed .* at app\.js:10 TypeError: x ⏎ at OrderScreen/,
  );
  expect(line).not.toContain('k-secret-77');
});

test('a burst beyond 20 is dropped and counted once the rate allows again', async ({ dbDir }) => {
  files = openLogFiles({ dataDir: dbDir });
  let clock = new Date('2026-12-02T08:00:00Z');
  const handlers = rendererErrorHandlers(() => clock);
  for (let i = 0; i < 25; i++) await handlers['logs:renderer-error']({ kind: 'error', message: `loop ${i}` });
  expect(entries(files.file, 'error: loop')).toHaveLength(20);

  clock = new Date('2026-12-02T08:00:03Z');
  await handlers['logs:renderer-error']({ kind: 'error', message: 'after the burst' });
  expect(entries(files.file, '5 more renderer errors were not logged')).toHaveLength(1);
  expect(entries(files.file, 'after the burst')).toHaveLength(1);
});
