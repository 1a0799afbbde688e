// `station discard`: give up an outbox entry, with a reason for the audit log. The order's later
// unapplied entries started from the status this one would have reached, so they go with it.
import type { StationDb } from '../../main/db/index.ts';
import { discardEntry, listOutbox, type OutboxEntry } from '../../main/outbox/index.ts';
import { type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { NO_OPERATOR, resolveOperator } from '../config.ts';
import { parseFlags } from '../flags.ts';
import { entryLine } from '../outbox-text.ts';
import { withStationDb } from '../station-db.ts';

export const discardCommand: Command = {
  ...COMMAND_HELP.discard,
  async run(argv, ctx) {
    const parsed = parseFlags(
      argv,
      {
        reason: { type: 'string' },
        operator: { type: 'string' },
        json: { type: 'boolean' },
        db: { type: 'string' },
      },
      true,
    );
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { values, positionals } = parsed.flags;
    const [id] = positionals;
    if (!id || positionals.length !== 1) return usageError(ctx, this, 'expected one outbox entry id');
    const reason = values.reason?.trim();
    if (!reason) return usageError(ctx, this, 'say why with --reason TEXT (it is kept in the audit log)');
    const operator = resolveOperator(values.operator, ctx.env);
    if (!operator) return usageError(ctx, this, NO_OPERATOR);

    return withStationDb(this, ctx, values.db, (db) => {
      const followers = laterUnapplied(db, id);
      const discarded = discardEntry(db, id, reason, operator, new Date());
      if (!discarded.ok) {
        writeLine(ctx.stderr, `station discard: ${discarded.error.message}`);
        return EXIT.failed;
      }
      const withIt = listOutbox(db, { orderId: discarded.value.orderId }).filter((e) => followers.has(e.id));
      if (values.json) {
        writeLine(ctx.stdout, JSON.stringify([discarded.value, ...withIt]));
      } else {
        writeLine(ctx.stdout, entryLine('discarded', discarded.value));
        for (const entry of withIt) writeLine(ctx.stdout, entryLine('  and', entry));
      }
      return EXIT.ok;
    });
  },
};

/** Ids of the unapplied entries of the same order created after `id`: discardEntry takes them too. */
function laterUnapplied(db: StationDb, id: string): Set<string> {
  const unapplied = listOutbox(db, { states: ['pending', 'sending', 'held', 'failed'] });
  const entry = unapplied.find((e) => e.id === id);
  const later = (e: OutboxEntry) => entry !== undefined && e.orderId === entry.orderId && e.id > entry.id;
  return new Set(unapplied.filter(later).map((e) => e.id));
}
