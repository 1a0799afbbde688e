// Outbox entries as people read them in a terminal.
import type { OutboxEntry, OutboxState } from '../main/outbox/index.ts';
import { formatTable } from './table.ts';

/** 'order 1234 process new → inprocess' */
export function describeEntry(entry: OutboxEntry): string {
  return `order ${entry.orderId} ${entry.action} ${entry.statusBefore} → ${entry.expectedAfter}`;
}

/** One line per entry: 'queued <id>: order 1234 process new → inprocess (pending)'. */
export function entryLine(verb: string, entry: OutboxEntry): string {
  return `${verb} ${entry.id}: ${describeEntry(entry)} (${entry.state})`;
}

/** What went wrong with an entry, or why it waits. */
function entryProblem(entry: OutboxEntry): string {
  if (entry.state === 'discarded') return entry.discardReason ?? '';
  if (entry.state === 'held') return 'waits for an earlier failed change of this order';
  return entry.lastError?.message ?? '';
}

export function outboxTable(entries: readonly OutboxEntry[]): string {
  return formatTable(
    ['ID', 'ORDER', 'ACTION', 'FROM→TO', 'STATE', 'ATTEMPTS', 'LAST ERROR'],
    entries.map((entry) => [
      entry.id,
      String(entry.orderId),
      entry.action,
      `${entry.statusBefore}→${entry.expectedAfter}`,
      entry.state,
      String(entry.attempts),
      entryProblem(entry),
    ]),
  );
}

const COUNT_ORDER: readonly OutboxState[] = ['pending', 'sending', 'held', 'failed', 'applied', 'discarded'];

/** '2 pending, 0 sending, 0 held, 1 failed, 14 applied, 0 discarded' */
export function countsText(counts: Readonly<Record<OutboxState, number>>): string {
  return COUNT_ORDER.map((state) => `${counts[state]} ${state}`).join(', ');
}
