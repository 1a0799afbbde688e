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
