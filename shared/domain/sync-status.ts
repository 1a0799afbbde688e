// The sync engine's state as a plain snapshot: pushed to the UI banner and printed by the CLI.
import type { ShopPullStatus } from './shop-pull-status.ts';

export type Connectivity = 'unknown' | 'online' | 'degraded' | 'offline';

/** Outbox entries by state. */
export interface OutboxCounts {
  pending: number;
  sending: number;
  applied: number;
  failed: number;
  discarded: number;
  held: number;
}

export interface StationAlert {
  /**
   * `api-key-rejected`: Equipme refuses the station itself (401/403 on the list probe too);
   * `database-problem`: the station database cannot be written (disk full, locked, I/O error):
   * sync backs off and resumes by itself once the cause is gone.
   */
  code: 'api-key-rejected' | 'database-problem';
  message: string;
}

export interface SyncStatus {
  connectivity: Connectivity;
  /** 'draining' holds the database's sync lease; 'standby' leaves it to another process. */
  role: 'draining' | 'standby' | 'stopped';
  /** A station-level problem that stops all sync until someone acts (null when none). */
  alert: StationAlert | null;
  counts: OutboxCounts;
  /** ISO time until which the server asked us to slow down (429), or null. */
  rateLimitedUntil: string | null;
  lastPull: { at: string; orders: number; rejected: number; closed: number; conflicts: number } | null;
  /** ISO time a round last stored copies of sales orders or customers (the order screens show them). */
  lastSalesPictureAt: string | null;
  /** The last problem the engine met, in words an operator can act on (null when none). */
  lastProblem: string | null;
  /** ISO time the engine met `lastProblem` (null when none). */
  lastProblemAt: string | null;
  /** ISO time Equipme last answered one of the engine's requests in good order (null before). */
  lastSuccessAt: string | null;
  /** Open orders that are locked (conflict, race, gone): each needs someone to look at it. */
  lockedOrders: number;
  /**
   * Equipme is switched off in Settings: the station asks it nothing and sends nothing; the outbox's
   * changes wait (none is lost or discarded) until it is switched on again.
   */
  switchedOff: boolean;
  /** How pulling each shop goes (docs/sources.md); absent where no shop is known (the CLI's engine). */
  shops?: ShopPullStatus[];
}

/** Entries the operator still has to see through: not applied, not discarded. */
export function unsettled(counts: OutboxCounts): number {
  return counts.pending + counts.sending + counts.held + counts.failed;
}
