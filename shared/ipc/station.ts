/** Which Equipme the station talks to: the embedded simulator (demo) or the real API (live). */
export type StationMode = 'demo' | 'live';

export interface StationInfo {
  version: string;
  mode: StationMode;
  apiUrl: string;
  printer: 'file';
}

/** Pushed when the station's connection to Equipme comes up or goes down. */
export interface StationStatus {
  online: boolean;
}
