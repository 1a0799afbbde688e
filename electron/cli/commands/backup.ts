// `station backup`: a checked copy of the station database, taken while a station may be running
// (SQLite's online backup). Into <data>/backups/ with the others (the oldest beyond 7 removed), or
// to --out, a file that must not exist yet.
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { backupsFolderOf, DEFAULT_BACKUPS_KEPT } from '../../main/db/backup-files.ts';
import { shellQuote } from '../../main/db/sqlite-problem.ts';
import { writeBackup } from '../../main/db/station-backup.ts';
import { type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { parseFlags } from '../flags.ts';
import { withStationDb } from '../station-db.ts';

export const backupCommand: Command = {
  ...COMMAND_HELP.backup,
  async run(argv, ctx) {
    const parsed = parseFlags(argv, {
      out: { type: 'string' },
      json: { type: 'boolean' },
      db: { type: 'string' },
    });
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { values } = parsed.flags;
    const out = values.out === undefined ? undefined : resolve(values.out);
    if (out !== undefined && existsSync(out)) {
      return usageError(ctx, this, `${shellQuote(out)} exists already: choose a new file name`);
    }
    return withStationDb(this, ctx, values.db, async (db) => {
      const written = await writeBackup(db, {
        ...(out === undefined
          ? { dir: backupsFolderOf(db.name), keep: DEFAULT_BACKUPS_KEPT }
          : // A file of the operator's choosing: nothing else in its folder is pruned.
            { dir: dirname(out), name: basename(out), keep: Number.POSITIVE_INFINITY }),
        now: new Date(),
        pagesPerStep: 0x7fffffff,
      });
      if (!written.ok) {
        writeLine(ctx.stderr, `station backup: ${written.error.message}`);
        return EXIT.failed;
      }
      if (values.json) {
        writeLine(ctx.stdout, JSON.stringify(written.value));
        return EXIT.ok;
      }
      writeLine(
        ctx.stdout,
        `backup written and checked: ${written.value.file} (schema version ${written.value.schemaVersion})`,
      );
      for (const file of written.value.removed) writeLine(ctx.stdout, `removed the older backup ${file}`);
      return EXIT.ok;
    });
  },
};
