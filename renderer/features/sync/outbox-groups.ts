import type { OutboxEntryState, OutboxEntryView } from '../../../shared/ipc/outbox.ts';

/** Entries that still need the station or the operator, most urgent first. */
const OPEN_ORDER: Partial<Record<OutboxEntryState, number>> = { failed: 0, held: 1, sending: 2, pending: 3 };

export interface OutboxGroups {
  open: OutboxEntryView[];
  /** Applied or discarded today (local time), newest first. */
  settledToday: OutboxEntryView[];
}

function sameLocalDay(iso: string, now: Date): boolean {
  const date = new Date(iso);
  return (
    date.getFullYear() === now.getFullYear() &&
    date.getMonth() === now.getMonth() &&
    date.getDate() === now.getDate()
  );
}

export function groupOutbox(entries: readonly OutboxEntryView[], now: Date): OutboxGroups {
  const open = entries
    .filter((entry) => OPEN_ORDER[entry.state] !== undefined)
    .sort(
      (a, b) =>
        (OPEN_ORDER[a.state] ?? 0) - (OPEN_ORDER[b.state] ?? 0) || a.createdAt.localeCompare(b.createdAt),
    );
  const settledAt = (entry: OutboxEntryView) => entry.appliedAt ?? entry.createdAt;
  const settledToday = entries
    .filter((entry) => OPEN_ORDER[entry.state] === undefined && sameLocalDay(settledAt(entry), now))
    .sort((a, b) => settledAt(b).localeCompare(settledAt(a)));
  return { open, settledToday };
}
