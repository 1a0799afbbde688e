// The station's settings: defaults, what is stored per key, the view the renderer gets (no secrets),
// and the rules of changing them (PIN to change the PIN, an API URL needs a readable key).
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
import { hashPin, type PinHash, verifyPin } from './pin-hash.ts';
import type { SecretBox } from './secret-box.ts';

export interface StoredSettings {
  apiUrl: string | null;
  /** Ciphertext of the shell's secret box, base64. */
  apiKey: { sealed: string } | null;
  locationIds: number[];
  operator: string;
  supervisorPin: PinHash | null;
  sound: { enabled: boolean; volume: number };
  scanner: ScannerSettings;
  locale: Locale;
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
};

// What may be read back per key; anything else (a value from an older app, a hand edit) is ignored.
const STORED: { [K in keyof StoredSettings]: z.ZodType<StoredSettings[K]> } = {
  apiUrl: z.string().nullable(),
  apiKey: z.object({ sealed: z.string() }).nullable(),
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
};

const PIN_ATTEMPTS = 5;
const PIN_LOCKOUT_MS = 60_000;

/** The API key as this launch can use it. */
export type ApiKeyRead =
  | { state: 'none' }
  | { state: 'readable'; key: string }
  | { state: 'unreadable'; message: string };

export type PinPurpose =
  | 'learn-barcode'
  | 'verification-override'
  | 'change-pin'
  | 'release-lock'
  | 'supervisor-action';

export interface SettingsStore {
  current(): StoredSettings;
  view(): SettingsView;
  apiKey(): ApiKeyRead;
  /** Checks a supervisor PIN; a wrong one is audited. */
  checkPin(pin: string, purpose: PinPurpose, orderId?: number): Promise<IpcError | null>;
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

  async function update(args: SettingsUpdateArgs): Promise<Result<{ apiChanged: boolean }, IpcError>> {
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
    let newKey: string | undefined;
    if (args.apiKey !== undefined) {
      if (!secretBox.isAvailable()) {
        return err({
          code: 'rejected',
          message:
            'This computer offers no secure storage for the API key (no OS key store), so the station cannot save it. Set up the key store (e.g. a keyring) and try again.',
        });
      }
      newKey = args.apiKey;
      next.apiKey = { sealed: secretBox.encrypt(args.apiKey).toString('base64') };
    }
    if (args.apiUrl !== undefined) {
      if (args.apiUrl !== null && newKey === undefined && keyRead.state !== 'readable') {
        return err({
          code: 'rejected',
          message: 'Enter the API key together with the API URL: the station has no usable key yet.',
        });
      }
      next.apiUrl = args.apiUrl;
    }
    if (args.locationIds !== undefined) next.locationIds = [...args.locationIds];
    if (args.operator !== undefined) next.operator = args.operator.trim();
    if (args.sound !== undefined) next.sound = { ...args.sound };
    if (args.scanner !== undefined) next.scanner = { ...args.scanner };
    if (args.locale !== undefined) next.locale = args.locale;

    const before = settings;
    const at = now();
    db.transaction(() => {
      writeSettings(db, next, at);
      appendAudit(db, {
        at,
        stationId,
        operator: before.operator || null,
        kind: 'settings-changed',
        // Which settings changed, never the secrets themselves.
        detail: { changed: Object.keys(next).sort() },
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
    }),
    apiKey: () => keyRead,
    checkPin,
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
  return settings as unknown as StoredSettings;
}

function unreadableKeyMessage(shell: 'electron' | 'browser'): string {
  return shell === 'browser'
    ? 'The saved API key cannot be read: browser mode keeps its encryption key only until it is restarted. Enter the API key again in Settings.'
    : "The saved API key cannot be decrypted with this computer's key store (it changed, or the data comes from another computer). Enter the API key again in Settings.";
}
