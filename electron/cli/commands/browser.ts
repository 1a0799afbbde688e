// `station browser`: the station UI in a browser on this machine (development, tests, and machines
// without Electron). The same core as the desktop app behind a 127.0.0.1-only host.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { claimStationFolder, makeDatabaseFolder } from '../../main/db/index.ts';
import { type BrowserHost, startBrowserHost } from '../../main/host/index.ts';
import { createSessionSecretBox, openStation, type Station } from '../../main/station/index.ts';
import { appRoot } from '../app-root.ts';
import { type CliContext, type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { failureText } from '../failure-text.ts';
import { intFlag, parseFlags } from '../flags.ts';

const APP_ROOT = appRoot(import.meta.url);
const RENDERER_DIR = join(APP_ROOT, 'out', 'renderer');

export interface BrowserModeOptions {
  port: number;
  dbFile: string;
  /** Size of the demo simulator; undefined: STATION_DEMO_ORDERS or 500. */
  demoOrders: number | undefined;
}

/**
 * --db, then STATION_DB (its folder created private if missing), then ~/.packing-station/station.db
 * (the station's own folder: kept 0700).
 */
export function stationDbFile(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  const chosen = flag ?? env.STATION_DB;
  if (chosen) {
    makeDatabaseFolder(chosen);
    return chosen;
  }
  const folder = join(homedir(), '.packing-station');
  claimStationFolder(folder);
  return join(folder, 'station.db');
}

/**
 * Runs core + host until the command is interrupted. `announce` tells the user where to go once
 * the host listens.
 */
export async function runBrowserMode(
  ctx: CliContext,
  command: Command,
  options: BrowserModeOptions,
  announce: (host: BrowserHost) => void,
): Promise<number> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    writeLine(
      ctx.stderr,
      `station ${command.name}: the station UI is not built (${join(RENDERER_DIR, 'index.html')} is missing). Run \`npm run build\` first.`,
    );
    return EXIT.failed;
  }
  let station: Station;
  try {
    station = await openStation({
      dbFile: options.dbFile,
      secretBox: createSessionSecretBox(),
      shell: 'browser',
      version: appVersion(),
      writeLogs: true,
      env: {
        ...ctx.env,
        ...(options.demoOrders !== undefined ? { STATION_DEMO_ORDERS: String(options.demoOrders) } : {}),
      },
    });
  } catch (error) {
    writeLine(ctx.stderr, `station ${command.name}: ${failureText(error, options.dbFile)}`);
    return EXIT.failed;
  }
  let host: BrowserHost;
  try {
    host = await startBrowserHost({ station, rendererDir: RENDERER_DIR, port: options.port });
  } catch (error) {
    await station.close();
    writeLine(
      ctx.stderr,
      `station ${command.name}: cannot listen on 127.0.0.1:${options.port}: ${reason(error)}. Pick another --port (0 for any).`,
    );
    return EXIT.failed;
  }
  announce(host);
  await new Promise<void>((resolve) => {
    if (ctx.signal.aborted) resolve();
    ctx.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await host.close();
  await station.close();
  return EXIT.ok;
}

/** Flags both `browser` and `start` take. */
export const BROWSER_FLAGS = {
  port: { type: 'string' },
  db: { type: 'string' },
  'demo-orders': { type: 'string' },
} as const;

export function browserModeOptions(
  values: { port?: string | undefined; db?: string | undefined; 'demo-orders'?: string | undefined },
  env: NodeJS.ProcessEnv,
): BrowserModeOptions | string {
  const port = intFlag('port', values.port, 0, 65_535);
  if (typeof port === 'string') return port;
  const demoOrders = intFlag('demo-orders', values['demo-orders'], 1, 200_000);
  if (typeof demoOrders === 'string') return demoOrders;
  return { port: port ?? 0, dbFile: stationDbFile(values.db, env), demoOrders };
}

export const browserCommand: Command = {
  ...COMMAND_HELP.browser,
  async run(argv, ctx) {
    const parsed = parseFlags(argv, BROWSER_FLAGS);
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const options = browserModeOptions(parsed.flags.values, ctx.env);
    if (typeof options === 'string') return usageError(ctx, this, options);
    return runBrowserMode(ctx, this, options, (host) => {
      // stdout holds exactly this line, for scripts and tests; the words for people go to stderr.
      writeLine(ctx.stdout, JSON.stringify({ url: host.url }));
      writeLine(
        ctx.stderr,
        `Packing Station (browser mode): open ${host.url} in a browser on this computer.`,
      );
      writeLine(ctx.stderr, 'Press Ctrl+C to stop.');
    });
  },
};

function appVersion(): string {
  const manifest = JSON.parse(readFileSync(join(APP_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
