// The station's settings: defaults, what is stored per key, the view the renderer gets (no secrets),
// and the rules of changing them: the supervisor PIN for what the station talks to (API, locations,
// printers) and to change the PIN; the connection itself is checked in api-connection.ts.
import { z } from 'zod';
import { err, ok, type Result } from '../../../shared/domain/result.ts';
import type { IpcError } from '../../../shared/ipc/envelope.ts';
import type {
  Locale,
  ScannerSettings,
  SettingsUpdateArgs,
  SettingsView,
} from '../../../shared/ipc/settings.ts';
import { appendAudit } from '../db/audit-log.ts';
import type { StationDb } from '../db/connection.ts';
import { readSettings, writeSettings } from '../db/settings.ts';
import { type ApiKeyRead, checkConnectionChange, type SealedApiKey } from './api-connection.ts';
import { hashPin, type PinHash, verifyPin } from './pin-hash.ts';
import type { SecretBox } from './secret-box.ts';

export type { ApiKeyRead } from './api-connection.ts';

export interface StoredSettings {
  apiUrl: string | null;
  apiKey: SealedApiKey | null;
  locationIds: number[];
  operator: string;
  supervisorPin: PinHash | null;
  sound: { enabled: boolean; volume: number };
  scanner: ScannerSettings;
  locale: Locale;
  manualCountNeedsSupervisor: boolean;
}

const DEFAULTS: StoredSettings = {
  apiUrl: null,
  apiKey: null,
  locationIds: [],
  operator: '',
  supervisorPin: null,
  sound: { enabled: true, volume: 0.7 },
  // A wedge scanner types a code in a few ms per key; people need well over 50 ms.
  scanner: { maxInterKeyMs: 50, minLength: 4, terminator: 'Enter' },
  locale: 'en',
  // A +1 by hand skips the scan that proves the item is in the box: a supervisor vouches for it.
  manualCountNeedsSupervisor: true,
};

// What may be read back per key; anything else (a value from an older app, a hand edit) is ignored.
const STORED: { [K in keyof StoredSettings]: z.ZodType<StoredSettings[K]> } = {
  apiUrl: z.string().nullable(),
  // A key from an older app has no origin; load() binds it to the URL it was saved with.
  apiKey: z.object({ sealed: z.string(), origin: z.string().nullable().default(null) }).nullable(),
  locationIds: z.array(z.int()),
  operator: z.string(),
  supervisorPin: z
    .object({
      algorithm: z.literal('scrypt'),
      N: z.int(),
      r: z.int(),
      p: z.int(),
      salt: z.string(),
      hash: z.string(),
    })
    .nullable(),
  sound: z.object({ enabled: z.boolean(), volume: z.number() }),
  scanner: z.object({
    maxInterKeyMs: z.int(),
    minLength: z.int(),
    terminator: z.enum(['Enter', 'Tab']),
  }),
  locale: z.enum(['en', 'nl', 'de']),
  manualCountNeedsSupervisor: z.boolean(),
};

const WHAT_THE_PIN_GUARDS = {
  'change-settings': "Changing the Equipme connection or the station's locations",
  'change-printers': 'Adding, changing or removing a printer',
  'change-manual-count': 'Changing whether a count by hand needs a supervisor',
} as const;

const PIN_ATTEMPTS = 5;
const PIN_LOCKOUT_MS = 60_000;

export type PinPurpose =
  | 'learn-barcode'
  | 'verification-override'
  | 'change-pin'
  | 'change-settings'
  | 'change-printers'
  | 'change-manual-count'
  | 'manual-count'
  | 'release-lock'
  | 'supervisor-action';

export interface SettingsStore {
  current(): StoredSettings;
  view(): SettingsView;
  apiKey(): ApiKeyRead;
  /** Checks a supervisor PIN; a wrong one is audited. */
  checkPin(pin: string, purpose: PinPurpose, orderId?: number): Promise<IpcError | null>;
  /**
   * May this change of what the station talks to go ahead? With a PIN set, only with that PIN.
   * Without one, only on a demo station that stays in demo mode (its first setup).
   */
  supervise(
    pin: string | undefined,
    purpose: 'change-settings' | 'change-printers' | 'change-manual-count',
    opts?: { goesLive?: boolean },
  ): Promise<IpcError | null>;
  /** Applies a change; says whether the Equipme connection must be restarted. */
  update(args: SettingsUpdateArgs): Promise<Result<{ apiChanged: boolean }, IpcError>>;
}

export interface SettingsStoreOptions {
  db: StationDb;
  stationId: string;
  secretBox: SecretBox;
  shell: 'electron' | 'browser';
  now: () => Date;
}

export function createSettingsStore(options: SettingsStoreOptions): SettingsStore {
  const { db, stationId, secretBox, now } = options;
  let settings = load(db);
  let keyRead = readKey(settings);

  function readKey(from: StoredSettings): ApiKeyRead {
    if (!from.apiKey) return { state: 'none' };
    try {
      return { state: 'readable', key: secretBox.decrypt(Buffer.from(from.apiKey.sealed, 'base64')) };
    } catch {
      return { state: 'unreadable', message: unreadableKeyMessage(options.shell) };
    }
  }

  // A short PIN falls to guessing: after a few wrong ones in a row, nobody may try for a while.
  let wrongInARow = 0;
  let lockedUntil = 0;

  async function checkPin(pin: string, purpose: PinPurpose, orderId?: number): Promise<IpcError | null> {
    if (!settings.supervisorPin) {
      return {
        code: 'rejected',
        message: 'No supervisor PIN is set on this station: a supervisor sets one in Settings first.',
      };
    }
    if (now().getTime() < lockedUntil) {
      return {
        code: 'wrong-pin',
        message: `Too many wrong supervisor PINs: wait ${PIN_LOCKOUT_MS / 1000} seconds, then try again.`,
      };
    }
    if (await verifyPin(pin, settings.supervisorPin)) {
      wrongInARow = 0;
      return null;
    }
    wrongInARow++;
    if (wrongInARow >= PIN_ATTEMPTS) {
      wrongInARow = 0;
      lockedUntil = now().getTime() + PIN_LOCKOUT_MS;
    }
    appendAudit(db, {
      at: now(),
      stationId,
      operator: settings.operator || null,
      kind: 'supervisor-pin-refused',
      orderId: orderId ?? null,
      detail: { purpose },
    });
    return { code: 'wrong-pin', message: 'The supervisor PIN is wrong. Ask a supervisor to enter it again.' };
  }

  async function supervise(
    pin: string | undefined,
    purpose: 'change-settings' | 'change-printers' | 'change-manual-count',
    opts: { goesLive?: boolean } = {},
  ): Promise<IpcError | null> {
    const what = WHAT_THE_PIN_GUARDS[purpose];
    if (settings.supervisorPin) {
      if (pin === undefined) {
        return {
          code: 'wrong-pin',
          message: `${what} needs the supervisor PIN. Ask a supervisor to enter it.`,
        };
      }
      return checkPin(pin, purpose);
    }
    if (settings.apiUrl === null && !opts.goesLive) return null;
    return {
      code: 'rejected',
      message: `No supervisor PIN is set on this station. A supervisor sets one first (Settings, Supervisor PIN): ${what.charAt(0).toLowerCase()}${what.slice(1)} needs it.`,
    };
  }

  async function update(args: SettingsUpdateArgs): Promise<Result<{ apiChanged: boolean }, IpcError>> {
    const guarded = args.apiUrl !== undefined || args.apiKey !== undefined || args.locationIds !== undefined;
    // A first PIN may come with the change it guards: whoever sets it is the supervisor.
    if (guarded && !(args.supervisorPin && !settings.supervisorPin)) {
      const target = args.apiUrl !== undefined ? args.apiUrl : settings.apiUrl;
      const goesLive = target !== null || args.apiKey !== undefined;
      const refused = await supervise(args.pin, 'change-settings', { goesLive });
      if (refused) return err(refused);
    }
    // Turning the guard off needs a supervisor; turning it on does not.
    if (args.manualCountNeedsSupervisor === false && settings.manualCountNeedsSupervisor) {
      const refused = await supervise(args.pin, 'change-manual-count');
      if (refused) return err(refused);
    }
    const next: Partial<StoredSettings> = {};
    if (args.supervisorPin) {
      if (settings.supervisorPin) {
        if (args.supervisorPin.current === undefined) {
          return err({ code: 'wrong-pin', message: 'Enter the current supervisor PIN to change it.' });
        }
        const refused = await checkPin(args.supervisorPin.current, 'change-pin');
        if (refused) return err(refused);
      }
      next.supervisorPin = await hashPin(args.supervisorPin.next);
    }
    const connection = await checkConnectionChange(
      {
        ...(args.apiUrl !== undefined ? { apiUrl: args.apiUrl } : {}),
        ...(args.apiKey !== undefined ? { apiKey: args.apiKey } : {}),
      },
      { apiUrl: settings.apiUrl, apiKey: settings.apiKey, keyRead },
      secretBox,
    );
    if (!connection.ok) return connection;
    const { key: newKey, ...connectionSettings } = connection.value;
    Object.assign(next, connectionSettings);
    if (args.locationIds !== undefined) next.locationIds = [...args.locationIds];
    if (args.operator !== undefined) next.operator = args.operator.trim();
    if (args.sound !== undefined) next.sound = { ...args.sound };
    if (args.scanner !== undefined) next.scanner = { ...args.scanner };
    if (args.locale !== undefined) next.locale = args.locale;
    if (args.manualCountNeedsSupervisor !== undefined)
      next.manualCountNeedsSupervisor = args.manualCountNeedsSupervisor;

    const before = settings;
    const at = now();
    const keys = [keyRead.state === 'readable' ? keyRead.key : '', newKey ?? ''];
    const shown = (url: string | null) => withoutKeys(url, keys);
    db.transaction(() => {
      writeSettings(db, next, at);
      appendAudit(db, {
        at,
        stationId,
        operator: before.operator || null,
        kind: 'settings-changed',
        // Which settings changed and where the API moved, never the secrets themselves.
        detail: {
          changed: Object.keys(next).sort(),
          ...(next.apiUrl !== undefined
            ? { apiUrl: { from: shown(before.apiUrl), to: shown(next.apiUrl) } }
            : {}),
        },
      });
    }).immediate();
    settings = { ...before, ...next };
    if (newKey !== undefined) keyRead = { state: 'readable', key: newKey };
    const apiChanged =
      (next.apiUrl !== undefined && next.apiUrl !== before.apiUrl) ||
      (next.apiKey !== undefined && settings.apiUrl !== null);
    return ok({ apiChanged });
  }

  return {
    current: () => settings,
    view: () => ({
      apiUrl: settings.apiUrl,
      apiKeySet: keyRead.state === 'readable',
      demo: settings.apiUrl === null,
      locationIds: [...settings.locationIds],
      operator: settings.operator,
      supervisorPinSet: settings.supervisorPin !== null,
      sound: { ...settings.sound },
      scanner: { ...settings.scanner },
      locale: settings.locale,
      manualCountNeedsSupervisor: settings.manualCountNeedsSupervisor,
    }),
    apiKey: () => keyRead,
    checkPin,
    supervise,
    update,
  };
}

function load(db: StationDb): StoredSettings {
  const stored = readSettings(db);
  const settings: Record<string, unknown> = { ...DEFAULTS };
  for (const key of Object.keys(STORED) as (keyof StoredSettings)[]) {
    const parsed = STORED[key].safeParse(stored.get(key));
    if (parsed.success) settings[key] = parsed.data;
  }
  const loaded = settings as unknown as StoredSettings;
  if (
    loaded.apiKey &&
    loaded.apiKey.origin === null &&
    loaded.apiUrl !== null &&
    URL.canParse(loaded.apiUrl)
  ) {
    loaded.apiKey = { ...loaded.apiKey, origin: new URL(loaded.apiUrl).origin };
  }
  return loaded;
}

/** A key pasted into the URL by mistake is not written down with it. */
function withoutKeys(url: string | null, keys: string[]): string | null {
  if (url === null) return null;
  return keys.filter((key) => key !== '').reduce((text, key) => text.split(key).join('[api key]'), url);
}

function unreadableKeyMessage(shell: 'electron' | 'browser'): string {
  return shell === 'browser'
    ? 'The saved API key cannot be read: browser mode keeps its encryption key only until it is restarted. Enter the API key again in Settings.'
    : "The saved API key cannot be decrypted with this computer's key store (it changed, or the data comes from another computer). Enter the API key again in Settings.";
}
