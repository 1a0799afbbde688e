// Where a station's backups live and what they are called: `<data>/backups/station-<time>.db`, the
// time in UTC with only digits and dashes, so names sort as the times do. Only files named so are
// counted and pruned; what a restore keeps aside (`before-restore-<time>.db`) is never pruned.
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const DEFAULT_BACKUPS_KEPT = 7;

const BACKUP_NAME = /^station-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.db$/;
/** What a backup cut short (the station killed mid-copy) leaves: never counted, removed a day on. */
const LEFTOVER_NAME = /^station-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.db\.partial(-journal)?$/;
const LEFTOVER_AGE_MS = 24 * 60 * 60_000;

export interface BackupFile {
  file: string;
  /** When it was taken (ISO), read from its name. */
  takenAt: string;
}

/** `<folder of station.db>/backups`. */
export function backupsFolderOf(dbFile: string): string {
  return join(dirname(dbFile), 'backups');
}

/** 2026-12-02T07:30:00.000Z → 2026-12-02T07-30-00-000Z: sortable and valid in every file system. */
export function fileTime(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

export function backupName(at: Date): string {
  return `station-${fileTime(at)}.db`;
}

/** The backups in `dir`, oldest first; none if the folder does not exist yet. */
export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const match = BACKUP_NAME.exec(name);
      return match?.[1] ? [{ file: join(dir, name), takenAt: timeOfName(match[1]) }] : [];
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** 2026-12-02T07-30-00-000Z → 2026-12-02T07:30:00.000Z */
function timeOfName(text: string): string {
  const [day, time] = text.split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return `${day}T${h}:${m}:${s}.${ms}Z`;
}

/**
 * Removes the oldest backups beyond `keep`, and leftovers of copies cut short a day or more before
 * `now` (a younger one may be another process's copy under way); returns the backups removed.
 */
export function pruneBackups(dir: string, keep: number, now: Date): string[] {
  const backups = listBackups(dir);
  const removed = backups.slice(0, Math.max(0, backups.length - keep)).map((b) => b.file);
  for (const file of removed) rmSync(file, { force: true });
  for (const name of readdirSync(dir)) {
    const match = LEFTOVER_NAME.exec(name);
    if (match?.[1] && now.getTime() - Date.parse(timeOfName(match[1])) >= LEFTOVER_AGE_MS) {
      rmSync(join(dir, name), { force: true });
    }
  }
  return removed;
}
