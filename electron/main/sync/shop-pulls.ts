// The shops' pulls beside the sync engine: each shop switched on is pulled on its own poll interval,
// in a loop of its own, so one shop's failure (offline, a wrong password, a server error) is that
// shop's status and backoff, never a stop for Equipme or the other shop. Shops are only read: nothing
// here sends anything anywhere.
import type { ShopSourceName } from '../../../shared/domain/order-sources.ts';
import { type BackoffPolicy, backoffDelay, DEFAULT_BACKOFF } from '../../../shared/domain/retry-policy.ts';
import type { ShopPullStatus } from '../../../shared/domain/shop-pull-status.ts';
import { abortableSleep } from '../abortable-sleep.ts';
import type { StationDb } from '../db/connection.ts';
import { describeSqliteError } from '../db/sqlite-problem.ts';
import type { OrderSource } from '../sources/order-source.ts';
import { pullShop, type ShopPullSummary } from './pull-shop.ts';

/** A shop to pull: its client, or why there is none (no readable password), and how often. */
export interface ShopToPull {
  source: ShopSourceName;
  client: OrderSource | { problem: string };
  intervalMs: number;
}

export interface ShopPullsOptions {
  db: StationDb;
  shops: readonly ShopToPull[];
  now?: () => Date;
  random?: () => number;
  backoff?: BackoffPolicy;
  /** After a pass stored or closed orders: the cache changed. */
  onPulled?: (summary: ShopPullSummary) => void;
}

export interface ShopPulls {
  start(): void;
  stop(): Promise<void>;
  /** Pull every shop now (sync:now). */
  wake(): void;
  status(): ShopPullStatus[];
  onStatus(listener: () => void): () => void;
}

export function createShopPulls(options: ShopPullsOptions): ShopPulls {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const listeners = new Set<() => void>();
  const states = new Map<ShopSourceName, ShopPullStatus>();
  const wakers = new Map<ShopSourceName, () => void>();
  let controller: AbortController | null = null;
  let loops: Promise<void>[] = [];

  const set = (source: ShopSourceName, change: Partial<ShopPullStatus>) => {
    const before = states.get(source) as ShopPullStatus;
    states.set(source, { ...before, ...change });
    for (const listener of listeners) {
      try {
        listener();
      } catch {
        // A listener's problem is its own.
      }
    }
  };

  for (const shop of options.shops) {
    states.set(shop.source, {
      source: shop.source,
      state: 'waiting',
      lastPull: null,
      problem: null,
      problemAt: null,
      nextAt: null,
    });
  }

  function failed(source: ShopSourceName, problem: string, attempt: number): number {
    const before = states.get(source);
    const delay = backoffDelay(attempt, random, backoff);
    set(source, {
      state: 'failing',
      problem,
      // The same problem met again keeps the time it began.
      problemAt: before?.problem === problem && before.problemAt ? before.problemAt : now().toISOString(),
      nextAt: new Date(now().getTime() + delay).toISOString(),
    });
    return delay;
  }

  async function loop(shop: ShopToPull, signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      let waitMs = shop.intervalMs;
      if ('problem' in shop.client) {
        // Nothing to pull with until the settings change (which starts the pulls again).
        failed(shop.source, shop.client.problem, 1);
        return;
      }
      set(shop.source, { state: 'pulling' });
      try {
        const result = await pullShop(db, shop.source, shop.client, now, signal);
        if (signal.aborted) break;
        if (result.ok) {
          failures = 0;
          const summary = result.value;
          set(shop.source, {
            state: 'ok',
            problem: null,
            problemAt: null,
            nextAt: new Date(now().getTime() + waitMs).toISOString(),
            lastPull: {
              at: now().toISOString(),
              orders: summary.orders,
              rejected: summary.rejected,
              closed: summary.closed,
              keptOpen: summary.keptOpen.length,
            },
          });
          options.onPulled?.(summary);
        } else {
          waitMs = failed(shop.source, result.error.message, ++failures);
        }
      } catch (error) {
        if (signal.aborted) break;
        // A database problem or a bug: reported as this shop's, backed off, tried again.
        const sqlite = describeSqliteError(error, db.name);
        const message =
          sqlite?.message ??
          `Pulling this shop met an unexpected problem (${error instanceof Error ? error.message : String(error)}): the station tries again by itself; if this stays, report it to support.`;
        waitMs = failed(shop.source, message, ++failures);
      }
      await abortableSleep(waitMs, signal, (wake) => wakers.set(shop.source, wake));
      wakers.delete(shop.source);
    }
  }

  return {
    start() {
      if (controller) return;
      controller = new AbortController();
      const signal = controller.signal;
      loops = options.shops.map((shop) => loop(shop, signal));
    },
    async stop() {
      if (!controller) return;
      controller.abort();
      await Promise.all(loops);
      controller = null;
      loops = [];
    },
    wake() {
      for (const wake of wakers.values()) wake();
    },
    status: () => [...states.values()],
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
