// A shop's address and sign-in for a command (`pull --source`, `sales-order emporix:ID`): from flags
// or the environment (STATION_MARKETPLACE_URL / _ACCOUNT / _SECRET, STATION_EMPORIX_…). The app keeps
// its own sealed in its settings, which a command line cannot open.
import type { ShopSourceName } from '../../shared/domain/order-sources.ts';

export interface ShopFlags {
  url?: string | undefined;
  account?: string | undefined;
  secret?: string | undefined;
}

const WORDS: Record<ShopSourceName, { account: string; secret: string }> = {
  marketplace: { account: 'login name', secret: 'password' },
  emporix: { account: 'tenant', secret: 'saas-token' },
};

/** The shop's target from flags, then the environment; an error message naming what is missing. */
export function resolveShopTarget(
  source: ShopSourceName,
  flags: ShopFlags,
  env: NodeJS.ProcessEnv,
): { url: string; account: string; secret: string } | string {
  const prefix = `STATION_${source.toUpperCase()}`;
  const url = flags.url || env[`${prefix}_URL`];
  const account = flags.account || env[`${prefix}_ACCOUNT`];
  const secret = flags.secret || env[`${prefix}_SECRET`];
  const words = WORDS[source];
  if (!url) return `no ${source} URL: pass --url or set ${prefix}_URL.`;
  if (!account) return `no ${source} ${words.account}: pass --account or set ${prefix}_ACCOUNT.`;
  if (!secret) return `no ${source} ${words.secret}: pass --secret or set ${prefix}_SECRET.`;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
      return `the ${source} URL must be http(s).`;
  } catch {
    return `the ${source} URL is not a valid URL.`;
  }
  return { url, account, secret };
}
