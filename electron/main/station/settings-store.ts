// The station's settings: defaults, what is stored per key, the view the renderer gets (no secrets),
// and the rules of changing them: the supervisor PIN for what the station talks to (API, locations,
// printers), the badge prefix and to change the PIN; the connection itself is checked in
// api-connection.ts. It also holds who is signed in (`operator`), which is never written to disk: a
// restart signs the operator out, so a station left overnight does not pack under yesterday's name.
import { z } from 'zod';
import {
  cleanOperatorName,
  DEFAULT_BADGE_PREFIX,
  sameOperator,
} from '../../../shared/domain/operator-badge.ts';
import { err, ok, type Result } from '../../../shared/domain/result.ts';
import type { IpcError } from '../../../shared/ipc/envelope.ts';
import type {
  Locale,
  OperatorChange,
  ScannerSettings,
  SettingsUpdateArgs,
  SettingsView,
} from '../../../shared/ipc/settings.ts';
import type { EquipmeSourceSettings, SourceSettingsUpdateArgs } from '../../../shared/ipc/sources.ts';
import { DEFAULT_STATION_PC, type StationPcSettings } from '../../../shared/ipc/station-pc.ts';
import type { UpdateChannel } from '../../../shared/ipc/updates.ts';
import { appendAudit } from '../db/audit-log.ts';
import type { StationDb } from '../db/connection.ts';
import { readSettings, writeSettings } from '../db/settings.ts';
import { DEFAULT_EQUIPME, STORED_EQUIPME } from '../sync/equipme-settings.ts';
import { type ApiKeyRead, checkConnectionChange, type SealedApiKey } from './api-connection.ts';
import { hashPin, type PinHash, verifyPin } from './pin-hash.ts';
import { readSealed } from './sealed-connection.ts';
import type { SecretBox } from './secret-box.ts';
import { createSourceSettings, type SourceProbe, type SourceSettings } from './source-settings.ts';

export type { ApiKeyRead } from './api-connection.ts';

export interface StoredSettings {
  apiUrl: string | null;
  apiKey: SealedApiKey | null;
  locationIds: number[];
  /** Who is signed in ('' for nobody); only in memory, never stored. */
  operator: string;
  badgePrefix: string;
  supervisorPin: PinHash | null;
  sound: { enabled: boolean; volume: number };
  scanner: ScannerSettings;
  locale: Locale;
  manualCountNeedsSupervisor: boolean;
  packingInstructionKeys: string[];
  updateChannel: UpdateChannel;
  updateQuietHour: number | null;
  stationPc: StationPcSettings;
  /** Equipme on or off and how often it is pulled (stored under `equipme`, sync/equipme-settings.ts). */
  equipme: EquipmeSourceSettings;
}

const DEFAULTS: StoredSettings = {
  apiUrl: null,
  apiKey: null,
  locationIds: [],
  operator: '',
  badgePrefix: DEFAULT_BADGE_PREFIX,
  supervisorPin: null,
  sound: { enabled: true, volume: 0.7 },
  // A wedge scanner types a code in a few ms per key; people need well over 50 ms.
  scanner: { maxInterKeyMs: 50, minLength: 4, terminator: 'Enter' },
  locale: 'en',
  // A +1 by hand skips the scan that proves the item is in the box: a supervisor vouches for it.
  manualCountNeedsSupervisor: true,
  // Customer metadata keys are free-form per tenant: these are the ones the product owner named.
  packingInstructionKeys: ['packing.instructions', 'station.note'],
  updateChannel: 'stable',
  // Night, when no shift packs: an update that is ready installs then without asking anyone.
  updateQuietHour: 3,
  stationPc: DEFAULT_STATION_PC,
  equipme: DEFAULT_EQUIPME,
};

type Persisted = Exclude<keyof StoredSettings, 'operator'>;

// What may be read back per key; anything else (a value from an older app, a hand edit) is ignored.
// The operator is not among them: one an older app stored is not signed in again.
const STORED: { [K in Persisted]: z.ZodType<StoredSettings[K]> } = {
  apiUrl: z.string().nullable(),
  // A key from an older app has no origin; load() binds it to the URL it was saved with.
  apiKey: z.object({ sealed: z.string(), origin: z.string().nullable().default(null) }).nullable(),
  locationIds: z.array(z.int()),
  badgePrefix: z.string(),
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
  packingInstructionKeys: z.array(z.string()),
  updateChannel: z.enum(['stable', 'beta']),
  updateQuietHour: z.int().min(0).max(23).nullable(),
  stationPc: z.object({
    windowMode: z.enum(['kiosk', 'fullscreen', 'window']),
    startAtLogin: z.boolean(),
    displayId: z.int().nullable(),
  }),
  equipme: STORED_EQUIPME,
};

const WHAT_THE_PIN_GUARDS = {
  'change-settings':
    "Changing the Equipme connection, the station's locations, the badge prefix, the packing instruction keys or the update settings",
  'change-printers': 'Adding, changing or removing a printer',
  'change-manual-count': 'Changing whether a count by hand needs a supervisor',
  'change-station-pc': "Changing the station PC's window, start at login or display",
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
  | 'change-station-pc'
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
    purpose: SupervisedChange,
    opts?: { goesLive?: boolean },
  ): Promise<IpcError | null>;
  /** Applies a change; says whether the Equipme connection must be restarted. */
  update(args: SettingsUpdateArgs): Promise<Result<{ apiChanged: boolean }, IpcError>>;
  /** Signs `name` (already cleaned) in, switching from whoever was signed in; audited. */
  signIn(name: string, how: SignInWay): OperatorChange;
  /** Signs the operator out (audited); nobody signed in is 'unchanged'. */
  signOut(how: SignInWay): OperatorChange;
  /** The shops' settings (Settings → Order sources). */
  sources: Pick<SourceSettings, 'connection' | 'switchOff'>;
  /** Changes one shop's settings, with the supervisor; says whether its pulling must restart. */
  updateSource(args: SourceSettingsUpdateArgs): Promise<Result<{ changed: boolean }, IpcError>>;
}

type SupervisedChange = keyof typeof WHAT_THE_PIN_GUARDS;

/** How the operator signed in or out, kept in the audit row. */
export type SignInWay = 'name' | 'badge' | 'button' | 'settings';

export interface SettingsStoreOptions {
  db: StationDb;
  stationId: string;
  secretBox: SecretBox;
  shell: 'electron' | 'browser';
  now: () => Date;
  /** Tries a shop's connection before it is saved (the shop's own client). */
  sourceProbe: SourceProbe;
  /** The station PC's options changed (the desktop app applies them to its window and login). */
  onStationPc?: (settings: StationPcSettings) => void;
}

export function createSettingsStore(options: SettingsStoreOptions): SettingsStore {
  const { db, stationId, secretBox, now } = options;
  let settings = load(db);
  let keyRead = readKey(settings);

  const sources = createSourceSettings({ ...options, probe: options.sourceProbe });

  function readKey(from: StoredSettings): ApiKeyRead {
    return readSealed(from.apiKey, secretBox, unreadableKeyMessage(options.shell));
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
    purpose: SupervisedChange,
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
    const operator = args.operator === undefined ? undefined : cleanOperatorName(args.operator);
    if (operator && !operator.ok && operator.problem === 'too-long') {
      return err({ code: 'invalid-request', message: operator.message });
    }
    const guarded =
      args.apiUrl !== undefined ||
      args.apiKey !== undefined ||
      args.locationIds !== undefined ||
      args.badgePrefix !== undefined ||
      args.packingInstructionKeys !== undefined ||
      args.updateChannel !== undefined ||
      args.updateQuietHour !== undefined ||
      args.equipme !== undefined;
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
    if (args.stationPc !== undefined) {
      const refused = await supervise(args.pin, 'change-station-pc');
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
    if (args.badgePrefix !== undefined) next.badgePrefix = args.badgePrefix;
    if (args.sound !== undefined) next.sound = { ...args.sound };
    if (args.scanner !== undefined) next.scanner = { ...args.scanner };
    if (args.locale !== undefined) next.locale = args.locale;
    if (args.manualCountNeedsSupervisor !== undefined)
      next.manualCountNeedsSupervisor = args.manualCountNeedsSupervisor;
    if (args.packingInstructionKeys !== undefined)
      next.packingInstructionKeys = [...args.packingInstructionKeys];
    if (args.updateChannel !== undefined) next.updateChannel = args.updateChannel;
    if (args.updateQuietHour !== undefined) next.updateQuietHour = args.updateQuietHour;
    if (args.stationPc !== undefined) next.stationPc = { ...args.stationPc };
    if (args.equipme !== undefined) {
      const equipme = { ...settings.equipme, ...args.equipme };
      if (
        equipme.enabled !== settings.equipme.enabled ||
        equipme.pollIntervalSeconds !== settings.equipme.pollIntervalSeconds
      ) {
        next.equipme = equipme;
      }
    }

    // Last, after every check: an operator given here signs in (or out with '') like operator:sign-in.
    if (operator) {
      if (operator.ok) signIn(operator.name, 'settings');
      else signOut('settings');
    }
    if (Object.keys(next).length === 0) return ok({ apiChanged: false });

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
          ...(next.equipme !== undefined ? { equipme: { from: before.equipme, to: next.equipme } } : {}),
        },
      });
    }).immediate();
    settings = { ...before, ...next };
    if (newKey !== undefined) keyRead = { state: 'readable', key: newKey };
    if (next.stationPc) options.onStationPc?.(next.stationPc);
    const apiChanged =
      (next.apiUrl !== undefined && next.apiUrl !== before.apiUrl) ||
      (next.apiKey !== undefined && settings.apiUrl !== null);
    return ok({ apiChanged });
  }

  function signIn(name: string, how: SignInWay): OperatorChange {
    const previous = settings.operator;
    if (sameOperator(name, previous)) return { outcome: 'unchanged', operator: previous, previous };
    const outcome = previous === '' ? 'signed-in' : 'switched';
    appendAudit(db, {
      at: now(),
      stationId,
      operator: name,
      kind: outcome === 'signed-in' ? 'operator-signed-in' : 'operator-switched',
      detail: { how, ...(previous !== '' ? { previous } : {}) },
    });
    settings = { ...settings, operator: name };
    return { outcome, operator: name, previous };
  }

  function signOut(how: SignInWay): OperatorChange {
    const previous = settings.operator;
    if (previous === '') return { outcome: 'unchanged', operator: '', previous };
    appendAudit(db, {
      at: now(),
      stationId,
      operator: previous,
      kind: 'operator-signed-out',
      detail: { how },
    });
    settings = { ...settings, operator: '' };
    return { outcome: 'signed-out', operator: '', previous };
  }

  return {
    current: () => settings,
    view: () => ({
      apiUrl: settings.apiUrl,
      apiKeySet: keyRead.state === 'readable',
      demo: settings.apiUrl === null,
      locationIds: [...settings.locationIds],
      operator: settings.operator,
      badgePrefix: settings.badgePrefix,
      supervisorPinSet: settings.supervisorPin !== null,
      sound: { ...settings.sound },
      scanner: { ...settings.scanner },
      locale: settings.locale,
      manualCountNeedsSupervisor: settings.manualCountNeedsSupervisor,
      packingInstructionKeys: [...settings.packingInstructionKeys],
      stationPc: { ...settings.stationPc },
      equipme: { ...settings.equipme },
      sources: sources.view(),
      updateChannel: settings.updateChannel,
      updateQuietHour: settings.updateQuietHour,
    }),
    apiKey: () => keyRead,
    checkPin,
    supervise,
    update,
    signIn,
    signOut,
    sources,
    updateSource: (args) => sources.update(args, supervise, settings.operator),
  };
}

function load(db: StationDb): StoredSettings {
  const stored = readSettings(db);
  const settings: Record<string, unknown> = { ...DEFAULTS };
  for (const key of Object.keys(STORED) as Persisted[]) {
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
