// Turns what happened (a sync status snapshot, a local outbox change) into the pushed events the UI
// refreshes on: `sync:status` when the snapshot changed, `orders:changed` for the orders touched.
import type { SyncStatus } from '../../../shared/domain/sync-status.ts';
import type { StationDb } from '../db/connection.ts';
import { outboxChangesSince } from '../db/order-queue-facts.ts';
import type { EventHub } from './station-events.ts';

export interface ChangeFeed {
  /** A status snapshot (from the engine, or made by the station while there is none). */
  status(snapshot: SyncStatus): void;
  /** Outbox entries changed: tell the UI which orders. */
  outboxChanged(): void;
  /** Everything may have changed (another backend, other settings). */
  allOrdersChanged(): void;
  /** These orders changed outside the outbox (a lock released). */
  ordersChanged(orderIds: number[]): void;
}

export function createChangeFeed(db: StationDb, hub: EventHub, start: Date): ChangeFeed {
  let lastStatus = '';
  let lastPullAt: string | null = null;
  let lastPictureAt: string | null = null;
  // Watermark over outbox.updated_at; entries seen at exactly the watermark are remembered so an
  // update in the same millisecond is neither missed nor reported twice.
  let since = start.toISOString();
  let seenAtSince = new Set<string>();

  function outboxChanged(): void {
    if (!db.open) return;
    const fresh = outboxChangesSince(db, since).filter(
      (change) => change.updatedAt > since || !seenAtSince.has(change.id),
    );
    if (fresh.length === 0) return;
    const latest =
      fresh
        .map((change) => change.updatedAt)
        .sort()
        .at(-1) ?? since;
    const atLatest = fresh.filter((change) => change.updatedAt === latest).map((change) => change.id);
    seenAtSince = latest === since ? new Set([...seenAtSince, ...atLatest]) : new Set(atLatest);
    since = latest;
    hub.push('orders:changed', { orderIds: [...new Set(fresh.map((change) => change.orderId))] });
  }

  return {
    status(snapshot) {
      const text = JSON.stringify(snapshot);
      if (text !== lastStatus) {
        lastStatus = text;
        hub.push('sync:status', snapshot);
      }
      // New orders, or new copies of their sales orders and customers: every screen looks again.
      const pulledAt = snapshot.lastPull?.at ?? null;
      const picturedAt = snapshot.lastSalesPictureAt;
      if (
        (pulledAt !== null && pulledAt !== lastPullAt) ||
        (picturedAt !== null && picturedAt !== lastPictureAt)
      )
        hub.push('orders:changed', { orderIds: 'all' });
      lastPullAt = pulledAt ?? lastPullAt;
      lastPictureAt = picturedAt ?? lastPictureAt;
      outboxChanged();
    },
    outboxChanged,
    allOrdersChanged: () => hub.push('orders:changed', { orderIds: 'all' }),
    ordersChanged: (orderIds) => hub.push('orders:changed', { orderIds }),
  };
}
