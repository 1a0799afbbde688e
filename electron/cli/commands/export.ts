// `station export`: what was packed at this station for one source since a date, as CSV or JSON,
// for the shop's back office to reconcile (docs/export.md). Read from the station database only.
import { writeFileSync } from 'node:fs';
import { ORDER_SOURCES, type OrderSourceName } from '../../../shared/domain/order-sources.ts';
import { type ExportFormat, exportPacked, parseSince } from '../../main/station/packed-export.ts';
import { type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { count } from '../count.ts';
import { parseFlags } from '../flags.ts';
import { withStationDb } from '../station-db.ts';

const isSource = (text: string): text is OrderSourceName =>
  (ORDER_SOURCES as readonly string[]).includes(text);
const isFormat = (text: string): text is ExportFormat => text === 'csv' || text === 'json';

export const exportCommand: Command = {
  ...COMMAND_HELP.export,
  async run(argv, ctx) {
    const parsed = parseFlags(argv, {
      source: { type: 'string' },
      since: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      db: { type: 'string' },
    });
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { values } = parsed.flags;
    if (values.source === undefined) {
      return usageError(ctx, this, `name the source with --source (${ORDER_SOURCES.join(', ')}).`);
    }
    const source = values.source;
    if (!isSource(source)) {
      return usageError(ctx, this, `unknown source '${source}' (${ORDER_SOURCES.join(', ')})`);
    }
    if (values.since === undefined)
      return usageError(ctx, this, 'give the first day with --since YYYY-MM-DD.');
    const since = parseSince(values.since);
    if (!since.ok) return usageError(ctx, this, since.error);
    const format = values.format ?? 'csv';
    if (!isFormat(format)) return usageError(ctx, this, `unknown format '${format}' (csv, json)`);
    const out = values.out;

    return withStationDb(this, ctx, values.db, (db) => {
      const result = exportPacked(db, { source, since: since.value, format, now: new Date() });
      if (out === undefined) {
        ctx.stdout.write(result.text);
        return EXIT.ok;
      }
      try {
        // Operators' names and order numbers: for the user's eyes, as the station's own files are.
        writeFileSync(out, result.text, { mode: 0o600 });
      } catch (error) {
        const why = error instanceof Error && 'code' in error ? String(error.code) : String(error);
        writeLine(ctx.stderr, `station export: cannot write ${out} (${why}): pick another --out.`);
        return EXIT.failed;
      }
      writeLine(ctx.stderr, `${count(result.rows, 'order')} packed written to ${out}`);
      return EXIT.ok;
    });
  },
};
