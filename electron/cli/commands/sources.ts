// `station sources`: the order sources as this station has them: on or off, what each can be told
// (from the sources' own capabilities), where they are, the last completed pull on record, the open
// orders in the cache and the orders packed here. Secrets never.
import type { FulfillmentAction } from '../../../shared/api/equipme.ts';
import { ORDER_SOURCES, type OrderSourceName } from '../../../shared/domain/order-sources.ts';
import { readSettings } from '../../main/db/settings.ts';
import { type SourceFacts, sourceFacts } from '../../main/db/source-facts.ts';
import { SOURCE_CAPABILITIES, sendsStatusChanges } from '../../main/sources/capabilities.ts';
import { storedSource } from '../../main/station/source-settings.ts';
import { storedEquipme } from '../../main/sync/equipme-settings.ts';
import { type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { parseFlags } from '../flags.ts';
import { withStationDb } from '../station-db.ts';
import { formatTable } from '../table.ts';

export interface SourceReport extends SourceFacts {
  source: OrderSourceName;
  /** Equipme unless a supervisor switched it off; a shop once a supervisor switched it on. */
  enabled: boolean;
  /** The status changes the station may send it: none for a read-only shop. */
  transitions: readonly FulfillmentAction[];
  /** null: the source's built-in simulator. */
  url: string | null;
  /** The shop's login or tenant (not secret); null for Equipme. */
  account: string | null;
  /** How often the source is asked, in seconds. */
  pollIntervalSeconds: number;
}

const NAMES: Record<OrderSourceName, string> = {
  equipme: 'Equipme',
  marketplace: 'Marketplace',
  emporix: 'Emporix',
};

export const sourcesCommand: Command = {
  ...COMMAND_HELP.sources,
  async run(argv, ctx) {
    const parsed = parseFlags(argv, { json: { type: 'boolean' }, db: { type: 'string' } });
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { values } = parsed.flags;
    return withStationDb(this, ctx, values.db, (db) => {
      const stored = readSettings(db);
      const apiUrl = stored.get('apiUrl');
      const reports: SourceReport[] = ORDER_SOURCES.map((source) => {
        const facts = sourceFacts(db, source);
        const { transitions } = SOURCE_CAPABILITIES[source];
        if (source === 'equipme') {
          const equipme = storedEquipme(stored);
          return {
            source,
            enabled: equipme.enabled,
            transitions,
            url: typeof apiUrl === 'string' ? apiUrl : null,
            account: null,
            pollIntervalSeconds: equipme.pollIntervalSeconds,
            ...facts,
          };
        }
        const shop = storedSource(stored, source);
        return {
          source,
          enabled: shop.enabled,
          transitions,
          url: shop.url,
          account: shop.account,
          pollIntervalSeconds: shop.pollIntervalSeconds,
          ...facts,
        };
      });
      if (values.json) {
        writeLine(ctx.stdout, JSON.stringify(reports));
        return EXIT.ok;
      }
      writeLine(
        ctx.stdout,
        formatTable(
          ['SOURCE', 'STATE', 'CAPABILITIES', 'OPEN', 'PACKED', 'LAST PULL', 'WHERE'],
          reports.map((report) => [
            NAMES[report.source],
            report.enabled ? 'on' : 'off',
            sendsStatusChanges(report) ? 'sends status changes' : 'read-only',
            String(report.openOrders),
            String(report.packedHere),
            pullText(report.lastPull),
            report.url ?? 'built-in simulator',
          ]),
        ),
      );
      return EXIT.ok;
    });
  },
};

function pullText(pull: SourceFacts['lastPull']): string {
  if (pull === null) return 'none recorded';
  const counts = [
    pull.orders === null ? null : `${pull.orders} orders`,
    pull.rejected ? `${pull.rejected} rejected` : null,
  ].filter(Boolean);
  return counts.length > 0 ? `${pull.at} (${counts.join(', ')})` : pull.at;
}
