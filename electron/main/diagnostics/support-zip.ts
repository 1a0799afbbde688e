// The one zip support gets from a station (`station diagnostics --zip`, Settings → Diagnostics):
// small JSON and text files, each about one thing. What goes in is chosen field by field, and every
// file is then searched for the secrets the station knows: one found is replaced, never written.
import { dirname } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { SyncStatus } from '../../../shared/domain/sync-status.ts';
import { type AuditKind, listAudit } from '../db/audit-log.ts';
import { backupsFolderOf, listBackups } from '../db/backup-files.ts';
import type { StationDb } from '../db/connection.ts';
import { schemaVersion } from '../db/migrations/runner.ts';
import { listOpenLocks } from '../db/order-locks.ts';
import { listOutbox, outboxCounts } from '../db/outbox-entries.ts';
import { listPrintJobs } from '../db/print-ledger.ts';
import { listPrinters } from '../db/printers.ts';
import { readSettings } from '../db/settings.ts';
import { getStationId } from '../db/station.ts';
import type { BackupSchedule } from '../station/backup-schedule.ts';
import { listDisagreements } from '../station/disagreements.ts';
import type { SyncStatusChange } from '../station/sync-history.ts';
import { logTail } from './log-tail.ts';
import { settingsShown, urlShown } from './settings-shown.ts';

const LOG_LINES = 1_000;
const FAILED_SHOWN = 200;
const JOBS_SHOWN = 50;
const HISTORY_PER_KIND = 50;

/** The audit rows that tell how sync went, beside the status changes the running station saw. */
const SYNC_KINDS: readonly AuditKind[] = [
  'sync-paused',
  'sync-resumed',
  'sync-database-problem',
  'sync-database-recovered',
  'pull-completed',
  'backup-failed',
  'station-restored',
];

export interface SupportZipInput {
  db: StationDb;
  dbFile: string;
  appVersion: string;
  now: Date;
  /** The running station's status and what it saw change (absent from the command line). */
  syncStatus?: SyncStatus;
  syncChanges?: SyncStatusChange[];
  lastBackup?: ReturnType<BackupSchedule['last']>;
  /** Secrets in the clear this process holds (the API key, the shops' passwords and tokens). */
  secrets?: readonly string[];
}

export function supportZip(input: SupportZipInput): Uint8Array {
  const files = supportFiles(input);
  const secrets = knownSecrets(input);
  const entries: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(files)) entries[name] = strToU8(withoutSecrets(text, secrets));
  return zipSync(entries, { level: 6, mtime: input.now });
}

/** Each file of the zip by name, as text. */
function supportFiles(input: SupportZipInput): Record<string, string> {
  const { db } = input;
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const unsent = listOutbox(db, { states: ['pending', 'sending', 'held', 'failed'] });
  return {
    'about.json': json({
      app: 'Packing Station',
      appVersion: input.appVersion,
      node: process.versions.node,
      electron: process.versions.electron ?? null,
      platform: process.platform,
      arch: process.arch,
      stationId: getStationId(db),
      schemaVersion: schemaVersion(db),
      database: input.dbFile,
      writtenAt: input.now.toISOString(),
    }),
    'quick_check.txt': `${(db.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check).join('\n')}\n`,
    'outbox.json': json({
      counts: outboxCounts(db),
      oldestUnsent: unsent.reduce<(typeof unsent)[number] | null>(
        (oldest, entry) => (oldest === null || entry.createdAt < oldest.createdAt ? entry : oldest),
        null,
      ),
      failed: unsent.filter((entry) => entry.state === 'failed').slice(0, FAILED_SHOWN),
    }),
    'disagreements.json': json({ disagreements: listDisagreements({ db }), locks: listOpenLocks(db) }),
    'sync-history.json': json({
      status: input.syncStatus ?? null,
      changesThisRun: input.syncChanges ?? null,
      audit: SYNC_KINDS.flatMap((kind) => listAudit(db, { kind, limit: HISTORY_PER_KIND })).sort(
        (a, b) => b.id - a.id,
      ),
    }),
    'backups.json': json({
      kept: listBackups(backupsFolderOf(input.dbFile)),
      lastThisRun: input.lastBackup ?? null,
    }),
    'logs.txt': logTail(dirname(input.dbFile), LOG_LINES),
    'settings.json': json(settingsShown(db)),
    'printers.json': json({
      printers: listPrinters(db).map((printer) => ({ ...printer, address: addressShown(printer.address) })),
      lastJobs: listPrintJobs(db, { limit: JOBS_SHOWN }).map((job) => ({
        id: job.id,
        orderId: job.orderId,
        kind: job.kind,
        printerName: job.printerName,
        state: job.state,
        attempts: job.attempts,
        lastError: job.lastError,
        createdAt: job.createdAt,
        updatedAt: job.updatedAt,
      })),
    }),
  };
}

/** A printer address that is a URL (ipp://user:pass@host) loses its user and password. */
function addressShown(address: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(address) && URL.canParse(address)
    ? (urlShown(address) ?? address)
    : address;
}

/**
 * The last net under the allow-list: the secrets in the clear this process holds, and the sealed
 * and hashed forms the database stores, are cut out of every file (a log line that quoted one).
 */
function knownSecrets(input: SupportZipInput): string[] {
  const stored: string[] = [];
  const collect = (value: unknown, key = ''): void => {
    if (typeof value === 'string') {
      if (['sealed', 'salt', 'hash'].includes(key)) stored.push(value);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [k, v] of Object.entries(value)) collect(v, k);
  };
  for (const value of readSettings(input.db).values()) collect(value);
  return [...stored, ...(input.secrets ?? [])].filter((secret) => secret.length >= 4);
}

function withoutSecrets(text: string, secrets: readonly string[]): string {
  return secrets.reduce((out, secret) => out.split(secret).join('[secret removed]'), text);
}
