import type { EquipmeSourceSettings, SourceSettingsView } from './sources.ts';
import type { StationPcSettings } from './station-pc.ts';
import type { UpdateChannel } from './updates.ts';

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
  /** The operator signed in at this station ('' while nobody is): see operator:sign-in. */
  operator: string;
  /** A scan that starts with this is an operator's badge; the name follows it. */
  badgePrefix: string;
  supervisorPinSet: boolean;
  sound: { enabled: boolean; volume: number };
  scanner: ScannerSettings;
  locale: Locale;
  /** A +1 by hand (no scan) needs the supervisor PIN. On unless a supervisor turned it off. */
  manualCountNeedsSupervisor: boolean;
  /** Customer metadata keys whose values are packing instructions (shown, acknowledged per order). */
  packingInstructionKeys: string[];
  /** Whether Equipme is pulled and sent to, and how often it is pulled (Settings → Equipme connection). */
  equipme: EquipmeSourceSettings;
  /** The shops besides Equipme whose orders this station packs (Settings → Order sources). */
  sources: SourceSettingsView[];
  /** Which feed the app updates from. */
  updateChannel: UpdateChannel;
  /** The hour (0–23, this computer's clock) an update that is ready installs by itself; null: only on a yes. */
  updateQuietHour: number | null;
  /** The station PC: window mode, start at login, display (Settings → Station PC). */
  stationPc: StationPcSettings;
}

/** A change to the settings; absent fields stay as they are. */
export interface SettingsUpdateArgs {
  /** null switches back to the demo simulator. */
  apiUrl?: string | null;
  /** Stored encrypted in main; never sent back to the renderer. Needed again for another API origin. */
  apiKey?: string;
  locationIds?: number[];
  /** The supervisor PIN: changing what the station talks to (API URL or key, locations) needs it. */
  pin?: string;
  /** Signs this operator in ('' signs out), the same as operator:sign-in: kept for scripts and tests. */
  operator?: string;
  /** Changing the badge prefix needs the supervisor PIN, like the locations. */
  badgePrefix?: string;
  /** Setting or changing the PIN needs the current one once a PIN is set. */
  supervisorPin?: { current?: string; next: string };
  sound?: { enabled: boolean; volume: number };
  scanner?: ScannerSettings;
  locale?: Locale;
  /** Guarded by the supervisor PIN (`pin`), like the connection. */
  manualCountNeedsSupervisor?: boolean;
  /** Guarded by the supervisor PIN (`pin`), like the connection. */
  packingInstructionKeys?: string[];
  /** Guarded by the supervisor PIN (`pin`): what the station installs. */
  updateChannel?: UpdateChannel;
  /** Guarded by the supervisor PIN (`pin`): when an update may install without anyone's yes. */
  updateQuietHour?: number | null;
  /** Guarded by the supervisor PIN (`pin`): the window mode, start at login and display, all three. */
  stationPc?: StationPcSettings;
  /** Guarded by the supervisor PIN (`pin`), like the connection: Equipme on or off, its poll interval. */
  equipme?: Partial<EquipmeSourceSettings>;
}

/** An operator signs in by typing a name or by scanning a badge (the prefix and a name). */
export type OperatorSignInArgs = { name: string } | { badge: string };

/**
 * What a sign-in or sign-out did. A badge toggles: the signed-in operator's own badge signs out,
 * another one switches. `operator` is who is signed in now ('' for nobody).
 */
export interface OperatorChange {
  outcome: 'signed-in' | 'switched' | 'signed-out' | 'unchanged';
  operator: string;
  previous: string;
}

/** A supervisor PIN: digits only, long enough not to be guessed over a shoulder, short enough to type. */
export const SUPERVISOR_PIN_PATTERN = /^\d{4,12}$/;

/** This computer: the only hosts plain http may reach, because the API key then never crosses a network. */
export function isLoopbackHost(hostname: string): boolean {
  // WHATWG URL normalises 127.1, 0x7f000001 and friends to dotted form and keeps IPv6 in brackets.
  return (
    hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

/**
 * Why an API URL cannot be used, or null. The key travels in a header on every request, so only
 * https may carry it, except to this computer (the demo simulator, a local tunnel).
 */
export function apiUrlProblem(text: string): 'not-a-url' | 'not-https' | null {
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return 'not-a-url';
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return 'not-https';
  return null;
}

/** The origin (scheme, host, port) an API URL talks to: a saved key belongs to exactly one. */
export function apiOrigin(text: string): string {
  return new URL(text).origin;
}
