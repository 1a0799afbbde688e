// The station's log: one process-wide logger the core writes to (`stationLog.warn(...)`), which a
// shell points at the files of its data folder (`openLogFiles`). Until then, and in tests, warnings
// and errors go to stderr as before. electron-log's Node build writes and rotates the files; every
// entry is redacted before it is written (log-line.ts).
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import electronLog from 'electron-log/node';
import { makePrivateFolder } from '../db/private-files.ts';
import { LOG_FILE, LOG_MAX_BYTES, LOGS_KEPT, logsFolderOf, rotateLogs } from './log-files.ts';
import { type LogLevel, logLine } from './log-line.ts';

export type { LogLevel } from './log-line.ts';

export interface StationLog {
  error(...parts: unknown[]): void;
  warn(...parts: unknown[]): void;
  info(...parts: unknown[]): void;
  debug(...parts: unknown[]): void;
}

type Sink = (level: LogLevel, parts: unknown[]) => void;

const toStderr: Sink = (level, parts) => {
  if (level === 'error') console.error(...parts);
  else if (level === 'warn') console.warn(...parts);
};

let sink: Sink = toStderr;

export const stationLog: StationLog = {
  error: (...parts) => sink('error', parts),
  warn: (...parts) => sink('warn', parts),
  info: (...parts) => sink('info', parts),
  debug: (...parts) => sink('debug', parts),
};

export interface LogFilesOptions {
  /** The data folder: the folder of station.db. */
  dataDir: string;
  /** Exact secret values to redact besides the patterns (the API key of the settings). */
  secrets?: () => readonly string[];
  maxBytes?: number;
  kept?: number;
  /** Also write warnings and errors to stderr (the app's terminal; never the CLI's quiet commands). */
  echo?: boolean;
  now?: () => Date;
}

export interface LogFiles {
  folder: string;
  file: string;
  /** Points stationLog back at stderr. */
  close(): void;
}

let opened = 0;

/** Sends stationLog to `<dataDir>/logs/station.log` (rotated by size) from now on. */
export function openLogFiles(options: LogFilesOptions): LogFiles {
  const folder = logsFolderOf(options.dataDir);
  makePrivateFolder(folder);
  const file = join(folder, LOG_FILE);
  const kept = options.kept ?? LOGS_KEPT;
  const secrets = options.secrets ?? (() => []);
  const now = options.now ?? (() => new Date());

  const writer = electronLog.create({ logId: `station-log-${++opened}` });
  writer.transports.console.level = false;
  writer.transports.file.level = 'debug';
  writer.transports.file.maxSize = options.maxBytes ?? LOG_MAX_BYTES;
  writer.transports.file.resolvePathFn = () => file;
  writer.transports.file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  writer.transports.file.archiveLogFn = () => rotateLogs(folder, kept);
  // The line is made (and redacted) here, so no electron-log template ever sees a secret.
  writer.transports.file.format = ({ data, level }) => [
    logLine(now(), level === 'verbose' || level === 'silly' ? 'debug' : (level as LogLevel), data, secrets()),
  ];

  const previous = sink;
  sink = (level, parts) => {
    writer[level](...parts);
    if (options.echo) toStderr(level, parts);
  };
  stationLog.debug(`log opened: ${file}`);
  try {
    chmodSync(file, 0o600);
  } catch {
    // A read-only disk: electron-log reports the write failure itself.
  }
  return {
    folder,
    file,
    close() {
      sink = previous;
    },
  };
}
