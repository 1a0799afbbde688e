// `station start` (what `npm start` runs): the desktop app. Where Electron's binary cannot be had,
// say so and keep the station usable: run the demo simulator and show how to reach it.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startSimulator } from '../../main/simulator/index.ts';
import { type CliContext, type Command, EXIT, usageError, writeLine } from '../command.ts';
import { parseFlags } from '../flags.ts';

const APP_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The Electron executable, or why there is none (the package downloads it on first use). */
function electronBinary(): { ok: true; path: string } | { ok: false; reason: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' ? { ok: true, path } : { ok: false, reason: 'not an executable path' };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export const startCommand: Command = {
  name: 'start',
  summary: 'start the Packing Station app (demo mode without an API configured)',
  usage: 'station start [--no-electron]',
  async run(argv, ctx) {
    const parsed = parseFlags(argv, { 'no-electron': { type: 'boolean' } });
    if (!parsed.ok) return usageError(ctx, this, parsed.message);

    if (!parsed.flags.values['no-electron']) {
      const electron = electronBinary();
      if (electron.ok) return runElectron(electron.path, ctx);
      writeLine(ctx.stderr, `Electron cannot start on this machine: ${electron.reason}`);
    }
    return runDemoWithoutElectron(ctx);
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

async function runDemoWithoutElectron(ctx: CliContext): Promise<number> {
  const simulator = await startSimulator({ seed: 1, orders: 500 });
  writeLine(ctx.stdout, 'Packing Station demo: the built-in Equipme simulator is running.');
  writeLine(ctx.stdout, `  API URL  ${simulator.url}`);
  writeLine(ctx.stdout, `  API key  ${simulator.apiKey}`);
  writeLine(ctx.stdout, 'In another terminal, list its orders:');
  writeLine(
    ctx.stdout,
    `  STATION_API_URL=${simulator.url} STATION_API_KEY=${simulator.apiKey} npx station orders --status new`,
  );
  writeLine(ctx.stdout, 'Press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    if (ctx.signal.aborted) resolve();
    ctx.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await simulator.close();
  return EXIT.ok;
}
