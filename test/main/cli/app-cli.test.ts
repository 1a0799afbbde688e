// The installed app as the station command line: `--cli` and what follows is one command, run on
// the app's own database unless --db or STATION_DB say otherwise.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { cliArguments, runAppCli } from '../../../electron/cli/app-cli.ts';
import { openStationDb } from '../../../electron/main/db/index.ts';

function io(dataDir: string, env: NodeJS.ProcessEnv = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const text = { out: '', err: '' };
  stdout.on('data', (chunk) => {
    text.out += String(chunk);
  });
  stderr.on('data', (chunk) => {
    text.err += String(chunk);
  });
  return { io: { stdout, stderr, env, dataDir, signal: new AbortController().signal }, text };
}

function dataFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ps-app-cli-'));
  openStationDb(join(dir, 'station.db')).close();
  return dir;
}

describe('cliArguments', () => {
  it('takes what follows --cli, wherever Electron puts it, and nothing without it', () => {
    expect(
      cliArguments(['/opt/Packing Station/packing-station', '--cli', 'backup', '--out', 'x.db']),
    ).toEqual(['backup', '--out', 'x.db']);
    expect(cliArguments(['electron', '.', '--cli', 'outbox'])).toEqual(['outbox']);
    expect(cliArguments(['electron', '.', '--cli'])).toEqual([]);
    expect(cliArguments(['/opt/Packing Station/packing-station'])).toBeNull();
    expect(cliArguments(['packing-station', '--no-sandbox'])).toBeNull();
  });
});

describe('runAppCli', () => {
  it('backs up the app’s own database by default', async () => {
    const dataDir = dataFolder();
    const { io: cli, text } = io(dataDir);
    expect(await runAppCli(['backup'], cli)).toBe(0);
    expect(text.err).toBe('');
    expect(readdirSync(join(dataDir, 'backups')).filter((name) => name.endsWith('.db'))).toHaveLength(1);
  });

  it('works on the file STATION_DB names instead', async () => {
    const dataDir = dataFolder();
    const other = dataFolder();
    const { io: cli } = io(dataDir, { STATION_DB: join(other, 'station.db') });
    expect(await runAppCli(['backup'], cli)).toBe(0);
    expect(existsSync(join(dataDir, 'backups'))).toBe(false);
    expect(readdirSync(join(other, 'backups')).filter((name) => name.endsWith('.db'))).toHaveLength(1);
  });

  it('answers a wrong command as station does, with exit 2', async () => {
    const { io: cli, text } = io(dataFolder());
    expect(await runAppCli(['bakcup'], cli)).toBe(2);
    expect(text.err).toContain("unknown command 'bakcup'");
  });
});
