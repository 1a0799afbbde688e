// `station start` (what `npm start` runs): the desktop app. Where Electron's binary cannot be had,
// say so and keep the station usable: the same station in browser mode, with the URL to open.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CliContext, type Command, EXIT, usageError, writeLine } from '../command.ts';
import { parseFlags } from '../flags.ts';
import { BROWSER_FLAGS, browserModeOptions, runBrowserMode } from './browser.ts';

const APP_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * The Electron executable, or why there is none. The package downloads its binary on first use; we
 * run that download ourselves first, so a failure is one line here instead of the downloader's
 * stack trace on the newcomer's screen.
 */
function electronBinary(ctx: CliContext): { ok: true; path: string } | { ok: false; reason: string } {
  try {
    const folder = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(folder, 'path.txt');
    const installed =
      existsSync(pathFile) && existsSync(join(folder, 'dist', readFileSync(pathFile, 'utf8')));
    if (!installed) {
      writeLine(ctx.stderr, 'Downloading Electron for its first start…');
      const download = spawnSync(process.execPath, [join(folder, 'install.js')], {
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      });
      if (download.status !== 0) {
        const why = download.stderr
          .split('\n')
          .find((line) => /error|failed/i.test(line))
          ?.trim();
        return { ok: false, reason: `its download failed${why ? ` (${why})` : ''}` };
      }
    }
    // Where the electron package itself would point (its index.js), without loading it here.
    const relative = readFileSync(pathFile, 'utf8');
    const override = ctx.env.ELECTRON_OVERRIDE_DIST_PATH;
    return { ok: true, path: override ? join(override, relative) : join(folder, 'dist', relative) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export const startCommand: Command = {
  name: 'start',
  summary: 'start the Packing Station app (browser mode where Electron cannot run)',
  usage: 'station start [--no-electron] [--port N] [--db PATH] [--demo-orders N]',
  async run(argv, ctx) {
    const parsed = parseFlags(argv, { 'no-electron': { type: 'boolean' }, ...BROWSER_FLAGS });
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { 'no-electron': noElectron, ...browserFlags } = parsed.flags.values;

    if (!noElectron) {
      const electron = electronBinary(ctx);
      if (electron.ok) return runElectron(electron.path, ctx);
      writeLine(ctx.stderr, `Electron cannot start on this machine: ${electron.reason}`);
      writeLine(ctx.stderr, 'Starting the station in browser mode instead.');
    }
    const options = browserModeOptions(browserFlags, ctx.env);
    if (typeof options === 'string') return usageError(ctx, this, options);
    return runBrowserMode(ctx, this, options, (host) => {
      writeLine(
        ctx.stdout,
        'Packing Station is running in browser mode (demo mode until an API is set in Settings).',
      );
      writeLine(ctx.stdout, `Open this address in a browser on this computer:\n  ${host.url}`);
      writeLine(ctx.stdout, `Station database: ${options.dbFile}`);
      writeLine(ctx.stdout, 'Press Ctrl+C to stop.');
    });
  },
};

function runElectron(binary: string, ctx: CliContext): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(binary, [APP_ROOT], { stdio: 'inherit', env: ctx.env });
    ctx.signal.addEventListener('abort', () => child.kill('SIGTERM'), { once: true });
    child.once('exit', (code) => resolve(code ?? EXIT.failed));
    child.once('error', (error) => {
      writeLine(ctx.stderr, `Electron failed to start: ${error.message}`);
      resolve(EXIT.failed);
    });
  });
}
