// `station sync`: run the sync engine headless: send the outbox, pull open orders (on the station's
// Equipme poll interval), report status changes on stderr. Until interrupted, or with --until-empty
// until nothing is left to send. While Equipme is switched off in Settings it sends nothing and
// exits 1 with the words why: the changes wait for the station. Switched off while it runs, it stops
// sending (--until-empty: exits 1 the same way); switched on again, it goes on (equipme-follow.ts).

import { unsettled } from '../../../shared/domain/sync-status.ts';
import { createEquipmeClient } from '../../main/api/index.ts';
import type { StationDb } from '../../main/db/index.ts';
import { listOutbox } from '../../main/outbox/index.ts';
import { engineSchedule } from '../../main/sync/equipme-settings.ts';
import { createSyncEngine, type SyncEngine } from '../../main/sync/sync-engine.ts';
import { alertText } from '../api-text.ts';
import { type CliContext, type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { type ApiConfig, resolveApiConfig } from '../config.ts';
import { count } from '../count.ts';
import { followEquipmeSwitch } from '../equipme-follow.ts';
import { equipmeSettings, switchedOffText } from '../equipme-switch.ts';
import { intFlag, parseFlags } from '../flags.ts';
import { describeEntry } from '../outbox-text.ts';
import { withStationDb } from '../station-db.ts';
import { statusPrinter } from '../sync-text.ts';
import { type SyncEnding, untilEmpty } from '../sync-until-empty.ts';

export const syncCommand: Command = {
  ...COMMAND_HELP.sync,
  async run(argv, ctx) {
    const parsed = parseFlags(argv, {
      'until-empty': { type: 'boolean' },
      timeout: { type: 'string' },
      db: { type: 'string' },
      'api-url': { type: 'string' },
      'api-key': { type: 'string' },
    });
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { values } = parsed.flags;
    const timeout = intFlag('timeout', values.timeout, 1, 86_400);
    if (typeof timeout === 'string') return usageError(ctx, this, timeout);
    if (timeout !== undefined && !values['until-empty']) {
      return usageError(ctx, this, '--timeout only applies with --until-empty');
    }
    const config = resolveApiConfig(values, ctx.env);
    if (typeof config === 'string') return usageError(ctx, this, config);

    return withStationDb(this, ctx, values.db, async (db) => {
      const equipme = equipmeSettings(db);
      if (!equipme.enabled) {
        writeLine(ctx.stderr, `station sync: ${switchedOffText(db)}`);
        return EXIT.failed;
      }
      const engine = createSyncEngine({
        db,
        client: createEquipmeClient(config),
        ...engineSchedule(equipme),
      });
      const printer = statusPrinter(ctx.stderr, config);
      const stopPrinting = engine.onStatus(printer.print);
      engine.start();
      const stopFollowing = followEquipmeSwitch(db, engine, equipme, (line) =>
        writeLine(ctx.stderr, `station sync: ${line}`),
      );
      try {
        if (!values['until-empty']) {
          await interruption(ctx.signal);
          return EXIT.ok;
        }
        const ending = await untilEmpty(
          engine,
          ctx.signal,
          timeout === undefined ? undefined : timeout * 1000,
        );
        printer.flush();
        return report(ending, engine, db, ctx, config);
      } finally {
        stopFollowing();
        await engine.stop();
        printer.flush();
        stopPrinting();
      }
    });
  },
};

function interruption(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

function report(
  ending: SyncEnding,
  engine: SyncEngine,
  db: StationDb,
  ctx: CliContext,
  config: ApiConfig,
): number {
  const { counts } = engine.status();
  const left = unsettled(counts);
  switch (ending.kind) {
    case 'empty':
      writeLine(ctx.stdout, 'the outbox is empty: every change reached Equipme or was discarded');
      return EXIT.ok;
    case 'alert':
      writeLine(ctx.stderr, `station sync: sync is paused: ${alertText(ending.alert, config)}`);
      return EXIT.failed;
    case 'switched-off':
      writeLine(ctx.stderr, `station sync: ${switchedOffText(db, true)}`);
      return EXIT.failed;
    case 'stuck':
      writeLine(ctx.stderr, `station sync: ${count(left, 'change')} cannot be sent until someone acts`);
      for (const entry of listOutbox(db, { states: ['failed'] })) {
        const reason = entry.lastError?.message ?? 'failed';
        writeLine(ctx.stderr, `  ${entry.id}: ${describeEntry(entry)}: ${reason}`);
      }
      if (counts.held > 0) {
        writeLine(ctx.stderr, `  and ${count(counts.held, 'later change')} held behind them`);
      }
      writeLine(
        ctx.stderr,
        'Check the orders in Equipme, then: station retry ID or station discard ID --reason TEXT',
      );
      return EXIT.failed;
    case 'timeout':
      writeLine(ctx.stderr, `station sync: timed out with ${count(left, 'entry', 'entries')} unsettled`);
      return EXIT.unfinished;
    case 'interrupted':
      writeLine(ctx.stderr, `station sync: interrupted with ${count(left, 'entry', 'entries')} unsettled`);
      return EXIT.unfinished;
  }
}
