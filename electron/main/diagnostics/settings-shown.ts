// The station's settings as support may read them: built field by field from what is known to be
// harmless (an allow-list). A secret (the sealed API key, a shop's sealed password or token, the
// PIN hash) shows only as whether one is set; a setting this list does not know shows by name only.

import type { StationDb } from '../db/connection.ts';
import { readPrintSettings } from '../db/printers.ts';
import { readSettings } from '../db/settings.ts';

type Shown = Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A URL without the user and password it may carry; anything that is no URL, as not shown. */
export function urlShown(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (!URL.canParse(value)) return '[not a URL: not shown]';
  const url = new URL(value);
  url.username = '';
  url.password = '';
  // A query string may hold a token: its names are kept, its values not.
  for (const key of [...url.searchParams.keys()]) url.searchParams.set(key, '…');
  return url.toString();
}

const plain = (value: unknown): unknown => value;
const secretSet = (value: unknown): { set: boolean } => ({ set: value !== null && value !== undefined });

/** Per stored key, how its value is shown. */
const SHOWN: Record<string, (value: unknown) => unknown> = {
  apiUrl: urlShown,
  apiKey: (value) => ({
    set: value !== null && value !== undefined,
    origin: isObject(value) ? urlShown(value.origin) : null,
  }),
  locationIds: plain,
  badgePrefix: plain,
  supervisorPin: secretSet,
  sound: plain,
  scanner: plain,
  locale: plain,
  manualCountNeedsSupervisor: plain,
  packingInstructionKeys: plain,
  stationPc: plain,
  equipme: plain,
  'source.marketplace': sourceShown,
  'source.emporix': sourceShown,
};

function sourceShown(value: unknown): Shown | null {
  if (!isObject(value)) return null;
  const credential = isObject(value.credential) ? value.credential : null;
  return {
    enabled: value.enabled === true,
    url: urlShown(value.url),
    account: typeof value.account === 'string' ? value.account : null,
    credential: { set: credential !== null, origin: credential ? urlShown(credential.origin) : null },
    pollIntervalSeconds: value.pollIntervalSeconds,
  };
}

export function settingsShown(db: StationDb): Shown {
  const stored = readSettings(db);
  const settings: Shown = {};
  const notShown: string[] = [];
  for (const [key, value] of stored) {
    const show = Object.hasOwn(SHOWN, key) ? SHOWN[key] : undefined;
    if (show) settings[key] = show(value);
    else notShown.push(key);
  }
  const print = readPrintSettings(db);
  return {
    settings,
    // Not stored: still the defaults.
    defaults: Object.keys(SHOWN).filter((key) => !stored.has(key)),
    notShown,
    print: { autoPrint: print.autoPrint, shipFromSet: print.shipFrom !== null },
  };
}
