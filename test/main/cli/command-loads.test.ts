import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PulledStation, pulledStation, type StartUp, startUp } from './start-up.ts';

const SOURCES = 'electron/cli/station.ts';
/** Renderers and printer drivers: a label or a slip needs some, nothing else needs any. */
const PRINTING = [
  'pdfkit',
  'bwip-js',
  '@napi-rs/canvas',
  'pdfjs-dist',
  'zpl-renderer-js',
  'node-thermal-printer',
];
/** What the station database and the outbox need: the database, ids, date checks. */
const STORE_PACKAGES = ['better-sqlite3', 'uuidv7', 'zod'];

let pulled: PulledStation;
let dir: string;
let env: NodeJS.ProcessEnv;
let orderId: number;
beforeAll(async () => {
  pulled = await pulledStation(11, 40);
  ({ env, orderId, dir } = pulled);
});
afterAll(async () => {
  await pulled?.close();
});

const under = (run: StartUp, folder: string) => run.files.filter((file) => file.startsWith(folder));

function expectNoneOf(run: StartUp, packages: string[]) {
  expect(run.packages.filter((name) => packages.includes(name))).toEqual([]);
}

describe('loaded by a command, from the sources', () => {
  it('help, in every spelling, loads the help and nothing else: no command, no package', async () => {
    for (const argv of [['--help'], ['help'], ['help', 'transition'], ['-h'], []]) {
      const run = await startUp(SOURCES, argv, env);
      expect(run.stdout, argv.join(' ')).toContain('station transition <orderId|S:id> <action>');
      expect(run.files.sort(), argv.join(' ')).toEqual([
        'electron/cli/command-help.ts',
        'electron/cli/command.ts',
        'electron/cli/run.ts',
        'electron/cli/station.ts',
      ]);
      expect(run.packages).toEqual([]);
    }
  });

  it('transition and outbox load the store and the outbox: no printing, API client, sync or UI host', async () => {
    const queued = await startUp(SOURCES, ['transition', String(orderId), 'process'], env);
    expect(queued.stderr).toBe('');
    expect(queued.stdout).toContain(`order ${orderId} process new → inprocess (pending)`);
    const listed = await startUp(SOURCES, ['outbox'], env);
    expect(listed.stdout).toContain(String(orderId));
    for (const run of [queued, listed]) {
      for (const folder of ['printing/', 'api/', 'sync/', 'simulator/', 'host/', 'station/']) {
        expect(under(run, `electron/main/${folder}`)).toEqual([]);
      }
      expect(run.packages.filter((name) => !STORE_PACKAGES.includes(name))).toEqual([]);
    }
  });

  it('orders asks the API and opens no database', async () => {
    const run = await startUp(SOURCES, ['orders', '--limit', '5'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(under(run, 'electron/main/db/')).toEqual([]);
    expect(run.packages).toEqual(['zod']);
  });

  it('pull and sync load the store, the client and the engine: no printing, simulator or UI host', async () => {
    for (const argv of [['pull'], ['sync', '--until-empty', '--timeout', '30']]) {
      const run = await startUp(SOURCES, argv, env);
      expect(run.code, run.stderr).toBe(0);
      for (const folder of ['printing/', 'simulator/', 'host/', 'station/']) {
        expect(under(run, `electron/main/${folder}`), argv[0]).toEqual([]);
      }
      expect(run.packages.filter((name) => !STORE_PACKAGES.includes(name))).toEqual([]);
    }
  });

  it('diagnostics reads the audit log without the order screens and their HTML sanitizer', async () => {
    const run = await startUp(SOURCES, ['diagnostics'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.files).not.toContain('electron/main/station/lock-handlers.ts');
    expectNoneOf(run, ['sanitize-html', ...PRINTING]);
  });

  it('printers lists and changes the settings without loading a renderer or a driver', async () => {
    const folder = join(dir, 'prints');
    const added = await startUp(
      SOURCES,
      ['printers', '--add', 'desk', '--kind', 'pdf-file', '--address', folder, '--default-slip', 'desk'],
      env,
    );
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('desk');
    expectNoneOf(added, PRINTING);
    expect(added.files).not.toContain('electron/main/printing/print-service.ts');
  });

  it('print renders a slip with what a PDF needs: no canvas, PDF rasterizer, ZPL preview or HTML sanitizer', async () => {
    const run = await startUp(
      SOURCES,
      ['print', String(orderId), '--kind', 'slip', '--printer', 'desk'],
      env,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`slip of order ${orderId} on desk: printed`);
    expect(run.packages).toContain('pdfkit');
    expectNoneOf(run, ['@napi-rs/canvas', 'pdfjs-dist', 'zpl-renderer-js', 'sanitize-html', 'ws']);
  });
});
