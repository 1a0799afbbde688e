// The rolling pool of attempts: up to `width()` entries of different orders in flight, and as soon
// as one settles another takes its place. Claiming is durable (`sending`) and rides in the very
// transaction that writes the outcome of the attempt that made room, so a drain costs one commit
// per entry (plus one for the first claim). An order's next entry becomes sendable only when its
// predecessor's outcome is written, so it is claimed at the earliest in that same commit: never
// two requests for one order at once, each outcome committed before the order's next request.
import type { OutboxEntry, StationDb } from '../db/index.ts';
import { claimSendable } from '../outbox/index.ts';
import type { AttemptOutcome } from './send-entry.ts';

export type Settle = (outcome: AttemptOutcome, write: () => void) => AttemptOutcome;

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
      // `settling`: the attempt being settled gives its place up with the commit.
      const room = (settling = 0) =>
        failure || stopped || !options.mayClaim() ? 0 : options.width() - inFlight + settling;

      const settle: Settle = (outcome, write) => {
        if (STOPS.has(outcome.result)) stopped = true;
        let next: OutboxEntry[] = [];
        db.transaction(() => {
          write();
          next = claimSendable(db, now(), room(1));
        }).immediate();
        start(next);
        return outcome;
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
