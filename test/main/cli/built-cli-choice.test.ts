// When the bin may run the built CLI: only while no source it was built from is newer than its build.
// Checked on a folder of the test's own, laid out like a checkout.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { currentBuiltCli } from '../../../electron/cli/built-cli.js';

const BUILT_AT = Date.parse('2026-06-01T10:00:00Z');
let root: string;

function file(path: string, text: string, mtime = BUILT_AT - 60_000): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
  utimesSync(join(root, path), mtime / 1000, mtime / 1000);
}

function sourcesJson(value: unknown): void {
  file('out/cli/sources.json', typeof value === 'string' ? value : JSON.stringify(value));
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'packing-station-checkout-'));
  file('out/cli/station.js', '// built');
  file('electron/cli/run.ts', '// source');
  file('package.json', '{}');
  sourcesJson({ startedAt: BUILT_AT, sources: ['electron/cli/run.ts', 'package.json'] });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

it('runs the build while every source is older than the build', () => {
  expect(currentBuiltCli(root)).toBe(join(root, 'out/cli/station.js'));
});

it('runs the sources once one of them, or package.json, changed after the build started', () => {
  file('electron/cli/run.ts', '// edited', BUILT_AT + 1);
  expect(currentBuiltCli(root)).toBeUndefined();
  file('electron/cli/run.ts', '// source');
  file('package.json', '{"dependencies":{}}', BUILT_AT + 5_000);
  expect(currentBuiltCli(root)).toBeUndefined();
});

it('a source the checkout does not have (a packaged app ships none) leaves the build current', () => {
  rmSync(join(root, 'electron'), { recursive: true });
  expect(currentBuiltCli(root)).toBe(join(root, 'out/cli/station.js'));
});

it('no build, or a list it cannot trust, means the sources', () => {
  for (const garbage of [
    '',
    'not json',
    'null',
    '[]',
    '{"sources":["electron/cli/run.ts"]}',
    `{"startedAt":"${BUILT_AT}","sources":[]}`,
    `{"startedAt":${BUILT_AT},"sources":"electron/cli/run.ts"}`,
    `{"startedAt":${BUILT_AT},"sources":[42]}`,
    `{"startedAt":${BUILT_AT},"sources":[null]}`,
    '\u0000'.repeat(10_000),
  ]) {
    sourcesJson(garbage);
    expect(currentBuiltCli(root), JSON.stringify(garbage.slice(0, 40))).toBeUndefined();
  }
  sourcesJson({ startedAt: BUILT_AT, sources: [] });
  rmSync(join(root, 'out/cli/station.js'));
  expect(currentBuiltCli(root)).toBeUndefined();
  mkdirSync(join(root, 'out/cli/station.js'));
  expect(currentBuiltCli(root)).toBeUndefined();
  rmSync(join(root, 'out'), { recursive: true });
  expect(currentBuiltCli(root)).toBeUndefined();
});
