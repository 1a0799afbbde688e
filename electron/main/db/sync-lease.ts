// Only one process drains a station database at a time: it holds the lease and renews it by
// heartbeat; a lease whose heartbeat is older than staleAfterMs is taken over (its holder died).
import type { Result } from '../../../shared/domain/result.ts';
import { err, ok } from '../../../shared/domain/result.ts';
import type { StationDb } from './connection.ts';

export interface Lease {
  owner: string;
  heartbeatAt: number;
}

export type LeaseErrorCode = 'lease-held' | 'lease-lost';

export interface LeaseError {
  code: LeaseErrorCode;
  message: string;
  holder: Lease | null;
}

function currentLease(db: StationDb): Lease | null {
  const row = db.prepare('SELECT owner, heartbeat_at AS heartbeatAt FROM sync_lease WHERE id = 1').get() as
    | Lease
    | undefined;
  return row ?? null;
}

/** Takes the lease if it is free, stale, or already ours. */
export function acquireLease(
  db: StationDb,
  owner: string,
  now: Date,
  staleAfterMs: number,
): Result<Lease, LeaseError> {
  // IMMEDIATE: take the write lock before reading, so two processes cannot both see it free.
  return db
    .transaction((): Result<Lease, LeaseError> => {
      const holder = currentLease(db);
      const at = now.getTime();
      if (holder && holder.owner !== owner && at - holder.heartbeatAt < staleAfterMs) {
        return err({
          code: 'lease-held',
          message: `Another Packing Station process (${holder.owner}) is syncing this station's data.`,
          holder,
        });
      }
      db.prepare(
        `INSERT INTO sync_lease (id, owner, heartbeat_at) VALUES (1, ?, ?)
         ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, heartbeat_at = excluded.heartbeat_at`,
      ).run(owner, at);
      return ok({ owner, heartbeatAt: at });
    })
    .immediate();
}

/** Moves our heartbeat on; fails if the lease was taken over meanwhile. */
export function renewLease(db: StationDb, owner: string, now: Date): Result<Lease, LeaseError> {
  const at = now.getTime();
  const { changes } = db
    .prepare('UPDATE sync_lease SET heartbeat_at = ? WHERE id = 1 AND owner = ?')
    .run(at, owner);
  if (changes === 1) return ok({ owner, heartbeatAt: at });
  return err({
    code: 'lease-lost',
    message: 'This process no longer holds the sync lease: another process took it over.',
    holder: currentLease(db),
  });
}

/** Gives the lease up if we hold it; a no-op otherwise. */
export function releaseLease(db: StationDb, owner: string): void {
  db.prepare('DELETE FROM sync_lease WHERE id = 1 AND owner = ?').run(owner);
}
