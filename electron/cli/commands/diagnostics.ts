// `station diagnostics`: what support needs to see first — where Equipme and our lifecycle table
// disagreed, and which orders are locked. `--zip FILE` also writes the support zip
// (electron/main/diagnostics/support-zip.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listOpenLocks } from '../../main/db/order-locks.ts';
import { supportZip } from '../../main/diagnostics/support-zip.ts';
import { listDisagreements } from '../../main/station/disagreements.ts';
import { appRoot } from '../app-root.ts';
import { type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { parseFlags } from '../flags.ts';
import { withStationDb } from '../station-db.ts';
import { formatTable } from '../table.ts';

export const diagnosticsCommand: Command = {
  ...COMMAND_HELP.diagnostics,
  async run(argv, ctx) {
    const parsed = parseFlags(argv, {
      json: { type: 'boolean' },
      zip: { type: 'string' },
      db: { type: 'string' },
    });
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
        const zip = values.zip === undefined ? undefined : resolve(values.zip);
        if (zip !== undefined) {
          const bytes = supportZip({ db, dbFile: db.name, appVersion: appVersion(), now: new Date() });
          writeFileSync(zip, bytes, { mode: 0o600 });
        }
        if (values.json) {
          writeLine(ctx.stdout, JSON.stringify({ disagreements, locks, ...(zip ? { zip } : {}) }));
          return EXIT.ok;
        }
        if (zip !== undefined) writeLine(ctx.stdout, `Support zip written: ${zip}`);
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

function appVersion(): string {
  const manifest = JSON.parse(readFileSync(join(appRoot(import.meta.url), 'package.json'), 'utf8')) as {
    version?: string;
  };
  return manifest.version ?? '0.0.0';
}
