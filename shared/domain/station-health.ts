// The station's health as the operator sees it, derived in ONE place from the sync snapshot: the
// header's connection pill, the banner under it, the outbox pill and the engine's last problem. All
// four come from the same precedence, so the header can never say "Online" under a red "Station
// stopped sending", nor a yellow "2 changes to send" hide that one of them failed.
import type { SyncStatus } from './sync-status.ts';

/** ok green, warn yellow, danger red, neutral grey: the same meaning in the pill and in the banner. */
export type HealthTone = 'ok' | 'warn' | 'danger' | 'neutral';

/**
 * What the station does with Equipme right now, worst first:
 * `database-problem` (the station database cannot be written), `switched-off` (a supervisor switched
 * Equipme off in Settings: nothing is asked or sent, so a refused key or the network does not
 * matter until it is on again), `key-rejected` (Equipme refuses the station: nothing is sent),
 * `offline`, `degraded`, `rate-limited`, `connecting` (no answer yet), `online`.
 */
export type LinkState =
  | 'database-problem'
  | 'switched-off'
  | 'key-rejected'
  | 'offline'
  | 'degraded'
  | 'rate-limited'
  | 'connecting'
  | 'online';

export interface HealthBanner {
  state: Exclude<LinkState, 'connecting' | 'online'>;
  tone: HealthTone;
  /** Main's words for a station alert (what happened, what to do); null for the other states. */
  message: string | null;
  /** ISO time Equipme asked the station to wait until (`rate-limited` only). */
  until: string | null;
}

export interface OutboxHealth {
  /** Steps Equipme refused: someone must retry or discard them. */
  failed: number;
  /** Steps still to go: pending, being sent, or held behind a failed step of their order. */
  toSend: number;
  /** danger while any step failed, warn while steps wait, ok when all is sent. */
  tone: HealthTone;
}

export interface StationHealth {
  link: { state: LinkState; tone: HealthTone };
  /** The banner under the header: null when there is nothing the operator must know. */
  banner: HealthBanner | null;
  outbox: OutboxHealth;
  /**
   * The engine's last problem, while it still holds: null once Equipme answered well after it, and
   * while a station alert's banner already says what is wrong.
   */
  problem: string | null;
  lockedOrders: number;
}

const TONE: Record<LinkState, HealthTone> = {
  'key-rejected': 'danger',
  'database-problem': 'danger',
  // Chosen by a supervisor, yet nothing leaves the station: the packer must see it, not be alarmed.
  'switched-off': 'warn',
  offline: 'warn',
  degraded: 'warn',
  'rate-limited': 'warn',
  connecting: 'neutral',
  online: 'ok',
};

function linkState(status: SyncStatus | null, now: Date): LinkState {
  if (!status) return 'connecting';
  if (status.alert?.code === 'database-problem') return 'database-problem';
  if (status.switchedOff) return 'switched-off';
  if (status.alert) return 'key-rejected';
  if (status.connectivity === 'offline' || status.connectivity === 'degraded') return status.connectivity;
  if (rateLimited(status, now)) return 'rate-limited';
  return status.connectivity === 'online' ? 'online' : 'connecting';
}

function rateLimited(status: SyncStatus, now: Date): boolean {
  const until = status.rateLimitedUntil === null ? Number.NaN : Date.parse(status.rateLimitedUntil);
  return until > now.getTime();
}

/** The last problem still holds unless a good answer came strictly after it. */
function currentProblem(status: SyncStatus): string | null {
  const { lastProblem, lastProblemAt, lastSuccessAt } = status;
  if (!lastProblem) return null;
  if (lastProblemAt && lastSuccessAt && Date.parse(lastSuccessAt) > Date.parse(lastProblemAt)) return null;
  return lastProblem;
}

export function stationHealth(status: SyncStatus | null, now: Date): StationHealth {
  const state = linkState(status, now);
  const tone = TONE[state];
  const banner: HealthBanner | null =
    state === 'online' || state === 'connecting'
      ? null
      : {
          state,
          tone,
          message: state === 'switched-off' ? null : (status?.alert?.message ?? null),
          until: state === 'rate-limited' ? (status?.rateLimitedUntil ?? null) : null,
        };
  const counts = status?.counts;
  const failed = counts?.failed ?? 0;
  const toSend = counts ? counts.pending + counts.sending + counts.held : 0;
  return {
    link: { state, tone },
    banner,
    outbox: { failed, toSend, tone: failed > 0 ? 'danger' : toSend > 0 ? 'warn' : 'ok' },
    // Switched off, the engine's last problem is from before: nothing was asked since.
    problem: status && !status.alert && !status.switchedOff ? currentProblem(status) : null,
    lockedOrders: status?.lockedOrders ?? 0,
  };
}
