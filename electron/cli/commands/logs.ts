// `station logs`: the station's log from its data folder (the folder of the database), the last
// lines first; --follow keeps printing what is written until interrupted, across a rotation too.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { abortableSleep } from '../../main/abortable-sleep.ts';
import { LOG_FILE, lastLogLines, logsFolderOf } from '../../main/logs/log-files.ts';
import { type CliContext, type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { intFlag, parseFlags } from '../flags.ts';

const DEFAULT_LINES = 50;
const FOLLOW_POLL_MS = 250;

export const logsCommand: Command = {
  ...COMMAND_HELP.logs,
  async run(argv, ctx) {
    const parsed = parseFlags(argv, {
      follow: { type: 'boolean', short: 'f' },
      lines: { type: 'string', short: 'n' },
      db: { type: 'string' },
    });
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { values } = parsed.flags;
    const lines = intFlag('lines', values.lines, 0, 1_000_000);
    if (typeof lines === 'string') return usageError(ctx, this, lines);

    const dbFile = values.db ?? ctx.env.STATION_DB ?? join(homedir(), '.packing-station', 'station.db');
    const folder = logsFolderOf(dirname(dbFile));
    const file = join(folder, LOG_FILE);
    if (!existsSync(file) && !values.follow) {
      writeLine(
        ctx.stderr,
        `station logs: no log in ${folder} yet. The app and \`station start\` write it next to the database (--db or STATION_DB).`,
      );
      return EXIT.failed;
    }
    for (const line of lastLogLines(folder, lines ?? DEFAULT_LINES)) writeLine(ctx.stdout, line);
    if (values.follow) await follow(file, ctx);
    return EXIT.ok;
  },
};

/** Prints what is appended to the file until the signal; a rotated (shorter) file is read from its start. */
async function follow(file: string, ctx: CliContext): Promise<void> {
  let offset = existsSync(file) ? statSync(file).size : 0;
  let partial = '';
  while (!ctx.signal.aborted) {
    await abortableSleep(FOLLOW_POLL_MS, ctx.signal);
    const size = existsSync(file) ? statSync(file).size : 0;
    if (size < offset) {
      offset = 0;
      partial = '';
    }
    if (size === offset) continue;
    const chunk = Buffer.alloc(size - offset);
    const fd = openSync(file, 'r');
    try {
      readSync(fd, chunk, 0, chunk.length, offset);
    } finally {
      closeSync(fd);
    }
    offset = size;
    const text = partial + chunk.toString('utf8');
    const end = text.lastIndexOf('\n');
    partial = text.slice(end + 1);
    if (end >= 0) ctx.stdout.write(text.slice(0, end + 1));
  }
}
