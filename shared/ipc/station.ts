/** Which Equipme the station talks to: the embedded simulator (demo) or the real API (live). */
export type StationMode = 'demo' | 'live';

export interface StationInfo {
  version: string;
  mode: StationMode;
  apiUrl: string;
  stationId: string;
  /** 'electron' in the desktop app, 'browser' in browser mode (development and tests). */
  shell: 'electron' | 'browser';
}

/** The support zip `station:diagnostics` wrote: `<data>/diagnostics/diagnostics-<time>.zip`. */
export interface DiagnosticsWritten {
  file: string;
}

/** How the station's own backups go (`<data>/backups/`), for Settings. */
export interface BackupStatus {
  /** Checked backups kept in the folder. */
  kept: number;
  /** When the newest kept one was taken (ISO), or null. */
  newestAt: string | null;
  /** The last backup this run tried failed (it is tried again an hour later), or null. */
  failure: { at: string; message: string } | null;
}
