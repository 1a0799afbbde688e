// transition, outbox, retry and discard work on the station database alone: no API is reached.
import { createServer } from 'node:net';
import { beforeAll, describe, expect } from 'vitest';
import type { StationDb } from '../../../electron/main/db/index.ts';
import { listAudit, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import type { OutboxEntry } from '../../../electron/main/outbox/index.ts';
import { listOutbox, markFailed, markSending } from '../../../electron/main/outbox/index.ts';
import { station } from '../../fixtures/cli.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

const REJECTED = {
  kind: 'rejected' as const,
  code: 'InvalidTransition',
  description: null,
  message: 'Equipme refused this step while the order is new.',
};

/** An API URL nothing listens on: any network call would fail. */
let deadApi: string;
beforeAll(async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  deadApi = `http://127.0.0.1:${port}`;
});

function envFor(dbFile: string): NodeJS.ProcessEnv {
  return {
    STATION_DB: dbFile,
    STATION_OPERATOR: 'ana',
    STATION_API_URL: deadApi,
    STATION_API_KEY: 'unused',
  };
}

function seed(db: StationDb): void {
  upsertPulledOrders(
    db,
    [
      makeOrder({ id: 1, status: 'new' }),
      makeOrder({ id: 2, status: 'inprocess', transactionType: 'return' }),
    ],
    new Date(),
  );
}

describe('station transition', () => {
  test('queues the change without the network and prints it', async ({ db, dbFile }) => {
    seed(db);
    const json = await station(['transition', '1', 'process', '--json'], envFor(dbFile));
    expect(json).toMatchObject({ code: 0, stderr: '' });
    const entry = JSON.parse(json.stdout) as OutboxEntry;
    expect(entry).toMatchObject({
      orderId: 1,
      action: 'process',
      statusBefore: 'new',
      expectedAfter: 'inprocess',
      state: 'pending',
      operator: 'ana',
    });
    expect(listOutbox(db)).toEqual([entry]);

    const people = await station(['transition', '1', 'cancel', '--operator', 'ben'], envFor(dbFile));
    expect(people.code).toBe(0);
    const [second] = listOutbox(db, { states: ['pending'] }).slice(1);
    expect(people.stdout).toBe(`queued ${second?.id}: order 1 cancel inprocess → cancelled (pending)\n`);
    expect(listAudit(db, { orderId: 1, limit: 1 })[0]).toMatchObject({ operator: 'ben' });
  });

  test('refuses a wrong id, action or missing operator or database as usage errors', async ({
    db,
    dbFile,
  }) => {
    seed(db);
    const env = envFor(dbFile);
    const badAction = await station(['transition', '1', 'ship'], env);
    expect(badAction.code).toBe(2);
    expect(badAction.stderr).toContain("unknown action 'ship' (process, dispatchDelivery");
    const badId = await station(['transition', '1x', 'process'], env);
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain("positive whole number, got '1x'");
    const noOperator = await station(['transition', '1', 'process'], { ...env, STATION_OPERATOR: '' });
    expect(noOperator.code).toBe(2);
    expect(noOperator.stderr).toContain('STATION_OPERATOR');
    const noDb = await station(['transition', '1', 'process'], { ...env, STATION_DB: undefined });
    expect(noDb.code).toBe(2);
    expect(noDb.stderr).toContain('STATION_DB');
    expect(listOutbox(db)).toEqual([]);
  });

  test('fails with the reason for an unknown order or a step the lifecycle does not allow', async ({
    db,
    dbFile,
  }) => {
    seed(db);
    const unknown = await station(['transition', '99', 'process'], envFor(dbFile));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Order 99 is not in this station's cache");
    const invalid = await station(['transition', '1', 'confirmDelivery'], envFor(dbFile));
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/^station transition: .*confirmDelivery/);
    const dateNotAllowed = await station(
      ['transition', '1', 'process', '--activation-date', '2025-06-30'],
      envFor(dbFile),
    );
    expect(dateNotAllowed.code).toBe(1);
    expect(dateNotAllowed.stderr).toContain("only applies to 'complete'");
    expect(listOutbox(db)).toEqual([]);
  });
});

describe('station outbox', () => {
  test('lists entries as JSON, filtered by state and order, and as a table with counts', async ({
    db,
    dbFile,
  }) => {
    seed(db);
    const env = envFor(dbFile);
    for (const [id, action] of [
      ['1', 'process'],
      ['2', 'completeReturnDecommission'],
      ['1', 'process'],
    ] as const) {
      expect((await station(['transition', id, action], env)).code).toBe(0);
    }
    const [first] = listOutbox(db);
    markSending(db, first?.id ?? '', new Date());
    markFailed(db, first?.id ?? '', REJECTED, new Date());

    const all = JSON.parse((await station(['outbox', '--json'], env)).stdout) as OutboxEntry[];
    expect(all.map((e) => [e.orderId, e.action, e.state])).toEqual([
      [1, 'process', 'failed'],
      [2, 'completeReturnDecommission', 'pending'],
      [1, 'process', 'held'],
    ]);
    expect(all.every((e) => typeof e.id === 'string')).toBe(true);
    const filtered = await station(['outbox', '--state', 'failed,held', '--order', '1', '--json'], env);
    expect((JSON.parse(filtered.stdout) as OutboxEntry[]).map((e) => e.state)).toEqual(['failed', 'held']);

    const table = (await station(['outbox'], env)).stdout.trim().split('\n');
    expect(table[0]).toMatch(/^ID\s+ORDER\s+ACTION\s+FROM→TO\s+STATE\s+ATTEMPTS\s+LAST ERROR$/);
    expect(table[1]).toMatch(/\s1\s+process\s+new→inprocess\s+failed\s+1\s+Equipme refused this step/);
    expect(table.at(-1)).toBe('outbox: 1 pending, 0 sending, 1 held, 1 failed, 0 applied, 0 discarded');

    const bad = await station(['outbox', '--state', 'stuck'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown state 'stuck'");
  });
});

describe('station retry and discard', () => {
  /** Order 1: a failed process, then a held process behind it. */
  async function failedChain(db: StationDb, dbFile: string) {
    seed(db);
    await station(['transition', '1', 'process'], envFor(dbFile));
    await station(['transition', '1', 'process'], envFor(dbFile));
    const [first, second] = listOutbox(db);
    markSending(db, first?.id ?? '', new Date());
    markFailed(db, first?.id ?? '', REJECTED, new Date());
    return [first?.id ?? '', second?.id ?? ''] as const;
  }

  test('retry puts a failed entry back in line; anything else is refused', async ({ db, dbFile }) => {
    const [failed, held] = await failedChain(db, dbFile);
    const wrong = await station(['retry', held], envFor(dbFile));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('it is held, not failed');

    const run = await station(['retry', failed, '--operator', 'ben'], envFor(dbFile));
    expect(run).toMatchObject({
      code: 0,
      stdout: `retrying ${failed}: order 1 process new → inprocess (pending)\n`,
    });
    expect(listOutbox(db).map((e) => e.state)).toEqual(['pending', 'pending']);
    expect(listAudit(db, { orderId: 1, limit: 1 })[0]).toMatchObject({
      kind: 'transition-retried',
      operator: 'ben',
    });
  });

  test('discard needs a reason and takes the later entries of the order with it', async ({ db, dbFile }) => {
    const [failed, held] = await failedChain(db, dbFile);
    for (const reason of [[], ['--reason', '  ']]) {
      const run = await station(['discard', failed, ...reason], envFor(dbFile));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--reason');
    }
    const unknown = await station(['discard', 'nope', '--reason', 'typo'], envFor(dbFile));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Outbox entry nope does not exist');

    const run = await station(['discard', failed, '--reason', 'packed by mistake'], envFor(dbFile));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `discarded ${failed}: order 1 process new → inprocess (discarded)\n` +
        `  and ${held}: order 1 process inprocess → ready-for-delivery (discarded)\n`,
    );
    expect(listOutbox(db).map((e) => [e.state, e.discardReason])).toEqual([
      ['discarded', 'packed by mistake'],
      ['discarded', `depends on discarded entry ${failed}`],
    ]);
  });
});
