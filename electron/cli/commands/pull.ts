// `station pull`: every open order from the API into the station's cache, as the sync engine does;
// `--source marketplace|emporix` pulls a shop instead (shop-pull.ts). Equipme stays the default.
import { ORDER_SOURCES, type ShopSourceName } from '../../../shared/domain/order-sources.ts';
import { createEquipmeClient } from '../../main/api/index.ts';
import { createSyncEngine } from '../../main/sync/sync-engine.ts';
import { apiProblemText } from '../api-text.ts';
import { type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { resolveApiConfig } from '../config.ts';
import { equipmeSettings, switchedOffText } from '../equipme-switch.ts';
import { parseFlags } from '../flags.ts';
import { resolveShopTarget } from '../shop-target.ts';
import { withStationDb } from '../station-db.ts';
import { pullLine } from '../sync-text.ts';

export const pullCommand: Command = {
  ...COMMAND_HELP.pull,
  async run(argv, ctx) {
    const parsed = parseFlags(argv, {
      json: { type: 'boolean' },
      db: { type: 'string' },
      'api-url': { type: 'string' },
      'api-key': { type: 'string' },
      source: { type: 'string' },
      url: { type: 'string' },
      account: { type: 'string' },
      secret: { type: 'string' },
    });
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { values } = parsed.flags;
    const source = values.source ?? 'equipme';
    if (!(ORDER_SOURCES as readonly string[]).includes(source)) {
      return usageError(ctx, this, `unknown --source '${source}' (${ORDER_SOURCES.join(', ')})`);
    }
    if (source !== 'equipme') {
      // The shops' clients and mapping load only for a shop's pull.
      const { pullShopOnce } = await import('../shop-pull.ts');
      const shop = source as ShopSourceName;
      const target = resolveShopTarget(shop, values, ctx.env);
      if (typeof target === 'string') return usageError(ctx, this, target);
      return withStationDb(this, ctx, values.db, async (db) => {
        const output = await pullShopOnce(db, shop, target, ctx.signal, values.json === true);
        for (const line of output.stderr) writeLine(ctx.stderr, line);
        for (const line of output.stdout) writeLine(ctx.stdout, line);
        return output.ok ? EXIT.ok : EXIT.failed;
      });
    }
    if (values.url !== undefined || values.account !== undefined || values.secret !== undefined) {
      return usageError(
        ctx,
        this,
        '--url, --account and --secret are for a shop (--source marketplace or emporix); Equipme takes --api-url and --api-key.',
      );
    }
    const config = resolveApiConfig(values, ctx.env);
    if (typeof config === 'string') return usageError(ctx, this, config);

    return withStationDb(this, ctx, values.db, async (db) => {
      if (!equipmeSettings(db).enabled) {
        writeLine(ctx.stderr, `station pull: ${switchedOffText(db)}`);
        return EXIT.failed;
      }
      const engine = createSyncEngine({ db, client: createEquipmeClient(config) });
      const pulled = await engine.pull(ctx.signal);
      if (!pulled.ok) {
        writeLine(ctx.stderr, `station pull: ${apiProblemText(pulled.error, config)}`);
        return EXIT.failed;
      }
      const summary = pulled.value;
      for (const { id, message } of summary.rejected) {
        writeLine(ctx.stderr, `skipped an invalid order${id === undefined ? '' : ` ${id}`}: ${message}`);
      }
      if (values.json) {
        writeLine(ctx.stdout, JSON.stringify(summary));
        return EXIT.ok;
      }
      writeLine(ctx.stdout, pullLine({ ...summary, conflicts: summary.conflicts.length }));
      if (summary.conflicts.length > 0) {
        writeLine(
          ctx.stdout,
          `moved elsewhere while this station has changes queued: ${summary.conflicts.length === 1 ? 'order' : 'orders'} ${summary.conflicts.join(', ')} (see station outbox --order ID)`,
        );
      }
      return EXIT.ok;
    });
  },
};
