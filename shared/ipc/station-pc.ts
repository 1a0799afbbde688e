// The station PC's own options (Settings → Station PC, supervisor PIN): how the window fills the
// screen, whether the app starts at login, and on which display. The desktop app applies them;
// browser mode keeps them for when the station runs as the app.

/** kiosk: full screen, no way out but the app; fullscreen: full screen, F11 and the OS still work. */
export type WindowMode = 'kiosk' | 'fullscreen' | 'window';

export interface StationPcSettings {
  windowMode: WindowMode;
  startAtLogin: boolean;
  /** The display the window opens on; null (or a display no longer there): the primary one. */
  displayId: number | null;
}

/** A display the desktop app can open on, as `station:displays` lists them. */
export interface DisplayInfo {
  id: number;
  /** The OS's name for it when it has one ("DELL P2419H"), else empty. */
  label: string;
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
  primary: boolean;
}

export const DEFAULT_STATION_PC: StationPcSettings = {
  windowMode: 'window',
  startAtLogin: false,
  displayId: null,
};
