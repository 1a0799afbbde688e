import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect } from 'vitest';
import { getOrder, listAudit, openStationDb, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { listOutbox } from '../../../electron/main/outbox/index.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { NOW } from './outbox-helpers.ts';

const CHILD = fileURLToPath(new URL('./enqueue-child.ts', import.meta.url));

/** Starts the child, waits for the entry id it prints, then kills it without any chance to clean up. */
async function enqueueThenKill(dbFile: string, orderId: number): Promise<string> {
  const child = spawn(process.execPath, [CHILD, dbFile, String(orderId)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = once(child, 'exit');
  const printed = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const line = stdout.split('\n');
      if (line.length > 1) {
        child.kill('SIGKILL');
        resolve(line[0] ?? '');
      }
    });
    void exited.then(() => reject(new Error(`child exited before printing an id: ${stderr}`)));
  });
  const id = await printed;
  const [, signal] = (await exited) as [number | null, NodeJS.Signals | null];
  expect(signal).toBe('SIGKILL');
  return id;
}

describe('durability', () => {
  test('an entry the caller was given survives the process being killed right after', async ({
    db,
    dbFile,
  }) => {
    upsertPulledOrders(db, [makeOrder({ id: 1, status: 'new' })], NOW);
    db.close();

    const id = await enqueueThenKill(dbFile, 1);

    const reopened = openStationDb(dbFile);
    expect(listOutbox(reopened).map((entry) => [entry.id, entry.state, entry.stationId])).toEqual([
      [id, 'pending', 'child-station'],
    ]);
    expect(getOrder(reopened, 1)?.effectiveStatus).toBe('inprocess');
    expect(listAudit(reopened, { orderId: 1, limit: 5 })).toMatchObject([
      { kind: 'transition-enqueued', outboxEntryId: id },
    ]);
    reopened.close();
  });
});
