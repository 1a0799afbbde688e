// The station's own backups: one soon after it starts, then one a day while it runs. A backup that
// fails (disk full, folder not writable) is a warning in the log and the audit log and is tried
// again an hour later; the station goes on packing either way.
import { appendAudit } from '../db/audit-log.ts';
import { backupsFolderOf, DEFAULT_BACKUPS_KEPT } from '../db/backup-files.ts';
import type { StationDb } from '../db/connection.ts';
import { type BackupProblem, type BackupWritten, writeBackup } from '../db/station-backup.ts';
import { stationLog } from '../logs/station-log.ts';

export const BACKUP_EVERY_MS = 24 * 60 * 60_000;
export const BACKUP_RETRY_MS = 60 * 60_000;

/** The timers the schedule uses; tests drive them by hand. */
export interface BackupTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface BackupScheduleOptions {
  db: StationDb;
  dbFile: string;
  stationId: string;
  now: () => Date;
  keep?: number;
  timers?: BackupTimers;
  warn?: (message: string) => void;
}

export type BackupOutcome = { ok: true; value: BackupWritten } | { ok: false; error: BackupProblem };

export interface BackupSchedule {
  /** The last backup's outcome and when it was tried, for diagnostics; null before the first. */
  last(): { at: string; outcome: BackupOutcome } | null;
  /** Stops the timer and ends a backup under way between two of its steps. */
  stop(): Promise<void>;
}

const NODE_TIMERS: BackupTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export function startBackupSchedule(options: BackupScheduleOptions): BackupSchedule {
  const { db, now } = options;
  const timers = options.timers ?? NODE_TIMERS;
  const warn = options.warn ?? ((message) => stationLog.warn(`[backup] ${message}`));
  const dir = backupsFolderOf(options.dbFile);
  let last: { at: string; outcome: BackupOutcome } | null = null;
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  const closing = new AbortController();

  function plan(ms: number): void {
    if (stopped) return;
    timer = timers.setTimeout(() => {
      timer = null;
      running = backUp().finally(() => {
        running = null;
      });
    }, ms);
  }

  async function backUp(): Promise<void> {
    const at = now();
    let outcome: BackupOutcome;
    try {
      outcome = await writeBackup(db, {
        dir,
        now: at,
        keep: options.keep ?? DEFAULT_BACKUPS_KEPT,
        signal: closing.signal,
      });
    } catch (error) {
      outcome = { ok: false, error: { message: error instanceof Error ? error.message : String(error) } };
    }
    // Ended by the station closing: nothing failed, and the next start takes one.
    if (stopped) return;
    last = { at: at.toISOString(), outcome };
    if (!outcome.ok) report(outcome.error.message, at);
    plan(outcome.ok ? BACKUP_EVERY_MS : BACKUP_RETRY_MS);
  }

  function report(message: string, at: Date): void {
    warn(`${message}: the station goes on and tries again in an hour`);
    try {
      if (db.open) {
        appendAudit(db, {
          at,
          stationId: options.stationId,
          operator: null,
          kind: 'backup-failed',
          detail: { message },
        });
      }
    } catch {
      // The database that cannot be backed up may not take the audit row either: the log has it.
    }
  }

  // At once, but on a later turn of the event loop: opening the window does not wait for it.
  plan(0);
  return {
    last: () => last,
    async stop() {
      stopped = true;
      closing.abort();
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
