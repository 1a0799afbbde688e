// Where the API key may go. A change of the Equipme connection is checked (https except to this
// computer; a saved key only for the origin it was entered for), then tried with one cheap request
// with the very URL and key, and only what answered is stored.
import { err, ok, type Result } from '../../../shared/domain/result.ts';
import type { IpcError } from '../../../shared/ipc/envelope.ts';
import { apiOrigin, apiUrlProblem } from '../../../shared/ipc/settings.ts';
import { createEquipmeClient } from '../api/index.ts';
import type { SecretBox } from './secret-box.ts';

/** The API key as stored: ciphertext of the shell's secret box, and the one origin it may be sent to. */
export interface SealedApiKey {
  /** base64 */
  sealed: string;
  /** Null for a key from an older app that was saved without an API URL: it goes nowhere until entered again. */
  origin: string | null;
}

/** The API key as this launch can use it. */
export type ApiKeyRead =
  | { state: 'none' }
  | { state: 'readable'; key: string }
  | { state: 'unreadable'; message: string };

export interface ConnectionNow {
  apiUrl: string | null;
  apiKey: SealedApiKey | null;
  keyRead: ApiKeyRead;
}

export interface ConnectionChange {
  apiUrl?: string | null;
  apiKey?: SealedApiKey;
  /** The new key in the clear, for this launch. */
  key?: string;
}

/** One page of one order: enough to learn the address answers, speaks the API and takes the key. */
const PROBE_TIMEOUT_MS = 10_000;

const refused = (message: string): Result<never, IpcError> => err({ code: 'rejected', message });

export async function checkConnectionChange(
  change: { apiUrl?: string | null; apiKey?: string },
  now: ConnectionNow,
  secretBox: SecretBox,
): Promise<Result<ConnectionChange, IpcError>> {
  if (change.apiUrl === undefined && change.apiKey === undefined) return ok({});
  if (typeof change.apiUrl === 'string') {
    const problem = apiUrlProblem(change.apiUrl);
    if (problem === 'not-a-url') return refused('The API URL is not a web address. Enter it as https://…');
    if (problem === 'not-https') {
      return refused(
        'The API URL must start with https://: the API key must not travel unencrypted. Plain http is only allowed to this computer (localhost, 127.x.x.x or [::1]).',
      );
    }
  }
  const target = change.apiUrl !== undefined ? change.apiUrl : now.apiUrl;
  if (target === null) {
    if (change.apiKey !== undefined) {
      return refused(
        'Enter the API URL together with the API key: a key is saved for one API address and sent nowhere else.',
      );
    }
    return ok({ apiUrl: null });
  }
  const origin = apiOrigin(target);
  let key: string;
  if (change.apiKey !== undefined) {
    if (!secretBox.isAvailable()) {
      return refused(
        'This computer offers no secure storage for the API key (no OS key store), so the station cannot save it. Set up the key store (e.g. a keyring) and try again.',
      );
    }
    key = change.apiKey;
  } else if (now.keyRead.state !== 'readable') {
    return refused('Enter the API key together with the API URL: the station has no usable key yet.');
  } else if (now.apiKey?.origin !== origin) {
    return refused(
      `The saved API key belongs to ${now.apiKey?.origin ?? 'no API address'}, and the station never sends it to another address. Enter the API key for ${origin} together with the new URL.`,
    );
  } else {
    key = now.keyRead.key;
  }

  const failure = await tryConnection(target, key);
  if (failure) {
    const kept = now.apiUrl === null ? 'the demo simulator' : now.apiUrl;
    return refused(`The connection was not saved; the station stays with ${kept}. ${failure}`);
  }
  return ok({
    ...(change.apiUrl !== undefined ? { apiUrl: change.apiUrl } : {}),
    ...(change.apiKey !== undefined
      ? { apiKey: { sealed: secretBox.encrypt(change.apiKey).toString('base64'), origin }, key }
      : {}),
  });
}

/** The API's own words for why the URL and key do not work together, or null when they do. */
async function tryConnection(apiUrl: string, apiKey: string): Promise<string | null> {
  const client = createEquipmeClient({
    baseUrl: apiUrl,
    apiKey,
    timeoutMs: PROBE_TIMEOUT_MS,
    maxRateLimitWaits: 0,
  });
  const page = await client.listOrders({ limit: 1 });
  return page.ok ? null : page.error.message;
}
