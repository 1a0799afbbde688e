// Kill a station with SIGKILL at random points while it enqueues and drains against a faulty
// simulator, many times; nothing may be lost and every transition must be applied exactly once.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStationDb } from '../../../electron/main/db/index.ts';
import { listOutbox } from '../../../electron/main/outbox/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import type { FulfillmentAction } from '../../../shared/api/equipme.ts';

const KILLS = 15;
let sim: Simulator;
let dir: string;

beforeAll(async () => {
  sim = await startSimulator({
    seed: 5,
    orders: 400,
    faults: { dropAfterApply: 0.15, error5xx: 0.1, latency: 2 },
  });
  dir = mkdtempSync(join(tmpdir(), 'station-crash-'));
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the child; kills it `killAfterMs` after it started draining, or lets it finish (null). */
function runStation(
  args: string[],
  killAfterMs: number | null,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['test/main/sync/crash-child.ts', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (c: Buffer) => {
      output += c.toString();
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      output += `${line}\n`;
      if (line === 'started' && killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.once('exit', (code) => resolve({ code, output }));
  });
}

it('loses nothing and applies every transition exactly once, in order, across SIGKILLs', async () => {
  const shipping = sim
    .orderIds()
    .filter((id) => {
      const o = sim.order(id);
      return o?.status === 'new' && o.transactionType === 'order' && !o.isPreorder;
    })
    .slice(0, 30);
  const cancels = sim
    .orderIds()
    .filter((id) => sim.order(id)?.status === 'inprocess')
    .slice(0, 5);
  const plan: { orderId: number; actions: FulfillmentAction[] }[] = [
    ...shipping.map((orderId) => ({
      orderId,
      actions: ['process', 'process', 'dispatchDelivery'] as FulfillmentAction[],
    })),
    ...cancels.map((orderId) => ({ orderId, actions: ['cancel'] as FulfillmentAction[] })),
  ];
  const planFile = join(dir, 'plan.json');
  writeFileSync(planFile, JSON.stringify(plan));
  const dbFile = join(dir, 'station.db');
  const args = [dbFile, sim.url, sim.apiKey, planFile];

  let seed = 99;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  let killed = 0;
  for (let i = 0; i < KILLS; i++) {
    const run = await runStation(args, Math.floor(random() * 150));
    if (run.code === null) killed++;
    else expect(run.output, 'a run that was not killed must finish cleanly').toContain('done');
  }
  // Later runs find less work left and may finish before their kill: that is fine, but most must die.
  expect(killed).toBeGreaterThanOrEqual(KILLS / 3);
  const last = await runStation(args, null);
  expect(last.output).toContain('done');
  expect(last.code).toBe(0);

  const applied = sim.transitions();
  for (const { orderId, actions } of plan) {
    expect(
      applied.filter((t) => t.orderId === orderId).map((t) => t.action),
      `order ${orderId}`,
    ).toEqual(actions);
  }
  expect(applied).toHaveLength(plan.reduce((n, p) => n + p.actions.length, 0));

  const db = openStationDb(dbFile);
  const entries = listOutbox(db);
  db.close();
  expect(entries).toHaveLength(applied.length);
  expect(entries.every((e) => e.state === 'applied')).toBe(true);
}, 180_000);
