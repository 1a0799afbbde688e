// `station pull --source marketplace|emporix`: one full pass of a shop into the station's cache, as
// the app's shop pulls do (sync/pull-shop.ts). The shop's address and sign-in come from flags or the
// environment (STATION_MARKETPLACE_URL / _ACCOUNT / _SECRET, STATION_EMPORIX_…): the app keeps its
// own sealed in its settings, which a command line cannot open.
import type { ShopSourceName } from '../../shared/domain/order-sources.ts';
import type { StationDb } from '../main/db/connection.ts';
import { shopSource } from '../main/sources/shop-connection.ts';
import { pullShop } from '../main/sync/pull-shop.ts';
import { count } from './count.ts';

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

/** What the pass printed: its lines for stdout and stderr, and whether it went through. */
export interface ShopPullOutput {
  ok: boolean;
  stdout: string[];
  stderr: string[];
}

// The lines come back to the command instead of being written here: this module is loaded only for a
// shop's pull, and sharing the command's writer would split the CLI's entry chunk (built-cli.test.ts).
export async function pullShopOnce(
  db: StationDb,
  source: ShopSourceName,
  target: { url: string; account: string; secret: string },
  signal: AbortSignal,
  json: boolean,
): Promise<ShopPullOutput> {
  const client = shopSource(source, target);
  if (!client.ok) return { ok: false, stdout: [], stderr: [`station pull: ${client.error}`] };
  const pulled = await pullShop(db, source, client.value, () => new Date(), signal);
  if (!pulled.ok)
    return { ok: false, stdout: [], stderr: [`station pull: ${source}: ${pulled.error.message}`] };
  const summary = pulled.value;
  const stderr = summary.rejectedOrders.map(
    (bad) =>
      `skipped an invalid ${source} order${bad.id === null ? '' : ` ${bad.id}`}: ${bad.problems.join('; ')}`,
  );
  if (json) return { ok: true, stdout: [JSON.stringify(summary)], stderr };
  const kept = summary.keptOpen.length;
  const line = `pulled ${count(summary.orders, 'open order')} from ${source}, ${summary.rejected} rejected, ${summary.closed} closed${kept > 0 ? `, ${kept} kept open (started here, no longer listed by ${source})` : ''}`;
  return { ok: true, stdout: [line], stderr };
}
