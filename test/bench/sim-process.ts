// The Equipme simulator the bench measures against, in a process of its own (`station simulator`),
// as Equipme is a server of its own: its work does not run on the event loop of the side measured,
// and the station and the raw baseline talk to the very same server.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { STATION_CLI } from './bench-files.ts';

export interface SimProcess {
  readonly url: string;
  readonly apiKey: string;
  readonly orders: number;
  /** Milliseconds the simulator adds before every API answer, alike for the station and the baseline. */
  setLatency(ms: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts `station simulator --orders N --seed 1` and waits for its `{"url","apiKey"}` line. */
export async function startSimProcess(orders: number): Promise<SimProcess> {
  const child = spawn(
    process.execPath,
    [STATION_CLI, 'simulator', '--orders', String(orders), '--seed', '1'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const { url, apiKey } = await firstLine(child);
  return {
    url,
    apiKey,
    orders,
    async setLatency(ms) {
      const answer = await fetch(`${url}/_sim/faults`, {
        method: 'PUT',
        headers: { 'X-API-KEY': apiKey, 'Content-Type': 'application/json' },
        body: JSON.stringify({ latency: ms }),
      });
      await answer.text();
      if (answer.status !== 200)
        throw new Error(`the simulator refused latency ${ms} ms: HTTP ${answer.status}`);
    },
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function firstLine(child: ChildProcess): Promise<{ url: string; apiKey: string }> {
  if (!child.stdout) throw new Error('the simulator process has no stdout');
  const lines = createInterface({ input: child.stdout });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the simulator process ended (exit ${code}) before it listened`);
  });
  // Once it listens, its exit at close() is expected: nobody waits for this promise any more.
  exited.catch(() => undefined);
  const line = (async () => {
    for await (const text of lines) return JSON.parse(text) as { url: string; apiKey: string };
    throw new Error('the simulator process closed its output before it listened');
  })();
  return Promise.race([line, exited]);
}
