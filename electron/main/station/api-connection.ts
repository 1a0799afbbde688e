// Where the Equipme API key may go: the rules of checkSealedConnection, in the API's words, tried
// with one page of one order.
import type { Result } from '../../../shared/domain/result.ts';
import type { IpcError } from '../../../shared/ipc/envelope.ts';
import { createEquipmeClient } from '../api/index.ts';
import { checkSealedConnection, type SealedSecret, type SecretRead } from './sealed-connection.ts';
import type { SecretBox } from './secret-box.ts';

/** The API key as stored: bound to the one origin it may be sent to. */
export type SealedApiKey = SealedSecret;
/** The API key as this launch can use it. */
export type ApiKeyRead = SecretRead;

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

const PROBE_TIMEOUT_MS = 10_000;

export async function checkConnectionChange(
  change: { apiUrl?: string | null; apiKey?: string },
  now: ConnectionNow,
  secretBox: SecretBox,
): Promise<Result<ConnectionChange, IpcError>> {
  const checked = await checkSealedConnection(
    {
      ...(change.apiUrl !== undefined ? { url: change.apiUrl } : {}),
      ...(change.apiKey !== undefined ? { secret: change.apiKey } : {}),
    },
    { url: now.apiUrl, secret: now.apiKey, read: now.keyRead },
    secretBox,
    { url: 'API URL', secret: 'API key', builtIn: 'the demo simulator' },
    tryConnection,
  );
  if (!checked.ok) return checked;
  const { url, secret, key } = checked.value;
  return {
    ok: true,
    value: {
      ...(url !== undefined ? { apiUrl: url } : {}),
      ...(secret !== undefined ? { apiKey: secret } : {}),
      ...(key !== undefined ? { key } : {}),
    },
  };
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
