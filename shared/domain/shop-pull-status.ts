// How pulling one shop goes, as the operator sees it: per source, so one shop's trouble never reads as
// the station's or Equipme's.
import type { ShopSourceName } from './order-sources.ts';

export interface ShopPullStatus {
  source: ShopSourceName;
  /** `off`: switched off in Settings; `failing`: the last attempt failed (`problem` says why). */
  state: 'off' | 'waiting' | 'pulling' | 'ok' | 'failing';
  /** ISO time of the last completed pass, and what it found. */
  lastPull: { at: string; orders: number; rejected: number; closed: number; keptOpen: number } | null;
  /** The last problem, in words an operator can act on (null once a pass went well after it). */
  problem: string | null;
  problemAt: string | null;
  /** ISO time of the next attempt (after the poll interval, or a backoff after a failure). */
  nextAt: string | null;
}
