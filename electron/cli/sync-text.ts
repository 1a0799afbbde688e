// The sync engine's doings as short lines for people watching a terminal.
import type { Writable } from 'node:stream';
import type { SyncStatus } from '../../shared/domain/sync-status.ts';
import { alertText, isKeyRejected, problemText } from './api-text.ts';
import { writeLine } from './command.ts';
import type { ApiConfig } from './config.ts';
import { count } from './count.ts';
import { countsText } from './outbox-text.ts';

/** 'pulled 1234 open orders, 2 closed, 0 conflicts' */
export function pullLine(pull: { orders: number; closed: number; conflicts: number }): string {
  return `pulled ${count(pull.orders, 'open order')}, ${pull.closed} closed, ${count(pull.conflicts, 'conflict')}`;
}

export interface StatusPrinter {
  /** The engine's status listener. */
  print(status: SyncStatus): void;
  /** Writes a status still waiting to be printed. */
  flush(): void;
}

/**
 * Writes only what changed: the state line, the last problem, a pull. The engine reports a refused
 * key in two updates (the 401 first counts as traffic: "online"; then it is the problem), so a status
 * that only says "online now" waits until the engine's turn is over and is dropped if a newer one
 * came: the line never says online while the key is refused.
 */
export function statusPrinter(stream: Writable, config: ApiConfig): StatusPrinter {
  let line = '';
  let problem: string | null = null;
  let pullAt: string | undefined;
  let waiting: SyncStatus | undefined;
  let scheduled: NodeJS.Immediate | undefined;

  const write = (status: SyncStatus): void => {
    const state = status.alert
      ? 'paused'
      : isKeyRejected(status.lastProblem)
        ? 'key refused'
        : status.connectivity;
    const why = status.alert ? `; ${alertText(status.alert, config)}` : '';
    const next = `sync: ${state}, ${status.role}; ${countsText(status.counts)}${why}`;
    if (next !== line) writeLine(stream, next);
    line = next;
    if (status.lastProblem && status.lastProblem !== problem) {
      writeLine(stream, `  ${problemText(status.lastProblem, config)}`);
    }
    problem = status.lastProblem;
    if (status.lastPull && status.lastPull.at !== pullAt) writeLine(stream, `  ${pullLine(status.lastPull)}`);
    pullAt = status.lastPull?.at;
  };
  let shownConnectivity: SyncStatus['connectivity'] | undefined;
  const show = (status: SyncStatus): void => {
    shownConnectivity = status.connectivity;
    write(status);
  };
  const flush = (): void => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = undefined;
    if (waiting) show(waiting);
    waiting = undefined;
  };
  return {
    print(status) {
      if (scheduled) clearImmediate(scheduled);
      scheduled = undefined;
      waiting = undefined;
      const justOnline =
        status.connectivity === 'online' &&
        shownConnectivity !== 'online' &&
        !status.alert &&
        !status.lastProblem;
      if (!justOnline) return show(status);
      waiting = status;
      scheduled = setImmediate(flush);
    },
    flush,
  };
}
