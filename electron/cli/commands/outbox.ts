// `station outbox`: the station's queued status changes and what became of them.
import { OUTBOX_STATES } from '../../main/db/outbox-entries.ts';
import { listOutbox, type OutboxState, outboxCounts } from '../../main/outbox/index.ts';
import { type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { listFlag, parseFlags } from '../flags.ts';
import { orderKeyOf } from '../order-key.ts';
import { orderRefArg } from '../order-ref.ts';
import { countsText, outboxTable } from '../outbox-text.ts';
import { withStationDb } from '../station-db.ts';

const isState = (text: string): text is OutboxState => (OUTBOX_STATES as readonly string[]).includes(text);

export const outboxCommand: Command = {
  ...COMMAND_HELP.outbox,
  async run(argv, ctx) {
    const parsed = parseFlags(argv, {
      state: { type: 'string', multiple: true },
      order: { type: 'string' },
      json: { type: 'boolean' },
      db: { type: 'string' },
    });
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { values } = parsed.flags;
    const states = listFlag(values.state);
    const badState = states.find((s) => !isState(s));
    if (badState) return usageError(ctx, this, `unknown state '${badState}' (${OUTBOX_STATES.join(', ')})`);
    const ref = values.order === undefined ? undefined : orderRefArg(values.order);
    if (typeof ref === 'string') return usageError(ctx, this, `--order: ${ref}`);

    return withStationDb(this, ctx, values.db, (db) => {
      const orderId = ref === undefined ? undefined : orderKeyOf(db, ref);
      if (typeof orderId === 'string') {
        writeLine(ctx.stderr, `station outbox: ${orderId}`);
        return EXIT.failed;
      }
      const entries = listOutbox(db, {
        ...(states.length > 0 ? { states: states.filter(isState) } : {}),
        ...(orderId === undefined ? {} : { orderId }),
      });
      if (values.json) {
        writeLine(ctx.stdout, JSON.stringify(entries));
      } else {
        if (entries.length > 0) writeLine(ctx.stdout, outboxTable(entries));
        writeLine(ctx.stdout, `outbox: ${countsText(outboxCounts(db))}`);
      }
      return EXIT.ok;
    });
  },
};
