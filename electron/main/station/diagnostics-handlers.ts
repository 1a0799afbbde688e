// station:diagnostics — the Settings button that writes the support zip into the data folder. No
// supervisor: the zip holds no secrets (support-zip.ts), and the operator only learns its path.
// station:backup-status — how the station's own backups go, so a failing one shows in Settings.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SHOP_SOURCES } from '../../../shared/domain/order-sources.ts';
import { backupsFolderOf, fileTime, listBackups } from '../db/backup-files.ts';
import { makePrivateFolder } from '../db/private-files.ts';
import { describeSqliteError } from '../db/sqlite-problem.ts';
import { supportZip } from '../diagnostics/support-zip.ts';
import type { InvokeHandlers } from '../ipc/handlers.ts';
import { failure } from './failures.ts';
import type { StationContext } from './station-context.ts';
import type { SyncHistory } from './sync-history.ts';

type DiagnosticsHandlers = Pick<InvokeHandlers, 'station:diagnostics' | 'station:backup-status'>;

export function diagnosticsHandlers(ctx: StationContext, history: SyncHistory): DiagnosticsHandlers {
  return {
    async 'station:diagnostics'() {
      const now = ctx.now();
      const dir = join(dirname(ctx.dbFile), 'diagnostics');
      const file = join(dir, `diagnostics-${fileTime(now)}.zip`);
      try {
        const zip = supportZip({
          db: ctx.db,
          dbFile: ctx.dbFile,
          appVersion: ctx.version,
          now,
          syncStatus: ctx.syncStatus(),
          syncChanges: history.list(),
          lastBackup: ctx.lastBackup(),
          secrets: secretsInTheClear(ctx),
        });
        makePrivateFolder(dir);
        writeFileSync(file, zip, { mode: 0o600 });
      } catch (error) {
        const problem = describeSqliteError(error, ctx.dbFile);
        const why = problem?.message ?? (error instanceof Error ? error.message : String(error));
        return failure('internal', `The diagnostics zip could not be written to ${dir}: ${why}`);
      }
      return { ok: true, value: { file } };
    },
    async 'station:backup-status'() {
      const kept = listBackups(backupsFolderOf(ctx.dbFile));
      const last = ctx.lastBackup();
      return {
        ok: true,
        value: {
          kept: kept.length,
          newestAt: kept.at(-1)?.takenAt ?? null,
          failure: last && !last.outcome.ok ? { at: last.at, message: last.outcome.error.message } : null,
        },
      };
    },
  };
}

function secretsInTheClear(ctx: StationContext): string[] {
  const secrets: string[] = [];
  const key = ctx.settings.apiKey();
  if (key.state === 'readable') secrets.push(key.key);
  for (const source of SHOP_SOURCES) {
    const read = ctx.settings.sources.connection(source).credentialRead;
    if (read.state === 'readable') secrets.push(read.key);
  }
  return secrets;
}
