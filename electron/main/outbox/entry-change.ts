// One state change of one outbox entry: a single transaction that first checks the entry is in a
// state the change applies to, so a stale caller (e.g. an entry discarded meanwhile) gets an error.
import type { Result } from '../../../shared/domain/result.ts';
import { err, ok } from '../../../shared/domain/result.ts';
import type { StationDb } from '../db/connection.ts';
import type { OutboxEntry, OutboxState } from '../db/outbox-entries.ts';
import { getEntry } from '../db/outbox-entries.ts';
import type { OutboxError } from './outbox-error.ts';
import { entryUnknown, wrongState } from './outbox-error.ts';

export function changeEntry(
  db: StationDb,
  id: string,
  change: {
    /** What the caller is doing, for the error message ("send", "retry"...). */
    doing: string;
    from: readonly OutboxState[];
    apply: (entry: OutboxEntry) => void;
  },
): Result<OutboxEntry, OutboxError> {
  return db
    .transaction((): Result<OutboxEntry, OutboxError> => {
      const entry = getEntry(db, id);
      if (!entry) return err(entryUnknown(id));
      if (!change.from.includes(entry.state)) return err(wrongState(entry, change.doing, change.from));
      change.apply(entry);
      return ok(getEntry(db, id) ?? entry);
    })
    .immediate();
}

/** The order's unapplied entries created after `entry`: they expect it to have happened first. */
export function followersOf(unapplied: readonly OutboxEntry[], entry: OutboxEntry): OutboxEntry[] {
  return unapplied.filter((other) => other.id > entry.id);
}
