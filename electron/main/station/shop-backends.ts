// The shops the station pulls, from their settings: each one switched on, with its client — on its
// built-in simulator while no server address is set (demo, station/built-in-shops.ts), as Equipme's
// demo mode does — and the pulls running beside the sync engine (sync/shop-pulls.ts). Started again
// when a shop's settings change; the simulators stay up across restarts and stop with the station.
import { SHOP_SOURCES, type ShopSourceName } from '../../../shared/domain/order-sources.ts';
import type { ShopPullStatus } from '../../../shared/domain/shop-pull-status.ts';
import type { StationDb } from '../db/connection.ts';
import { type ShopTarget, shopSource } from '../sources/shop-connection.ts';
import type { ShopPullSummary } from '../sync/pull-shop.ts';
import { createShopPulls, type ShopPulls, type ShopToPull } from '../sync/shop-pulls.ts';
import type { SourceConnection } from './source-settings.ts';

export interface ShopBackends {
  pulls: ShopPulls;
  status(): ShopPullStatus[];
  close(): Promise<void>;
}

export interface ShopBackendsOptions {
  db: StationDb;
  connection(source: ShopSourceName): SourceConnection;
  /** Where a shop's built-in simulator listens (started on the first ask). */
  builtIn(source: ShopSourceName): Promise<ShopTarget>;
  onPulled(summary: ShopPullSummary): void;
  onStatus(): void;
}

const WORDS: Record<ShopSourceName, string> = {
  marketplace: 'marketplace password',
  emporix: 'Emporix token',
};

export async function startShopBackends(options: ShopBackendsOptions): Promise<ShopBackends> {
  const shops: ShopToPull[] = [];
  for (const source of SHOP_SOURCES) {
    const settings = options.connection(source);
    if (!settings.enabled) continue;
    const intervalMs = settings.pollIntervalSeconds * 1_000;
    if (settings.url === null) {
      shops.push({ source, client: clientOf(source, await options.builtIn(source)), intervalMs });
    } else if (settings.credentialRead.state === 'readable') {
      const target = { url: settings.url, account: settings.account, secret: settings.credentialRead.key };
      shops.push({ source, client: clientOf(source, target), intervalMs });
    } else {
      const problem =
        settings.credentialRead.state === 'unreadable'
          ? settings.credentialRead.message
          : `No ${WORDS[source]} is set: enter it in Settings, Order sources. The orders already here stay.`;
      shops.push({ source, client: { problem }, intervalMs });
    }
  }
  const pulls = createShopPulls({ db: options.db, shops, onPulled: options.onPulled });
  pulls.onStatus(options.onStatus);
  pulls.start();
  const off = (source: ShopSourceName): ShopPullStatus => ({
    source,
    state: 'off',
    lastPull: null,
    problem: null,
    problemAt: null,
    nextAt: null,
  });
  return {
    pulls,
    status: () => {
      const running = pulls.status();
      return SHOP_SOURCES.map((source) => running.find((s) => s.source === source) ?? off(source));
    },
    close: () => pulls.stop(),
  };
}

function clientOf(source: ShopSourceName, target: ShopTarget) {
  const client = shopSource(source, target);
  return client.ok ? client.value : { problem: client.error };
}
