// `station pull --source marketplace|emporix`: one full pass of a shop into the station's cache, as
// the app's shop pulls do (sync/pull-shop.ts), to the shop named by shop-target.ts.
import type { ShopSourceName } from '../../shared/domain/order-sources.ts';
import type { StationDb } from '../main/db/connection.ts';
import { shopSource } from '../main/sources/shop-connection.ts';
import { pullShop } from '../main/sync/pull-shop.ts';
import { count } from './count.ts';

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
