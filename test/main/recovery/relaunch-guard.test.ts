import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crashedOnce } from '../../../electron/main/recovery/relaunch-guard.ts';

const MINUTE = 60_000;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'station-relaunch-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('relaunch guard', () => {
  it('relaunches three times in ten minutes, then stays down', () => {
    expect(crashedOnce(dir, 0)).toBe('relaunch');
    expect(crashedOnce(dir, 1 * MINUTE)).toBe('relaunch');
    expect(crashedOnce(dir, 2 * MINUTE)).toBe('relaunch');
    expect(crashedOnce(dir, 3 * MINUTE)).toBe('stay-down');
  });

  it('counts only the last ten minutes, across processes (the file)', () => {
    for (const at of [0, 1, 2]) crashedOnce(dir, at * MINUTE);
    // Ten and a half minutes after the first: two left in the window, this one makes three.
    expect(crashedOnce(dir, 10.5 * MINUTE)).toBe('relaunch');
    expect(JSON.parse(readFileSync(join(dir, 'relaunches.json'), 'utf8'))).toEqual({
      crashes: [1 * MINUTE, 2 * MINUTE, 10.5 * MINUTE],
    });
    expect(statSync(join(dir, 'relaunches.json')).mode & 0o777).toBe(0o600);
  });

  it('reads a damaged file as no crashes, and a clock set back ignores the future ones', () => {
    writeFileSync(join(dir, 'relaunches.json'), '{not json');
    expect(crashedOnce(dir, 5 * MINUTE)).toBe('relaunch');
    writeFileSync(
      join(dir, 'relaunches.json'),
      JSON.stringify({ crashes: [90 * MINUTE, 91 * MINUTE, 92 * MINUTE] }),
    );
    expect(crashedOnce(dir, 5 * MINUTE)).toBe('relaunch');
  });

  it('still relaunches when it cannot write down the crash', () => {
    const missing = join(dir, 'gone');
    for (const at of [0, 1, 2, 3, 4]) expect(crashedOnce(missing, at)).toBe('relaunch');
  });
});
