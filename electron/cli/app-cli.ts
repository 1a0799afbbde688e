// The installed app is also the station's command line: `packing-station --cli backup` runs what
// `station backup` runs, on the app's own database. A station PC has no Node.js, and the packaged
// app cannot be run as Node (its RunAsNode fuse is off), so IT reaches backups, restores, logs and
// diagnostics through the app binary itself (docs/INSTALL.md).
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { runCli } from './run.ts';

/** The arguments after `--cli`, or null when the app was started to show its window. */
export function cliArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf('--cli');
  return at === -1 ? null : argv.slice(at + 1);
}

export interface AppCliIo {
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  /** The app's data folder: its `station.db` is the database a command works on unless told otherwise. */
  dataDir: string;
  signal: AbortSignal;
}

/** Runs one command as `station` would; its exit code. `--db` or `STATION_DB` still choose another file. */
export function runAppCli(argv: string[], io: AppCliIo): Promise<number> {
  const env = io.env.STATION_DB ? io.env : { ...io.env, STATION_DB: join(io.dataDir, 'station.db') };
  return runCli(argv, { stdout: io.stdout, stderr: io.stderr, env, signal: io.signal });
}
