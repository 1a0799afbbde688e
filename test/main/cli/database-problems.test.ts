// The station database failing under a command (damaged, not a database, a full disk, locked by
// another program) ends in one line on stderr that says what to do, exit code 1, never a stack trace.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { openStationDb, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { type CliRun, station } from '../../fixtures/cli.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { canMountTmpfs, withFullDisk } from '../../fixtures/full-disk.ts';
import { withHeldWriteLock } from '../../fixtures/held-write-lock.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

const STATION_CLI = fileURLToPath(new URL('../../../electron/cli/station.ts', import.meta.url));

let sim: Simulator;
beforeAll(async () => {
  // Enough open orders that a pull needs far more room than the nearly full disk has.
  sim = await startSimulator({ seed: 11, orders: 3000 });
});
afterAll(() => sim.close());

const envFor = (dbFile: string): NodeJS.ProcessEnv => ({
  STATION_DB: dbFile,
  STATION_OPERATOR: 'ana',
  STATION_API_URL: sim.url,
  STATION_API_KEY: sim.apiKey,
});

/** Exit 1 and exactly one line on stderr, the command named, no stack trace anywhere. */
function expectOneLineFailure(run: CliRun, command: string): string {
  expect(run.code).toBe(1);
  expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toMatch(/SqliteError|StationDbError/);
  const lines = run.stderr.split('\n').filter((line) => line.length > 0);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^station ${command}: `));
  return lines[0] ?? '';
}

/** A real station database with orders, then garbage over every page but the first. */
function damagedStation(file: string): void {
  const db = openStationDb(file);
  upsertPulledOrders(
    db,
    Array.from({ length: 300 }, (_, i) => makeOrder({ id: 1 + i })),
    new Date('2026-12-01T09:00:00Z'),
  );
  db.close();
  const fd = openSync(file, 'r+');
  for (let offset = 4096; offset < statSync(file).size; offset += 4096) {
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, offset);
  }
  closeSync(fd);
}

const prepareStation = (dir: string): void => void openStationDb(join(dir, 'station.db')).close();

describe.skipIf(!canMountTmpfs())('on a full disk', () => {
  test('station pull runs out of room mid-pull: the disk is named, exit 1, no stack', async () => {
    await withFullDisk(
      async (dir) => {
        const run = await station(['pull'], envFor(join(dir, 'station.db')));
        const line = expectOneLineFailure(run, 'pull');
        expect(line).toBe(
          `station pull: the disk holding ${dir} is full: free space on it, then run the command again`,
        );
      },
      { sizeKib: 2048, roomKib: 128, prepare: prepareStation },
    );
  });

  test('a disk with no room at all already fails the opening the same way', async () => {
    await withFullDisk(
      async (dir) => {
        const line = expectOneLineFailure(await station(['pull'], envFor(join(dir, 'station.db'))), 'pull');
        expect(line).toContain(`the disk holding ${dir} is full: free space on it`);
      },
      { sizeKib: 2048, prepare: prepareStation },
    );
  });

  test('the real station process exits 1 with that one line', async () => {
    await withFullDisk(
      async (dir) => {
        const child = spawn(process.execPath, [STATION_CLI, 'pull'], {
          env: { ...process.env, ...envFor(join(dir, 'station.db')) },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString('utf8');
        });
        const [code] = (await once(child, 'exit')) as [number | null];
        expectOneLineFailure({ code: code ?? -1, stdout: '', stderr }, 'pull');
        expect(stderr).toContain('is full: free space on it');
      },
      { sizeKib: 2048, roomKib: 128, prepare: prepareStation },
    );
  });

  test('station start (browser mode) on a full disk says so in one line', async () => {
    await withFullDisk(
      async (dir) => {
        const run = await station(
          ['start', '--no-electron', '--demo-orders', '5'],
          envFor(join(dir, 'station.db')),
        );
        expect(expectOneLineFailure(run, 'start')).toContain(`the disk holding ${dir} is full`);
      },
      { sizeKib: 2048, prepare: prepareStation },
    );
  });
});

describe('a damaged station database', () => {
  test.for<[string, string[]]>([
    ['pull', []],
    ['outbox', []],
    ['transition', ['1', 'process']],
    ['retry', ['0192d5a0-0000-7000-8000-000000000000']],
    ['discard', ['0192d5a0-0000-7000-8000-000000000000', '--reason', 'duplicate']],
    ['sync', ['--until-empty']],
    ['print', ['1']],
    ['printers', []],
  ])('station %s names the file and the mv that moves it aside', async ([command, args], { dbFile }) => {
    damagedStation(dbFile);
    const line = expectOneLineFailure(await station([command, ...args], envFor(dbFile)), command);
    expect(line).toContain(`the station database ${dbFile} is damaged: restore it from a backup`);
    expect(line).toContain(`\`mv ${dbFile} ${dbFile}.damaged\``);
    expect(line).toMatch(/then run the command again$/);
  });

  test('station start (what npm start runs) refuses it in one line', async ({ dbFile }) => {
    damagedStation(dbFile);
    const run = await station(['start', '--no-electron', '--demo-orders', '5'], envFor(dbFile));
    expect(expectOneLineFailure(run, 'start')).toContain(`\`mv ${dbFile} ${dbFile}.damaged\``);
  });

  test('station browser refuses it in one line', async ({ dbFile }) => {
    damagedStation(dbFile);
    const run = await station(['browser', '--demo-orders', '5'], envFor(dbFile));
    expect(expectOneLineFailure(run, 'browser')).toContain(`${dbFile} is damaged`);
    expect(run.stdout).toBe('');
  });

  test('station --help still shows the help, without a stack trace', async ({ dbFile }) => {
    damagedStation(dbFile);
    const run = await station(['--help'], envFor(dbFile));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Exit codes:');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at /m);
  });
});

test('a file that is not a database is refused as such', async ({ dbFile }) => {
  writeFileSync(dbFile, '<html><body>not a station database</body></html>\n'.repeat(100));
  const line = expectOneLineFailure(await station(['outbox'], envFor(dbFile)), 'outbox');
  expect(line).toContain(`the station database ${dbFile} is not a database`);
  expect(line).toContain(`mv ${dbFile} ${dbFile}.damaged`);
});

test('a write lock another program holds too long: busy, in one line', async ({ dbFile }) => {
  expect((await station(['pull'], envFor(dbFile))).code).toBe(0);
  const orderId = sim.orderIds().find((id) => sim.order(id)?.status === 'new');
  const run = await withHeldWriteLock(dbFile, () =>
    station(['transition', String(orderId), 'process'], envFor(dbFile)),
  );
  expect(expectOneLineFailure(run, 'transition')).toBe(
    `station transition: the station database ${dbFile} is locked by another program (the station app or another station command): wait for it to finish or close it, then run the command again`,
  );
});

test('a file in the way of the station folder is named, in one line', async ({ dbDir }) => {
  const inTheWay = join(dbDir, 'packing\nstation <b>');
  writeFileSync(inTheWay, 'a file, not a folder');
  const run = await station(['browser', '--db', join(inTheWay, 'station.db')]);
  expect(expectOneLineFailure(run, 'browser')).toBe(
    `station browser: $'${dbDir}/packing\\x0astation <b>' is in the way of the station's folder: move it, or choose another place with --db, then run the command again`,
  );
});
