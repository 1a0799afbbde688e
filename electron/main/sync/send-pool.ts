// The rolling pool of attempts: up to `width()` entries of different orders in flight, and as soon
// as one settles another takes its place. Claiming is durable (`sending`) and rides in the very
// transaction that writes the outcome of the attempt that made room, so a drain costs at most one
// commit per entry (plus one for the first claim); outcomes that arrive in the same turn of the
// event loop share one commit. An order's next entry becomes sendable only when its predecessor's
// outcome is written, so it is claimed at the earliest in that same commit: never two requests for
// one order at once, each outcome committed before the order's next request.
import type { OutboxEntry, StationDb } from '../db/index.ts';
import { claimSendable } from '../outbox/index.ts';
import type { AttemptOutcome } from './send-entry.ts';

export type Settle = (outcome: AttemptOutcome, write: () => void) => Promise<AttemptOutcome>;

interface Settling {
  outcome: AttemptOutcome;
  write: () => void;
  committed: (outcome: AttemptOutcome) => void;
  failed: (error: unknown) => void;
}

export interface SendPoolOptions {
  db: StationDb;
  now: () => Date;
  /** How many attempts may be in flight now. */
  width: () => number;
  /** Whether new entries may be claimed now (no alert, no pause, no pull or heartbeat due…). */
  mayClaim: () => boolean;
  attempt: (entry: OutboxEntry, settle: Settle) => Promise<AttemptOutcome>;
  /** Every outcome, once its attempt has ended. */
  onOutcome: (outcome: AttemptOutcome) => void;
  /** Outcomes were committed (the station's status and the UI want to know). */
  onCommitted: () => void;
}

export interface SendPool {
  /**
   * Sends until nothing is left to claim and every attempt has settled; the number of attempts.
   * When an attempt throws (a database failure) nothing more is claimed, the others are settled,
   * then the first failure is thrown.
   */
  drain(): Promise<number>;
  /** Something was enqueued: claim it now if the running drain has room. */
  topUp(): void;
}

/** After these the pool stops claiming: the engine pauses, backs off or stops. */
const STOPS: ReadonlySet<AttemptOutcome['result']> = new Set(['key-rejected', 'rate-limited', 'stopped']);

export function createSendPool(options: SendPoolOptions): SendPool {
  const { db, now } = options;
  let running: { start: (entries: OutboxEntry[]) => void; room: () => number } | null = null;

  function drain(): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      let inFlight = 0;
      let attempts = 0;
      let failure: { error: unknown } | null = null;
      let stopped = false;
      // `leaving`: attempts whose outcomes are being committed give their places up with the commit.
      const room = (leaving = 0) =>
        failure || stopped || !options.mayClaim() ? 0 : options.width() - inFlight + leaving;

      // Outcomes wait for the end of this turn of the event loop, then commit together.
      let settling: Settling[] = [];
      const settle: Settle = (outcome, write) =>
        new Promise((committed, failed) => {
          if (STOPS.has(outcome.result)) stopped = true;
          settling.push({ outcome, write, committed, failed });
          if (settling.length === 1) setImmediate(commitSettled);
        });

      const commitSettled = () => {
        const batch = settling;
        settling = [];
        const refused = new Map<Settling, unknown>();
        let next: OutboxEntry[] = [];
        try {
          db.transaction(() => {
            for (const item of batch) {
              // Each in its own savepoint: one attempt's failing write takes no other outcome with it.
              try {
                db.transaction(item.write)();
              } catch (error) {
                refused.set(item, error);
              }
            }
            // The settled attempts end with the commit: their places go to the next entries.
            if (refused.size === 0) next = claimSendable(db, now(), room(batch.length));
          }).immediate();
        } catch (error) {
          for (const item of batch) item.failed(error);
          return;
        }
        for (const item of batch) {
          if (refused.has(item)) item.failed(refused.get(item));
          else item.committed(item.outcome);
        }
        start(next);
        // After the attempts have reacted to their outcomes (a 429 halves the pool, a refused key alerts).
        setImmediate(options.onCommitted);
      };

      const finished = () => {
        inFlight--;
        if (inFlight > 0) return;
        running = null;
        if (failure) reject(failure.error);
        else resolve(attempts);
      };

      const start = (entries: OutboxEntry[]) => {
        for (const entry of entries) {
          inFlight++;
          attempts++;
          options.attempt(entry, settle).then(
            (outcome) => {
              options.onOutcome(outcome);
              finished();
            },
            (error: unknown) => {
              failure ??= { error };
              finished();
            },
          );
        }
      };

      running = { start, room };
      const first = db.transaction(() => claimSendable(db, now(), room())).immediate();
      if (first.length === 0) {
        running = null;
        resolve(0);
        return;
      }
      start(first);
    });
  }

  return {
    drain,
    topUp() {
      if (!running || running.room() <= 0) return;
      const { start, room } = running;
      start(db.transaction(() => claimSendable(db, now(), room())).immediate());
    },
  };
}
