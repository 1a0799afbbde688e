// `station restore FILE`: the station database replaced by a backup, for IT with the station closed.
// The file is checked first (a station database, undamaged, not from a newer app); the database it
// replaces is kept next to the backups.
import { resolve } from 'node:path';
import { restoreStation } from '../../main/db/station-restore.ts';
import { type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { parseFlags } from '../flags.ts';

export const restoreCommand: Command = {
  ...COMMAND_HELP.restore,
  async run(argv, ctx) {
    const parsed = parseFlags(argv, { json: { type: 'boolean' }, db: { type: 'string' } }, true);
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { values, positionals } = parsed.flags;
    if (positionals.length !== 1 || !positionals[0]) {
      return usageError(ctx, this, 'name exactly one backup file to restore');
    }
    const file = values.db ?? ctx.env.STATION_DB;
    if (!file) return usageError(ctx, this, 'no station database: pass --db PATH or set STATION_DB.');
    const restored = restoreStation(resolve(positionals[0]), resolve(file), new Date());
    if (!restored.ok) {
      writeLine(ctx.stderr, `station restore: ${restored.error.message}`);
      return EXIT.failed;
    }
    if (values.json) {
      writeLine(ctx.stdout, JSON.stringify(restored.value));
      return EXIT.ok;
    }
    const { keptAs, fromVersion, schemaVersion } = restored.value;
    writeLine(
      ctx.stdout,
      `restored ${positionals[0]} into ${file}` +
        (fromVersion === schemaVersion
          ? ''
          : ` (schema version ${fromVersion}, brought up to ${schemaVersion})`),
    );
    writeLine(
      ctx.stdout,
      keptAs === null ? 'there was no database to keep' : `the database it replaced is kept as ${keptAs}`,
    );
    writeLine(ctx.stdout, 'start the station: it sends the unsent changes of the backup');
    return EXIT.ok;
  },
};
