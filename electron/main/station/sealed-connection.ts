// Where a secret may go, for any server the station signs in to (Equipme, the shops): https except
// to this computer, a saved secret only for the origin it was entered for, and a change stored only
// after one cheap request with the very URL and secret answered.
import { err, ok, type Result } from '../../../shared/domain/result.ts';
import type { IpcError } from '../../../shared/ipc/envelope.ts';
import { apiOrigin, apiUrlProblem } from '../../../shared/ipc/settings.ts';
import type { SecretBox } from './secret-box.ts';

/** A secret as stored: ciphertext of the shell's secret box, and the one origin it may be sent to. */
export interface SealedSecret {
  /** base64 */
  sealed: string;
  /** Null for a secret from an older app that was saved without a URL: it goes nowhere until entered again. */
  origin: string | null;
}

/** A secret as this launch can use it. */
export type SecretRead =
  | { state: 'none' }
  | { state: 'readable'; key: string }
  | { state: 'unreadable'; message: string };

export interface SealedConnectionNow {
  url: string | null;
  secret: SealedSecret | null;
  read: SecretRead;
}

export interface SealedConnectionChange {
  url?: string | null;
  secret?: SealedSecret;
  /** The new secret in the clear, for this launch. */
  key?: string;
}

/** How the messages name things: "API URL" and "API key", "Emporix URL" and "Emporix token". */
export interface ConnectionWords {
  url: string;
  secret: string;
  /** Where the station stays when a change is refused and no URL is set ("the demo simulator"). */
  builtIn: string;
}

/** The server's own words for why the URL and secret do not work together, or null when they do. */
export type ConnectionProbe = (url: string, secret: string) => Promise<string | null>;

export async function checkSealedConnection(
  change: { url?: string | null; secret?: string },
  now: SealedConnectionNow,
  secretBox: SecretBox,
  words: ConnectionWords,
  probe: ConnectionProbe,
): Promise<Result<SealedConnectionChange, IpcError>> {
  const refused = (message: string): Result<never, IpcError> => err({ code: 'rejected', message });
  if (change.url === undefined && change.secret === undefined) return ok({});
  if (typeof change.url === 'string') {
    const problem = apiUrlProblem(change.url);
    if (problem === 'not-a-url')
      return refused(`The ${words.url} is not a web address. Enter it as https://…`);
    if (problem === 'not-https') {
      return refused(
        `The ${words.url} must start with https://: the ${words.secret} must not travel unencrypted. Plain http is only allowed to this computer (localhost, 127.x.x.x or [::1]).`,
      );
    }
  }
  const target = change.url !== undefined ? change.url : now.url;
  if (target === null) {
    if (change.secret !== undefined) {
      return refused(
        `Enter the ${words.url} together with the ${words.secret}: it is saved for one address and sent nowhere else.`,
      );
    }
    return ok({ url: null });
  }
  const origin = apiOrigin(target);
  let key: string;
  if (change.secret !== undefined) {
    if (!secretBox.isAvailable()) {
      return refused(
        `This computer offers no secure storage for the ${words.secret} (no OS key store), so the station cannot save it. Set up the key store (e.g. a keyring) and try again.`,
      );
    }
    key = change.secret;
  } else if (now.read.state !== 'readable') {
    return refused(
      `Enter the ${words.secret} together with the ${words.url}: the station has no usable ${words.secret} yet.`,
    );
  } else if (now.secret?.origin !== origin) {
    return refused(
      `The saved ${words.secret} belongs to ${now.secret?.origin ?? 'no address'}, and the station never sends it to another address. Enter the ${words.secret} for ${origin} together with the new URL.`,
    );
  } else {
    key = now.read.key;
  }

  const failure = await probe(target, key);
  if (failure) {
    const kept = now.url === null ? words.builtIn : now.url;
    return refused(`The connection was not saved; the station stays with ${kept}. ${failure}`);
  }
  return ok({
    ...(change.url !== undefined ? { url: change.url } : {}),
    ...(change.secret !== undefined
      ? { secret: { sealed: secretBox.encrypt(change.secret).toString('base64'), origin }, key }
      : {}),
  });
}

/** Opens a sealed secret; what this launch cannot decrypt is `unreadable` with the given words. */
export function readSealed(
  secret: SealedSecret | null,
  secretBox: SecretBox,
  unreadable: string,
): SecretRead {
  if (!secret) return { state: 'none' };
  try {
    return { state: 'readable', key: secretBox.decrypt(Buffer.from(secret.sealed, 'base64')) };
  } catch {
    return { state: 'unreadable', message: unreadable };
  }
}
