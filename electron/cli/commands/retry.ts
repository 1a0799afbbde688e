// `station retry`: put a failed outbox entry back in line, with the entries it held up.
import { retryEntry } from '../../main/outbox/index.ts';
import { type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { NO_OPERATOR, resolveOperator } from '../config.ts';
import { parseFlags } from '../flags.ts';
import { entryLine } from '../outbox-text.ts';
import { withStationDb } from '../station-db.ts';

export const retryCommand: Command = {
  ...COMMAND_HELP.retry,
  async run(argv, ctx) {
    const parsed = parseFlags(
      argv,
      { operator: { type: 'string' }, json: { type: 'boolean' }, db: { type: 'string' } },
      true,
    );
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { values, positionals } = parsed.flags;
    const [id] = positionals;
    if (!id || positionals.length !== 1) return usageError(ctx, this, 'expected one outbox entry id');
    const operator = resolveOperator(values.operator, ctx.env);
    if (!operator) return usageError(ctx, this, NO_OPERATOR);

    return withStationDb(this, ctx, values.db, (db) => {
      const retried = retryEntry(db, id, operator, new Date());
      if (!retried.ok) {
        writeLine(ctx.stderr, `station retry: ${retried.error.message}`);
        return EXIT.failed;
      }
      writeLine(
        ctx.stdout,
        values.json ? JSON.stringify(retried.value) : entryLine('retrying', retried.value),
      );
      return EXIT.ok;
    });
  },
};
