// A shop source built from its settings, and the one cheap request that proves a URL, account and
// secret work together before a supervisor's change is saved (station/source-settings.ts).
import type { ShopSourceName } from '../../../shared/domain/order-sources.ts';
import { err, ok, type Result } from '../../../shared/domain/result.ts';
import { createEmporixSource } from './emporix/client.ts';
import { createMarketplaceSource } from './marketplace/client.ts';
import type { OrderSource } from './order-source.ts';

export interface ShopTarget {
  url: string;
  /** Marketplace: the login name. Emporix: the tenant. */
  account: string;
  /** Marketplace: the password. Emporix: the saas-token. */
  secret: string;
}

const PROBE_TIMEOUT_MS = 10_000;

/** The shop's client for these settings, or what is wrong with them in words. */
export function shopSource(
  source: ShopSourceName,
  target: ShopTarget,
  options: { timeoutMs?: number; maxRateLimitWaits?: number; perPage?: number } = {},
): Result<OrderSource, string> {
  if (source === 'marketplace') {
    return ok(
      createMarketplaceSource({
        baseUrl: target.url,
        username: target.account,
        password: target.secret,
        ...options,
      }),
    );
  }
  const emporix = createEmporixSource({
    baseUrl: target.url,
    tenant: target.account,
    token: target.secret,
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.maxRateLimitWaits !== undefined ? { maxRateLimitWaits: options.maxRateLimitWaits } : {}),
    ...(options.perPage !== undefined ? { pageSize: options.perPage } : {}),
  });
  return emporix.ok ? emporix : err(emporix.error.join(' '));
}

/** The shop's own words for why the settings do not work, or null when one page of one order came. */
export async function probeShop(source: ShopSourceName, target: ShopTarget): Promise<string | null> {
  const client = shopSource(source, target, {
    timeoutMs: PROBE_TIMEOUT_MS,
    maxRateLimitWaits: 0,
    perPage: 1,
  });
  if (!client.ok) return client.error;
  const page = await client.value.pullPage(null);
  return page.ok ? null : page.error.message;
}
