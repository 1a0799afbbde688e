// The shops' settings, one stored value per source (`source.marketplace`, `source.emporix`): on or
// off, where it is (null: its built-in simulator), the account, the sealed password or token, and
// how often it is asked. Every change is the supervisor's, and a live connection is tried before it
// is stored, with the same rules as the Equipme key (sealed-connection.ts).
import { z } from 'zod';
import { SHOP_SOURCES, type ShopSourceName } from '../../../shared/domain/order-sources.ts';
import { err, ok, type Result } from '../../../shared/domain/result.ts';
import type { IpcError } from '../../../shared/ipc/envelope.ts';
import {
  POLL_INTERVAL_SECONDS,
  type SourceSettingsUpdateArgs,
  type SourceSettingsView,
} from '../../../shared/ipc/sources.ts';
import { appendAudit } from '../db/audit-log.ts';
import type { StationDb } from '../db/connection.ts';
import { readSettings, writeSettings } from '../db/settings.ts';
import {
  type ConnectionWords,
  checkSealedConnection,
  readSealed,
  type SealedSecret,
  type SecretRead,
} from './sealed-connection.ts';
import type { SecretBox } from './secret-box.ts';

export interface StoredSource {
  enabled: boolean;
  url: string | null;
  account: string;
  credential: SealedSecret | null;
  pollIntervalSeconds: number;
}

/** A source as this launch can use it: the stored settings and the credential opened. */
export interface SourceConnection extends StoredSource {
  credentialRead: SecretRead;
}

/** The source's own words for why the URL, account and secret do not work together, or null. */
export type SourceProbe = (
  source: ShopSourceName,
  target: { url: string; account: string; secret: string },
) => Promise<string | null>;

/** How the supervisor is asked (the settings store's `supervise`). */
export type Supervise = (
  pin: string | undefined,
  purpose: 'change-settings',
  opts: { goesLive: boolean },
) => Promise<IpcError | null>;

export interface SourceSettings {
  view(): SourceSettingsView[];
  connection(source: ShopSourceName): SourceConnection;
  /** Applies a change; says whether the source's pulling must be restarted. */
  update(
    args: SourceSettingsUpdateArgs,
    supervise: Supervise,
    operator: string,
  ): Promise<Result<{ changed: boolean }, IpcError>>;
  /** Switches these shops off without the supervisor (the demo's, once the station goes live); audited. */
  switchOff(list: readonly ShopSourceName[], detail: Record<string, unknown>): void;
}

const WORDS: Record<ShopSourceName, ConnectionWords & { name: string; account: string }> = {
  marketplace: {
    name: 'marketplace',
    url: 'marketplace URL',
    secret: 'marketplace password',
    account: 'marketplace login',
    builtIn: 'the built-in marketplace simulator',
  },
  emporix: {
    name: 'Emporix',
    url: 'Emporix URL',
    secret: 'Emporix token',
    account: 'Emporix tenant',
    builtIn: 'the built-in Emporix simulator',
  },
};

export const DEFAULT_SOURCE: StoredSource = {
  enabled: false,
  url: null,
  account: '',
  credential: null,
  pollIntervalSeconds: POLL_INTERVAL_SECONDS.default,
};

// What may be read back; a value that does not parse (an older app, a hand edit) is the default.
const STORED = z.object({
  enabled: z.boolean(),
  url: z.string().nullable(),
  account: z.string(),
  credential: z.object({ sealed: z.string(), origin: z.string().nullable() }).nullable(),
  pollIntervalSeconds: z.int().min(POLL_INTERVAL_SECONDS.min).max(POLL_INTERVAL_SECONDS.max),
});

/** The settings key a shop's settings are stored under. */
export const sourceSettingsKey = (source: ShopSourceName) => `source.${source}`;
const keyOf = sourceSettingsKey;

/** A shop's settings as stored, without opening its secret (`station sources` reads them so). */
export function storedSource(stored: ReadonlyMap<string, unknown>, source: ShopSourceName): StoredSource {
  const parsed = STORED.safeParse(stored.get(keyOf(source)));
  return parsed.success ? parsed.data : DEFAULT_SOURCE;
}

export function createSourceSettings(options: {
  db: StationDb;
  stationId: string;
  secretBox: SecretBox;
  shell: 'electron' | 'browser';
  now: () => Date;
  probe: SourceProbe;
}): SourceSettings {
  const { db, stationId, secretBox, now, probe } = options;
  const stored = readSettings(db);
  const sources = new Map<ShopSourceName, SourceConnection>();
  for (const source of SHOP_SOURCES) {
    const settings = storedSource(stored, source);
    sources.set(source, { ...settings, credentialRead: open(source, settings.credential) });
  }

  function open(source: ShopSourceName, credential: SealedSecret | null): SecretRead {
    const words = WORDS[source];
    const unreadable =
      options.shell === 'browser'
        ? `The saved ${words.secret} cannot be read: browser mode keeps its encryption key only until it is restarted. Enter it again in Settings, Order sources.`
        : `The saved ${words.secret} cannot be decrypted with this computer's key store (it changed, or the data comes from another computer). Enter it again in Settings, Order sources.`;
    return readSealed(credential, secretBox, unreadable);
  }

  const connection = (source: ShopSourceName) => sources.get(source) as SourceConnection;

  async function update(
    args: SourceSettingsUpdateArgs,
    supervise: Supervise,
    operator: string,
  ): Promise<Result<{ changed: boolean }, IpcError>> {
    const before = connection(args.source);
    const words = WORDS[args.source];
    const url = args.url !== undefined ? args.url : before.url;
    const refused = await supervise(args.pin, 'change-settings', { goesLive: url !== null });
    if (refused) return err(refused);

    const enabled = args.enabled ?? before.enabled;
    const account = args.account ?? before.account;
    // Only a source that is pulled from a real server is tried; off or on its simulator, nothing is.
    const live = url !== null && enabled;
    if (live && account === '') {
      return err({ code: 'rejected', message: `Enter the ${words.account}: the station signs in with it.` });
    }
    const tryIt = async (target: string, secret: string) =>
      live ? probe(args.source, { url: target, account, secret }) : null;
    const next: Partial<StoredSource> = {};
    if (args.url !== undefined || args.credential !== undefined) {
      const checked = await checkSealedConnection(
        {
          ...(args.url !== undefined ? { url: args.url } : {}),
          ...(args.credential !== undefined ? { secret: args.credential } : {}),
        },
        { url: before.url, secret: before.credential, read: before.credentialRead },
        secretBox,
        words,
        tryIt,
      );
      if (!checked.ok) return checked;
      if (checked.value.url !== undefined) next.url = checked.value.url;
      if (checked.value.secret !== undefined) next.credential = checked.value.secret;
    } else if (url !== null && enabled && (!before.enabled || args.account !== undefined)) {
      // Switched on, or signing in as another account, with the saved connection: try it first.
      if (before.credentialRead.state !== 'readable') {
        return err({
          code: 'rejected',
          message: `Enter the ${words.secret} before the ${words.name} source is switched on.`,
        });
      }
      const failure = await tryIt(url, before.credentialRead.key);
      if (failure) {
        return err({ code: 'rejected', message: `The ${words.name} settings were not changed. ${failure}` });
      }
    }
    if (args.enabled !== undefined && args.enabled !== before.enabled) next.enabled = args.enabled;
    if (args.account !== undefined && args.account !== before.account) next.account = args.account;
    if (args.pollIntervalSeconds !== undefined && args.pollIntervalSeconds !== before.pollIntervalSeconds) {
      next.pollIntervalSeconds = args.pollIntervalSeconds;
    }
    if (Object.keys(next).length === 0) return ok({ changed: false });

    const after: StoredSource = {
      enabled: next.enabled ?? before.enabled,
      url: next.url !== undefined ? next.url : before.url,
      account: next.account ?? before.account,
      credential: next.credential ?? before.credential,
      pollIntervalSeconds: next.pollIntervalSeconds ?? before.pollIntervalSeconds,
    };
    const at = now();
    db.transaction(() => {
      writeSettings(db, { [keyOf(args.source)]: after }, at);
      appendAudit(db, {
        at,
        stationId,
        operator: operator || null,
        kind: 'settings-changed',
        // Which settings changed and where the source moved, never the password or token.
        detail: {
          source: args.source,
          changed: Object.keys(next).sort(),
          ...(next.url !== undefined ? { url: { from: before.url, to: next.url } } : {}),
        },
      });
    }).immediate();
    const credentialRead =
      args.credential !== undefined && next.credential !== undefined
        ? ({ state: 'readable', key: args.credential } as const)
        : before.credentialRead;
    sources.set(args.source, { ...after, credentialRead });
    return ok({ changed: true });
  }

  return {
    view: () =>
      SHOP_SOURCES.map((source) => {
        const s = connection(source);
        return {
          source,
          enabled: s.enabled,
          url: s.url,
          account: s.account,
          credentialSet: s.credentialRead.state === 'readable',
          credentialProblem: s.credentialRead.state === 'unreadable' ? s.credentialRead.message : null,
          pollIntervalSeconds: s.pollIntervalSeconds,
        };
      }),
    connection,
    update,
    switchOff(list, detail) {
      const at = now();
      for (const source of list) {
        const { credentialRead, ...before } = connection(source);
        if (!before.enabled) continue;
        const after: StoredSource = { ...before, enabled: false };
        db.transaction(() => {
          writeSettings(db, { [keyOf(source)]: after }, at);
          appendAudit(db, {
            at,
            stationId,
            operator: null,
            kind: 'settings-changed',
            detail: { source, changed: ['enabled'], ...detail },
          });
        }).immediate();
        sources.set(source, { ...after, credentialRead });
      }
    },
  };
}
