// The sync engine's doings as short lines for people watching a terminal.
import type { Writable } from 'node:stream';
import type { SyncStatus } from '../../shared/domain/sync-status.ts';
import { writeLine } from './command.ts';
import { countsText } from './outbox-text.ts';

/** 'pulled 1234 open orders, 2 closed, 0 conflicts' */
export function pullLine(pull: { orders: number; closed: number; conflicts: number }): string {
  return `pulled ${pull.orders} open orders, ${pull.closed} closed, ${pull.conflicts} conflicts`;
}

/** A status listener that writes only what changed: the state line, the last problem, a pull. */
export function statusPrinter(stream: Writable): (status: SyncStatus) => void {
  let line = '';
  let problem: string | null = null;
  let pullAt: string | undefined;
  return (status) => {
    const paused = status.alert ? `; PAUSED: ${status.alert.message}` : '';
    const next = `sync: ${status.connectivity}, ${status.role}; ${countsText(status.counts)}${paused}`;
    if (next !== line) writeLine(stream, next);
    line = next;
    if (status.lastProblem && status.lastProblem !== problem) writeLine(stream, `  ${status.lastProblem}`);
    problem = status.lastProblem;
    if (status.lastPull && status.lastPull.at !== pullAt) writeLine(stream, `  ${pullLine(status.lastPull)}`);
    pullAt = status.lastPull?.at;
  };
}
