// `station diagnostics`: what support needs to see first — where Equipme and our lifecycle table
// disagreed, and which orders are locked.
import { listOpenLocks } from '../../main/db/order-locks.ts';
import { listDisagreements } from '../../main/station/disagreements.ts';
import { type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { parseFlags } from '../flags.ts';
import { withStationDb } from '../station-db.ts';
import { formatTable } from '../table.ts';

export const diagnosticsCommand: Command = {
  ...COMMAND_HELP.diagnostics,
  async run(argv, ctx) {
    const parsed = parseFlags(argv, { json: { type: 'boolean' }, db: { type: 'string' } });
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { values } = parsed.flags;
    // Diagnostics is where a supervisor looks for trouble: it checks every page, as the app does.
    return withStationDb(
      this,
      ctx,
      values.db,
      (db) => {
        const disagreements = listDisagreements({ db });
        const locks = listOpenLocks(db);
        if (values.json) {
          writeLine(ctx.stdout, JSON.stringify({ disagreements, locks }));
          return EXIT.ok;
        }
        writeLine(ctx.stdout, `Lifecycle table disagreements: ${disagreements.length}`);
        if (disagreements.length > 0) {
          writeLine(
            ctx.stdout,
            formatTable(
              ['at', 'order', 'action', 'from', 'type', 'equipme', 'now', 'says'],
              disagreements.map((d) => [
                d.at,
                String(d.orderId),
                d.action,
                d.status,
                d.transactionType,
                d.kind,
                d.serverStatus ?? '',
                d.serverMessage ?? '',
              ]),
            ),
          );
        }
        writeLine(ctx.stdout, `Locked orders: ${locks.length}`);
        if (locks.length > 0) {
          writeLine(
            ctx.stdout,
            formatTable(
              ['order', 'reason', 'equipme', 'expected', 'since'],
              locks.map((l) => [
                String(l.orderId),
                l.reason,
                l.serverStatus ?? '',
                l.expected ?? '',
                l.since,
              ]),
            ),
          );
        }
        return EXIT.ok;
      },
      'station',
    );
  },
};
