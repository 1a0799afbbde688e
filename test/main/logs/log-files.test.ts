import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { type LogFiles, openLogFiles, stationLog } from '../../../electron/main/logs/station-log.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

const ENTRY = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (ERROR|WARN |INFO |DEBUG) /;

let files: LogFiles | undefined;
afterEach(() => files?.close());

test('writes one redacted entry per line to <data folder>/logs/station.log, private', ({ dbDir }) => {
  files = openLogFiles({ dataDir: dbDir, secrets: () => ['the-settings-key-42'] });
  stationLog.error('pull failed for', { url: 'https://e.example/x', apiKey: 'abc' }, new Error('two\nlines'));
  stationLog.warn('GET https://e.example/the-settings-key-42/orders X-API-KEY: the-settings-key-42');
  stationLog.info('station opened');

  expect(files.file).toBe(join(dbDir, 'logs', 'station.log'));
  const lines = readFileSync(files.file, 'utf8').trimEnd().split('\n');
  expect(lines.slice(1)).toHaveLength(3); // after the "log opened" entry
  for (const line of lines) expect(line).toMatch(ENTRY);
  expect(lines[1]).toContain('ERROR pull failed for');
  expect(lines[1]).toContain('two ⏎ lines');
  expect(lines.join('\n')).not.toContain('the-settings-key-42');
  expect(lines.join('\n')).not.toContain("'abc'");
  expect(statSync(files.file).mode & 0o777).toBe(0o600);
  expect(statSync(join(dbDir, 'logs')).mode & 0o777).toBe(0o700);
});

test('rotates by size into station.1.log (newest) … station.N.log and keeps N', ({ dbDir }) => {
  files = openLogFiles({ dataDir: dbDir, maxBytes: 400, kept: 3 });
  for (let i = 0; i < 60; i++) stationLog.info(`entry ${String(i).padStart(2, '0')} ${'x'.repeat(40)}`);

  const names = readdirSync(join(dbDir, 'logs')).sort();
  expect(names).toEqual(['station.1.log', 'station.2.log', 'station.3.log', 'station.log']);
  const newest = (name: string) =>
    readFileSync(join(dbDir, 'logs', name), 'utf8')
      .trimEnd()
      .split('\n');
  const last = (name: string) =>
    Number(
      newest(name)
        .at(-1)
        ?.match(/entry (\d+)/)?.[1],
    );
  expect(last('station.log')).toBe(59);
  // Each archive ends where the next newer one begins.
  expect(last('station.1.log')).toBeLessThan(Number(newest('station.log')[0]?.match(/entry (\d+)/)?.[1]));
  expect(last('station.2.log')).toBeLessThan(last('station.1.log'));
  expect(last('station.3.log')).toBeLessThan(last('station.2.log'));
});

test('close points the log back at stderr: nothing more reaches the file', ({ dbDir }) => {
  files = openLogFiles({ dataDir: dbDir });
  const file = files.file;
  files.close();
  files = undefined;
  stationLog.debug('after close');
  expect(readFileSync(file, 'utf8')).not.toContain('after close');
});
