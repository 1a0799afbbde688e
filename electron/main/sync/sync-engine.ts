// The sync engine: drains the outbox (per-order FIFO, a bounded pool across orders), pulls open
// orders, watches the network, and reports a plain status snapshot. One process per database
// drains (the lease); every other process can still enqueue. It never stops by itself: a failing
// step (a SQLite error, a bug) is reported in the status, backed off and tried again.

import type { Result } from '../../../shared/domain/result.ts';
import { type BackoffPolicy, DEFAULT_BACKOFF } from '../../../shared/domain/retry-policy.ts';
import type { SyncStatus } from '../../../shared/domain/sync-status.ts';
import { abortableSleep } from '../abortable-sleep.ts';
import type { ApiError, ApiErrorKind, EquipmeClient } from '../api/index.ts';
import {
  acquireLease,
  appendAudit,
  getStationId,
  lockedOpenCount,
  releaseLease,
  renewLease,
  type StationDb,
} from '../db/index.ts';
import { clampFarRetries } from '../db/outbox-entries.ts';
import { describeSqliteError } from '../db/sqlite-problem.ts';
import { entriesLeftSending, makePendingDue, outboxCounts, scheduleRetry } from '../outbox/index.ts';
import { connectivityAfter } from './connectivity.ts';
import { newLeaseOwner, ownerIsDead } from './lease-owner.ts';
import { DEFAULT_MAX_WIDTH, poolWidth } from './pool-width.ts';
import { type PullSummary, pullOpenOrders } from './pull-orders.ts';
import { refreshSalesPicture, type SalesReads, type SalesRefreshOptions } from './refresh-sales.ts';
import { type AttemptOutcome, attemptEntry, MAX_RATE_LIMIT_WAIT_MS } from './send-entry.ts';
import { createSendPool } from './send-pool.ts';

export interface SyncEngineOptions {
  db: StationDb;
  client: EquipmeClient;
  /**
   * The most entries of different orders in flight at once. Default 32. The pool starts at 4 (or
   * fewer), widens while entries apply and halves on a 429 (`pool-width.ts`).
   */
  concurrency?: number;
  backoff?: BackoffPolicy;
  /** Pull open orders this often (and once at start); 0 = never on its own. Default 5 min. */
  pullIntervalMs?: number;
  /**
   * Equipme is switched off in Settings: no pull, probe, send or sales round, so no request at all;
   * the outbox waits. Default false. `configure` changes it (and the interval) while running.
   */
  switchedOff?: boolean;
  /** How often to knock while offline or while the key is rejected. Default 3 s. */
  probeIntervalMs?: number;
  /** How long the loop idles when there is nothing due. Default 250 ms. */
  idleMs?: number;
  leaseStaleMs?: number;
  heartbeatMs?: number;
  now?: () => Date;
  /** A clock that never goes back, for intervals (default performance.now). */
  monotonic?: () => number;
  random?: () => number;
  /** Longest wait after a failing step (database problem, bug). Default 30 s. */
  troubleCapMs?: number;
  /**
   * The sales orders and customers around the cached orders: refreshed by the draining station when
   * its outbox has nothing due, after each pull and at least every `intervalMs` (default 1 min).
   */
  sales?: { reads: SalesReads; intervalMs?: number; refresh?: SalesRefreshOptions };
}

export interface SyncEngine {
  start(): void;
  /**
   * Stops the loop. Pulls, probes and waits end at once; sends already on the wire get `graceMs`
   * to be answered and recorded. Past it they are abandoned: their entries stay
   * `sending`, exactly as after a crash, and the next run looks at Equipme before sending again.
   * Without `graceMs` sends are cut short at once and record that they may have reached Equipme.
   */
  stop(options?: { graceMs?: number }): Promise<void>;
  /** Something was enqueued: look at the outbox now. */
  wake(): void;
  /**
   * A supervisor switched Equipme off or on or changed its poll interval: applies at once, without a
   * restart. Off, the pool claims nothing more (sends on the wire are answered and recorded); on
   * again, Equipme is pulled at once and every waiting change is due.
   */
  configure(change: { switchedOff?: boolean; pullIntervalMs?: number }): void;
  pull(signal?: AbortSignal): Promise<Result<PullSummary, ApiError>>;
  status(): SyncStatus;
  onStatus(listener: (status: SyncStatus) => void): () => void;
}

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, client } = options;
  const now = options.now ?? (() => new Date());
  const width = poolWidth(Math.max(1, options.concurrency ?? DEFAULT_MAX_WIDTH));
  let pullIntervalMs = options.pullIntervalMs ?? 5 * 60_000;
  const probeIntervalMs = options.probeIntervalMs ?? 3_000;
  const idleMs = options.idleMs ?? 250;
  const leaseStaleMs = options.leaseStaleMs ?? 15_000;
  const heartbeatMs = options.heartbeatMs ?? 5_000;
  const monotonic = options.monotonic ?? (() => performance.now());
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const troubleCapMs = options.troubleCapMs ?? 30_000;
  // No retry this station schedules lies further ahead; a later one means the clock went back.
  const retryHorizonMs = Math.max(backoff.capMs, MAX_RATE_LIMIT_WAIT_MS) + 5_000;
  const owner = newLeaseOwner();
  const listeners = new Set<(status: SyncStatus) => void>();

  let state: Omit<SyncStatus, 'counts'> = {
    connectivity: 'unknown',
    role: 'stopped',
    alert: null,
    rateLimitedUntil: null,
    lastPull: null,
    lastSalesPictureAt: null,
    lastProblem: null,
    lastProblemAt: null,
    lastSuccessAt: null,
    lockedOrders: 0,
    switchedOff: options.switchedOff ?? false,
  };
  let lastEmitted = '';
  let controller: AbortController | null = null;
  // Sends have their own signal: stopping ends everything else at once, sends only after the grace.
  let sends: AbortController | null = null;
  // Past the grace an attempt's outcome is not written: its entry stays `sending`.
  let abandoned = false;
  let loop: Promise<void> | null = null;
  let wakeUp: (() => void) | null = null;
  let lastHeartbeat = 0;
  // Intervals run on the monotonic clock; -Infinity: due at once.
  let lastPullAt = Number.NEGATIVE_INFINITY;
  let lastProbeAt = Number.NEGATIVE_INFINITY;
  // A sales round is due after a pull, while the last one left more to do, and every interval.
  let lastSalesAt = Number.NEGATIVE_INFINITY;
  let salesDue = true;
  let lastWallMs = now().getTime();
  let troubles = 0;

  // Counts come from the database; while it fails, the last ones known are shown.
  let lastCounts: SyncStatus['counts'] | null = null;
  const status = (): SyncStatus => {
    try {
      lastCounts = outboxCounts(db);
      return { ...state, counts: lastCounts, lockedOrders: lockedOpenCount(db) };
    } catch {
      return { ...state, counts: lastCounts ?? emptyCounts() };
    }
  };

  function emit(): void {
    const snapshot = status();
    const text = JSON.stringify(snapshot);
    if (text === lastEmitted) return;
    lastEmitted = text;
    for (const listener of listeners) {
      try {
        listener(snapshot);
      } catch {
        // A listener's problem is its own: the engine goes on.
      }
    }
  }

  function update(change: Partial<typeof state>): void {
    const before = state;
    state = { ...state, ...change };
    if ('lastProblem' in change) state.lastProblemAt = problemTime(before, change.lastProblem ?? null);
    emit();
  }

  /**
   * A problem carries the time it began, so the UI can tell whether Equipme answered well after it.
   * The same problem met again (a probe every few seconds while offline) keeps its time.
   */
  function problemTime(before: typeof state, problem: string | null): string | null {
    if (problem === null) return null;
    const recovered = (before.lastSuccessAt ?? '') > (before.lastProblemAt ?? '');
    if (problem === before.lastProblem && before.lastProblemAt !== null && !recovered)
      return before.lastProblemAt;
    return now().toISOString();
  }

  function traffic(outcome: ApiErrorKind | 'ok'): void {
    // Quietly: the snapshot of the turn that made the request carries it.
    if (outcome === 'ok') state = { ...state, lastSuccessAt: now().toISOString() };
    const before = state.connectivity;
    const after = connectivityAfter(outcome, before);
    if (after === before) return;
    // Back online: whatever waited out a backoff goes now.
    if (after === 'online' && before === 'offline') makePendingDue(db, now());
    update({ connectivity: after });
  }

  function holdLease(): boolean {
    const at = now();
    if (state.role === 'draining') {
      if (at.getTime() - lastHeartbeat < heartbeatMs) return true;
      const renewed = renewLease(db, owner, at);
      if (renewed.ok) {
        lastHeartbeat = at.getTime();
        return true;
      }
      update({ role: 'standby' });
      return false;
    }
    let taken = acquireLease(db, owner, at, leaseStaleMs);
    if (!taken.ok && taken.error.holder && ownerIsDead(taken.error.holder.owner)) {
      taken = acquireLease(db, owner, at, 0);
    }
    if (!taken.ok) {
      if (state.role !== 'standby') update({ role: 'standby' });
      return false;
    }
    lastHeartbeat = at.getTime();
    recoverInterruptedSends();
    clampFarRetries(db, now(), retryHorizonMs);
    update({ role: 'draining' });
    return true;
  }

  /** Entries a crashed run left mid-send: their outcome is unknown, so the next attempt looks first. */
  function recoverInterruptedSends(): void {
    for (const entry of entriesLeftSending(db)) {
      scheduleRetry(
        db,
        entry.id,
        {
          kind: 'connection-lost',
          code: null,
          description: null,
          message:
            'The station stopped while sending this step; it checks with Equipme before sending again.',
        },
        now(),
        { unknownOutcome: true },
        now(),
      );
    }
  }

  // Attempts run in a rolling pool; the loop's step awaits its drain.
  let drainSignal: AbortSignal | null = null;
  const pool = createSendPool({
    db,
    now,
    width: () => width.current(),
    mayClaim: () => drainSignal !== null && !drainSignal.aborted && mayKeepDraining(),
    attempt: (entry, settle) => {
      if (!sends) throw new Error('An attempt was started outside a drain.');
      const signal = sends.signal;
      const random = options.random ?? Math.random;
      const settleUnlessAbandoned: typeof settle = (outcome, write) =>
        abandoned
          ? Promise.reject(new Error('The station closed before this send was answered.'))
          : settle(outcome, write);
      return attemptEntry(
        { db, client, now, random, backoff, signal, traffic, settle: settleUnlessAbandoned },
        entry,
      );
    },
    onOutcome: react,
    onCommitted: () => emit(),
  });

  /**
   * The pool goes on claiming while nothing asks the loop to do something else: an alert, a
   * rate-limit pause, the network gone, a pull or a lease heartbeat due. Then it winds down.
   */
  function mayKeepDraining(): boolean {
    if (state.switchedOff) return false;
    if (state.alert !== null || state.connectivity === 'offline') return false;
    if (state.rateLimitedUntil !== null) return false;
    if (state.role !== 'draining' || now().getTime() - lastHeartbeat >= heartbeatMs) return false;
    return !(pullIntervalMs > 0 && monotonic() - lastPullAt >= pullIntervalMs);
  }

  function topUp(): void {
    try {
      pool.topUp();
    } catch {
      // The loop meets the same problem on its next turn and reports it.
    }
  }

  async function drain(signal: AbortSignal): Promise<number> {
    drainSignal = signal;
    try {
      return await pool.drain();
    } finally {
      drainSignal = null;
      emit();
    }
  }

  function react(outcome: AttemptOutcome): void {
    width.after(outcome);
    if (outcome.result === 'key-rejected' && !state.alert) {
      appendAudit(db, {
        at: now(),
        stationId: getStationId(db),
        operator: null,
        kind: 'sync-paused',
        detail: { kind: outcome.error.kind, status: outcome.error.status ?? null },
      });
      update({ alert: { code: 'api-key-rejected', message: outcome.error.message } });
    } else if (outcome.result === 'rate-limited') {
      // The server asked everyone to slow down: pause the pool (the width has halved).
      const until = new Date(now().getTime() + outcome.retryAfterMs).toISOString();
      if (!state.rateLimitedUntil || until > state.rateLimitedUntil) update({ rateLimitedUntil: until });
    }
  }

  async function probe(signal: AbortSignal): Promise<void> {
    lastProbeAt = monotonic();
    const answer = await client.listOrders({ limit: 1 }, { signal });
    traffic(answer.ok ? 'ok' : answer.error.kind);
    if (answer.ok && state.alert?.code === 'api-key-rejected') {
      appendAudit(db, { at: now(), stationId: getStationId(db), operator: null, kind: 'sync-resumed' });
      makePendingDue(db, now());
      update({ alert: null, lastProblem: null });
    } else if (!answer.ok && answer.error.kind !== 'aborted') {
      update({ lastProblem: answer.error.message });
    }
  }

  async function pull(signal?: AbortSignal): Promise<Result<PullSummary, ApiError>> {
    lastPullAt = monotonic();
    const result = await pullOpenOrders(db, client, now, signal ?? new AbortController().signal, traffic);
    if (result.ok) {
      salesDue = true;
      const { orders, rejected, closed, conflicts } = result.value;
      update({
        lastPull: {
          at: now().toISOString(),
          orders,
          rejected: rejected.length,
          closed,
          conflicts: conflicts.length,
        },
      });
    } else if (result.error.kind !== 'aborted') {
      update({ lastProblem: result.error.message });
    }
    return result;
  }

  /** One turn of the loop; true when there may be more to send at once. */
  async function step(signal: AbortSignal): Promise<boolean> {
    const t = monotonic();
    // Switched off: not a request to Equipme, not even the lease (nothing is drained under it).
    if (state.switchedOff) return false;
    const wall = now().getTime();
    // The wall clock jumped back: retry times set before the jump would stall entries for as long.
    if (wall < lastWallMs - 1_000) {
      clampFarRetries(db, now(), retryHorizonMs);
      if (state.rateLimitedUntil !== null) update({ rateLimitedUntil: null });
    }
    lastWallMs = wall;
    const leader = holdLease();
    const paused = state.rateLimitedUntil !== null && state.rateLimitedUntil > now().toISOString();
    if (!paused && state.rateLimitedUntil !== null) update({ rateLimitedUntil: null });
    const blocked = state.alert !== null || state.connectivity === 'offline';

    if (blocked && !paused && t - lastProbeAt >= probeIntervalMs) await probe(signal);
    else if (!blocked && !paused && pullIntervalMs > 0 && t - lastPullAt >= pullIntervalMs)
      await pull(signal);
    else if (leader && !paused && state.alert === null) {
      if ((await drain(signal)) > 0) return true;
      if (options.sales && (salesDue || t - lastSalesAt >= (options.sales.intervalMs ?? 60_000))) {
        return refreshSales(options.sales, signal);
      }
    }
    return false;
  }

  /** One round of sales picture copies; true when more are due at once. */
  async function refreshSales(sales: NonNullable<SyncEngineOptions['sales']>, signal: AbortSignal) {
    lastSalesAt = monotonic();
    const result = await refreshSalesPicture(db, sales.reads, now, signal, sales.refresh);
    if (!result.ok) {
      salesDue = false;
      traffic(result.error.kind);
      if (result.error.kind !== 'aborted') update({ lastProblem: result.error.message });
      return false;
    }
    const [unreadable] = result.value.unreadable;
    if (unreadable) update({ lastProblem: unreadable.message });
    if (result.value.salesOrders + result.value.customers > 0) {
      traffic('ok');
      update({ lastSalesPictureAt: now().toISOString() });
    }
    salesDue = result.value.more;
    // Given way to the operator: the next idle step tries again, not this very moment.
    return result.value.more && !result.value.gaveWay;
  }

  /** While the database fails, only a real write tells that it works again (it throws if not). */
  function checkDatabaseWrites(): void {
    if (state.role === 'draining') {
      if (!renewLease(db, owner, now()).ok) update({ role: 'standby' });
    } else {
      db.prepare("UPDATE station SET value = value WHERE key = 'stationId'").run();
    }
  }

  function recovered(): void {
    troubles = 0;
    if (state.alert?.code !== 'database-problem') return;
    // Attempts cut short by the failure left their entries mid-send: the next attempt looks first.
    if (state.role === 'draining') recoverInterruptedSends();
    makePendingDue(db, now());
    // A pull cut short by the failure is due again.
    lastPullAt = Number.NEGATIVE_INFINITY;
    appendAudit(db, {
      at: now(),
      stationId: getStationId(db),
      operator: null,
      kind: 'sync-database-recovered',
    });
    update({ alert: null, lastProblem: null });
  }

  function troubled(error: unknown): number {
    troubles++;
    const sqlite = describeSqliteError(error, db.name);
    const message =
      sqlite?.message ??
      `The sync engine met an unexpected problem (${error instanceof Error ? error.message : String(error)}): it tries again by itself; if this stays, report it to support.`;
    if (sqlite) {
      if (state.alert?.code !== 'database-problem') {
        try {
          appendAudit(db, {
            at: now(),
            stationId: getStationId(db),
            operator: null,
            kind: 'sync-database-problem',
            detail: { code: sqlite.code },
          });
        } catch {
          // The audit row waits until the database can be written; the status says it now.
        }
      }
      update({ alert: { code: 'database-problem', message }, lastProblem: message });
    } else {
      update({ lastProblem: message });
    }
    return Math.min(troubleCapMs, backoff.baseMs * 2 ** Math.min(troubles - 1, 16));
  }

  async function run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      let waitMs = idleMs;
      try {
        if (state.alert?.code === 'database-problem') checkDatabaseWrites();
        const more = await step(signal);
        recovered();
        if (more) continue;
        emit();
      } catch (error) {
        if (signal.aborted) break;
        waitMs = troubled(error);
      }
      await abortableSleep(waitMs, signal, (wake) => {
        wakeUp = wake;
      });
      wakeUp = null;
    }
  }

  return {
    start() {
      if (controller) return;
      controller = new AbortController();
      sends = new AbortController();
      abandoned = false;
      lastPullAt = Number.NEGATIVE_INFINITY;
      loop = run(controller.signal);
    },
    async stop(stopOptions = {}) {
      if (!controller || !sends || !loop) return;
      // No new claims from here on (mayClaim); the loop ends once the drain under way has.
      controller.abort();
      const { graceMs } = stopOptions;
      if (graceMs === undefined) {
        // Sends are cut short too; each records that it may have reached Equipme.
        sends.abort();
        await loop;
      } else if (!(await endsWithin(loop, graceMs))) {
        abandoned = true;
        sends.abort();
        await loop;
      }
      controller = null;
      sends = null;
      loop = null;
      // Shutdown may close the database first; the stale lease is then taken over by the next run.
      if (!db.open) return;
      try {
        releaseLease(db, owner);
      } catch {
        // A failing database keeps the lease until it goes stale; the next run takes it over.
      }
      update({ role: 'stopped' });
    },
    configure(change) {
      if (change.pullIntervalMs !== undefined) pullIntervalMs = change.pullIntervalMs;
      if (change.switchedOff !== undefined && change.switchedOff !== state.switchedOff) {
        if (change.switchedOff) {
          // What the station knew of the connection is old news until Equipme answers again.
          update({ switchedOff: true, connectivity: 'unknown' });
        } else {
          // Back on: the cache is as old as the switch-off, and what waited is due now.
          lastPullAt = Number.NEGATIVE_INFINITY;
          try {
            makePendingDue(db, now());
          } catch {
            // The loop meets the database problem on its next turn and reports it; entries go at their times.
          }
          update({ switchedOff: false });
        }
      }
      wakeUp?.();
    },
    wake() {
      wakeUp?.();
      // A drain under way takes the new entry into a free place, once the caller has its answer.
      if (drainSignal) setImmediate(topUp);
    },
    pull,
    status,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Whether `work` ends within `ms`; it goes on either way. */
async function endsWithin(work: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([work.then(() => true as const), late]);
  } finally {
    clearTimeout(timer);
  }
}

function emptyCounts(): SyncStatus['counts'] {
  return { pending: 0, sending: 0, applied: 0, failed: 0, discarded: 0, held: 0 };
}
