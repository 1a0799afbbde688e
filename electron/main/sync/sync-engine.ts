// The sync engine: drains the outbox (per-order FIFO, a bounded pool across orders), pulls open
// orders, watches the network, and reports a plain status snapshot. One process per database
// drains (the lease); every other process can still enqueue.

import type { Result } from '../../../shared/domain/result.ts';
import { type BackoffPolicy, DEFAULT_BACKOFF } from '../../../shared/domain/retry-policy.ts';
import type { SyncStatus } from '../../../shared/domain/sync-status.ts';
import { abortableSleep } from '../abortable-sleep.ts';
import type { ApiError, ApiErrorKind, EquipmeClient } from '../api/index.ts';
import {
  acquireLease,
  appendAudit,
  getStationId,
  releaseLease,
  renewLease,
  type StationDb,
} from '../db/index.ts';
import {
  entriesLeftSending,
  makePendingDue,
  nextSendable,
  outboxCounts,
  scheduleRetry,
} from '../outbox/index.ts';
import { connectivityAfter } from './connectivity.ts';
import { newLeaseOwner, ownerIsDead } from './lease-owner.ts';
import { type PullSummary, pullOpenOrders } from './pull-orders.ts';
import { type AttemptContext, type AttemptOutcome, attemptEntry } from './send-entry.ts';

export interface SyncEngineOptions {
  db: StationDb;
  client: EquipmeClient;
  /** Entries of different orders sent at once. Default 4. */
  concurrency?: number;
  backoff?: BackoffPolicy;
  /** Pull open orders this often (and once at start); 0 = never on its own. Default 5 min. */
  pullIntervalMs?: number;
  /** How often to knock while offline or while the key is rejected. Default 3 s. */
  probeIntervalMs?: number;
  /** How long the loop idles when there is nothing due. Default 250 ms. */
  idleMs?: number;
  leaseStaleMs?: number;
  heartbeatMs?: number;
  now?: () => Date;
  random?: () => number;
}

export interface SyncEngine {
  start(): void;
  stop(): Promise<void>;
  /** Something was enqueued: look at the outbox now. */
  wake(): void;
  pull(signal?: AbortSignal): Promise<Result<PullSummary, ApiError>>;
  status(): SyncStatus;
  onStatus(listener: (status: SyncStatus) => void): () => void;
}

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, client } = options;
  const now = options.now ?? (() => new Date());
  const maxConcurrency = Math.max(1, options.concurrency ?? 4);
  const pullIntervalMs = options.pullIntervalMs ?? 5 * 60_000;
  const probeIntervalMs = options.probeIntervalMs ?? 3_000;
  const idleMs = options.idleMs ?? 250;
  const leaseStaleMs = options.leaseStaleMs ?? 15_000;
  const heartbeatMs = options.heartbeatMs ?? 5_000;
  const owner = newLeaseOwner();
  const listeners = new Set<(status: SyncStatus) => void>();

  let state: Omit<SyncStatus, 'counts'> = {
    connectivity: 'unknown',
    role: 'stopped',
    alert: null,
    rateLimitedUntil: null,
    lastPull: null,
    lastProblem: null,
  };
  let lastEmitted = '';
  let concurrency = maxConcurrency;
  let controller: AbortController | null = null;
  let loop: Promise<void> | null = null;
  let wakeUp: (() => void) | null = null;
  let lastHeartbeat = 0;
  let lastPullAt = 0;
  let lastProbeAt = 0;

  const status = (): SyncStatus => ({ ...state, counts: outboxCounts(db) });

  function emit(): void {
    const snapshot = status();
    const text = JSON.stringify(snapshot);
    if (text === lastEmitted) return;
    lastEmitted = text;
    for (const listener of listeners) listener(snapshot);
  }

  function update(change: Partial<typeof state>): void {
    state = { ...state, ...change };
    emit();
  }

  function traffic(outcome: ApiErrorKind | 'ok'): void {
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

  async function drainBatch(signal: AbortSignal): Promise<number> {
    const batch = nextSendable(db, now(), concurrency);
    if (batch.length === 0) return 0;
    const ctx: AttemptContext = {
      db,
      client,
      now,
      random: options.random ?? Math.random,
      backoff: options.backoff ?? DEFAULT_BACKOFF,
      signal,
      traffic,
    };
    const outcomes = await Promise.all(batch.map((entry) => attemptEntry(ctx, entry)));
    for (const outcome of outcomes) react(outcome);
    if (outcomes.every((o) => o.result === 'applied') && concurrency < maxConcurrency) concurrency++;
    emit();
    return batch.length;
  }

  function react(outcome: AttemptOutcome): void {
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
      // The server asked everyone to slow down: pause the pool, then come back with fewer at once.
      concurrency = Math.max(1, Math.floor(concurrency / 2));
      const until = new Date(now().getTime() + outcome.retryAfterMs).toISOString();
      if (!state.rateLimitedUntil || until > state.rateLimitedUntil) update({ rateLimitedUntil: until });
    }
  }

  async function probe(signal: AbortSignal): Promise<void> {
    lastProbeAt = now().getTime();
    const answer = await client.listOrders({ limit: 1 }, { signal });
    traffic(answer.ok ? 'ok' : answer.error.kind);
    if (answer.ok && state.alert) {
      appendAudit(db, { at: now(), stationId: getStationId(db), operator: null, kind: 'sync-resumed' });
      makePendingDue(db, now());
      update({ alert: null, lastProblem: null });
    } else if (!answer.ok && answer.error.kind !== 'aborted') {
      update({ lastProblem: answer.error.message });
    }
  }

  async function pull(signal?: AbortSignal): Promise<Result<PullSummary, ApiError>> {
    lastPullAt = now().getTime();
    const result = await pullOpenOrders(db, client, now, signal ?? new AbortController().signal, traffic);
    if (result.ok) {
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

  async function run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const t = now().getTime();
      const leader = holdLease();
      const paused = state.rateLimitedUntil !== null && state.rateLimitedUntil > now().toISOString();
      if (!paused && state.rateLimitedUntil !== null) update({ rateLimitedUntil: null });
      const blocked = state.alert !== null || state.connectivity === 'offline';

      if (blocked && !paused && t - lastProbeAt >= probeIntervalMs) await probe(signal);
      else if (!blocked && !paused && pullIntervalMs > 0 && t - lastPullAt >= pullIntervalMs)
        await pull(signal);
      else if (leader && !paused && state.alert === null && (await drainBatch(signal)) > 0) continue;

      emit();
      await abortableSleep(idleMs, signal, (wake) => {
        wakeUp = wake;
      });
      wakeUp = null;
    }
  }

  return {
    start() {
      if (controller) return;
      controller = new AbortController();
      lastPullAt = 0;
      loop = run(controller.signal);
    },
    async stop() {
      if (!controller) return;
      controller.abort();
      await loop;
      controller = null;
      loop = null;
      // Shutdown may close the database first; the stale lease is then taken over by the next run.
      if (!db.open) return;
      releaseLease(db, owner);
      update({ role: 'stopped' });
    },
    wake() {
      wakeUp?.();
    },
    pull,
    status,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
