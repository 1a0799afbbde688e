// The shops' built-in simulators: a shop switched on without a URL is pulled from its own simulator
// on 127.0.0.1 (docs/sources.md), as Equipme's demo is. Each starts once, when first asked for, and
// stops with the station.
import type { ShopSourceName } from '../../../shared/domain/order-sources.ts';
import { startEmporixSimulator } from '../simulator/emporix/index.ts';
import { startMarketplaceSimulator } from '../simulator/marketplace/index.ts';
import type { ShopTarget } from '../sources/shop-connection.ts';

export interface BuiltInShops {
  /** Where the shop's simulator listens and how to sign in to it; started on the first call. */
  target(source: ShopSourceName): Promise<ShopTarget>;
  /** Stops every simulator started. */
  close(): Promise<void>;
}

interface Running {
  target: ShopTarget;
  close(): Promise<void>;
}

async function start(source: ShopSourceName, orders: number | undefined): Promise<Running> {
  const options = { seed: 1, ...(orders !== undefined ? { orders } : {}) };
  if (source === 'marketplace') {
    const simulator = await startMarketplaceSimulator(options);
    return {
      target: { url: simulator.url, account: simulator.username, secret: simulator.password },
      close: () => simulator.close(),
    };
  }
  const simulator = await startEmporixSimulator(options);
  return {
    target: { url: simulator.url, account: simulator.tenant, secret: simulator.token },
    close: () => simulator.close(),
  };
}

export function createBuiltInShops(options: { orders?: number } = {}): BuiltInShops {
  const started = new Map<ShopSourceName, Promise<Running>>();
  return {
    async target(source) {
      let running = started.get(source);
      if (!running) {
        running = start(source, options.orders);
        started.set(source, running);
        // A start that failed is tried again at the next ask.
        running.catch(() => started.delete(source));
      }
      return (await running).target;
    },
    async close() {
      const all = [...started.values()];
      started.clear();
      await Promise.all(all.map(async (running) => (await running.catch(() => null))?.close()));
    },
  };
}
