// `station start` (what `npm start` runs): the desktop app. Where Electron's binary cannot be had,
// say so and keep the station usable: the same station in browser mode, with the URL to open.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { appRoot } from '../app-root.ts';
import { type CliContext, type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { parseFlags } from '../flags.ts';
import { BROWSER_FLAGS, browserModeOptions, runBrowserMode } from './browser.ts';

const APP_ROOT = appRoot(import.meta.url);

/** Why there is no Electron to run: each gets its own plain line, no downloader stack trace. */
type NoElectron =
  | { why: 'not-installed' }
  /** `detail`: the downloader's words when they are more than "no network". */
  | { why: 'download-failed'; detail?: string };

/** The downloader's first error line says only that the network was not there. */
const NETWORK_FAILURE =
  /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|socket|getaddrinfo/i;

/**
 * The Electron executable, or why there is none. The package downloads its binary on first use; we
 * run that download ourselves first (with this command's environment: ELECTRON_MIRROR, proxies,
 * ELECTRON_OVERRIDE_DIST_PATH), so a failure is one line here instead of the downloader's stack trace
 * and its advice to delete node_modules/electron.
 */
function electronBinary(ctx: CliContext): { ok: true; path: string } | ({ ok: false } & NoElectron) {
  let folder: string;
  try {
    folder = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { ok: false, why: 'not-installed' };
  }
  // Where the electron package itself would point (its index.js), without loading it here.
  const binary = (): string | undefined => {
    const pathFile = join(folder, 'path.txt');
    const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : undefined;
    const override = ctx.env.ELECTRON_OVERRIDE_DIST_PATH;
    const path = override
      ? join(override, relative ?? 'electron')
      : relative && join(folder, 'dist', relative);
    return path && existsSync(path) ? path : undefined;
  };
  const installed = binary();
  if (installed) return { ok: true, path: installed };

  writeLine(ctx.stderr, 'Downloading Electron for its first start…');
  const download = spawnSync(process.execPath, [join(folder, 'install.js')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: ctx.env,
  });
  const downloaded = download.status === 0 ? binary() : undefined;
  if (downloaded) return { ok: true, path: downloaded };
  const said = (download.stderr ?? '')
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('at '));
  return said && !NETWORK_FAILURE.test(said)
    ? { ok: false, why: 'download-failed', detail: said.slice(0, 200) }
    : { ok: false, why: 'download-failed' };
}

/** The one line a newcomer reads when the desktop app cannot open: what happens instead, and why. */
function browserInsteadLine(missing: NoElectron): string {
  const instead = 'so Packing Station opens in the browser instead';
  if (missing.why === 'not-installed') {
    return `Electron is not installed (\`npm install\` brings it), ${instead}.`;
  }
  const detail = missing.detail ? ` (${missing.detail})` : '';
  return `Electron could not be downloaded${detail}, ${instead}; \`npm start\` tries again next time.`;
}

export const startCommand: Command = {
  ...COMMAND_HELP.start,
  async run(argv, ctx) {
    const parsed = parseFlags(argv, { 'no-electron': { type: 'boolean' }, ...BROWSER_FLAGS });
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { 'no-electron': noElectron, ...browserFlags } = parsed.flags.values;

    if (!noElectron) {
      const electron = electronBinary(ctx);
      if (electron.ok) return runElectron(electron.path, ctx);
      writeLine(ctx.stderr, browserInsteadLine(electron));
    }
    const options = browserModeOptions(browserFlags, ctx.env);
    if (typeof options === 'string') return usageError(ctx, this, options);
    return runBrowserMode(ctx, this, options, (host) => {
      writeLine(ctx.stdout, `Open this address in a browser on this computer:\n  ${host.url}`);
      writeLine(
        ctx.stdout,
        `Station database: ${options.dbFile} (demo orders until an Equipme API is set in Settings)`,
      );
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
