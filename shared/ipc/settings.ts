export type Locale = 'en' | 'nl' | 'de';

/** Thresholds that tell a keyboard-wedge scanner from a person typing. */
export interface ScannerSettings {
  /** Longest gap between two keystrokes of one scan, ms. */
  maxInterKeyMs: number;
  /** Shortest code a scan can be. */
  minLength: number;
  /** Key the scanner sends after the code. */
  terminator: 'Enter' | 'Tab';
}

/** Settings as the renderer sees them: secrets only as "is one set". */
export interface SettingsView {
  apiUrl: string | null;
  apiKeySet: boolean;
  /** Demo mode: the embedded simulator serves the orders. */
  demo: boolean;
  /** Only show orders of these warehouse locations (empty: all). */
  locationIds: number[];
  operator: string;
  supervisorPinSet: boolean;
  sound: { enabled: boolean; volume: number };
  scanner: ScannerSettings;
  locale: Locale;
}

/** A change to the settings; absent fields stay as they are. */
export interface SettingsUpdateArgs {
  /** null switches back to the demo simulator. */
  apiUrl?: string | null;
  /** Stored encrypted in main; never sent back to the renderer. */
  apiKey?: string;
  locationIds?: number[];
  operator?: string;
  /** Setting or changing the PIN needs the current one once a PIN is set. */
  supervisorPin?: { current?: string; next: string };
  sound?: { enabled: boolean; volume: number };
  scanner?: ScannerSettings;
  locale?: Locale;
}

/** A supervisor PIN: digits only, long enough not to be guessed over a shoulder, short enough to type. */
export const SUPERVISOR_PIN_PATTERN = /^\d{4,12}$/;
