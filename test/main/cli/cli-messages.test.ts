// The words the `station` CLI prints are the CLI's own: flags and environment variables to fix a
// problem (never the app's Settings screen), the address it could not reach, counts in good English.
import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect } from 'vitest';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { OPEN_STATUSES } from '../../../shared/domain/lifecycle.ts';
import { station } from '../../fixtures/cli.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 5, orders: 60 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

/** A port on 127.0.0.1 nothing listens on: taken from the OS, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('a rejected API key', () => {
  test('names --api-key and STATION_API_KEY, not Settings, and never echoes the key', async ({ dbFile }) => {
    const env = { STATION_DB: dbFile, STATION_API_URL: sim.url, STATION_API_KEY: 'wrong-key-1234' };
    for (const command of ['orders', 'pull']) {
      const run = await station([command], env);
      expect(run.code, command).toBe(1);
      expect(run.stderr).toContain('--api-key');
      expect(run.stderr).toContain('STATION_API_KEY');
      expect(run.stderr).toContain(sim.url);
      expect(run.stderr).not.toContain('Settings');
      expect(run.stderr).not.toContain('wrong-key-1234');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  test('a key pasted into the URL is not printed either', async ({ dbFile }) => {
    const run = await station(
      ['orders', '--api-url', `${sim.url}/?key=s3cr3t-k3y`, '--api-key', 's3cr3t-k3y'],
      {
        STATION_DB: dbFile,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('s3cr3t-k3y');
    expect(run.stderr).toContain('[api key]');
  });
});

describe('an address nothing answers on', () => {
  test('says it could not connect to that URL and asks whether the address is right', async ({ dbFile }) => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const env = { STATION_DB: dbFile, STATION_API_URL: url, STATION_API_KEY: 'k' };
    for (const command of ['orders', 'pull']) {
      const run = await station([command], env);
      expect(run.code, command).toBe(1);
      expect(run.stderr).toContain(`could not connect to ${url}`);
      expect(run.stderr).toContain('connection refused');
      expect(run.stderr).toMatch(/is the address right\?/i);
      expect(run.stderr).toContain('--api-url');
      expect(run.stderr).not.toMatch(/broke before|work continues offline/);
    }
  });

  test('a port fetch refuses to use is a connection that never started, not one that broke', async ({
    dbFile,
  }) => {
    const run = await station(['orders', '--api-url', 'http://127.0.0.1:1', '--api-key', 'k'], {
      STATION_DB: dbFile,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('could not connect to http://127.0.0.1:1/');
    expect(run.stderr).toMatch(/is the address right\?/i);
    expect(run.stderr).not.toMatch(/broke before|network error/);
  });
});

describe('configuration', () => {
  test('pull with only the URL set says that the key is missing', async ({ dbFile }) => {
    const run = await station(['pull'], { STATION_DB: dbFile, STATION_API_URL: sim.url });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no API key/);
    expect(run.stderr).toContain('--api-key');
    expect(run.stderr).toContain('STATION_API_KEY');
    expect(run.stderr).not.toMatch(/no Equipme API configured/);
  });

  test('with only the key set it says that the URL is missing', async ({ dbFile }) => {
    const run = await station(['orders'], { STATION_DB: dbFile, STATION_API_KEY: 'k' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no API URL/);
    expect(run.stderr).toContain('STATION_API_URL');
  });
});

describe('hostile input', () => {
  test('an API URL with terminal control characters is echoed escaped, and a huge one cut', async ({
    dbFile,
  }) => {
    for (const url of [
      '\u001b]0;pwned\u0007<b>x',
      'ftp://x/\u001b[31mred',
      `http://${'a'.repeat(100_000)}`,
    ]) {
      const run = await station(['orders', '--api-url', url, '--api-key', 'k'], { STATION_DB: dbFile });
      expect(run.code).toBeGreaterThan(0);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must not pass
      expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
      expect(run.stderr.length).toBeLessThan(1000);
    }
  });
});

describe('counts', () => {
  test('one of a thing is singular: 1 order, 1 open order, 1 entry', async ({ dbFile }) => {
    const env = { STATION_DB: dbFile, STATION_API_URL: sim.url, STATION_API_KEY: sim.apiKey };
    const orders = await station(['orders', '--limit', '1'], env);
    expect(orders.code).toBe(0);
    expect(orders.stdout.trim().split('\n').at(-1)).toBe('1 order');

    const [id = 0] = sim.orderIds().filter((o) => sim.order(o)?.status === 'new');
    expect((await station(['pull'], env)).code).toBe(0);
    const queued = await station(['transition', String(id), 'process'], { ...env, STATION_OPERATOR: 'ana' });
    expect(queued.code).toBe(0);
    sim.setFaults({ offline: true });
    const run = await station(['sync', '--until-empty', '--timeout', '1'], env);
    sim.setFaults({ offline: false });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('timed out with 1 entry unsettled');
    expect(run.stderr).not.toMatch(/\b1 entries\b/);
  });

  test('a pull of one open order says so in the singular', async ({ dbFile }) => {
    const one = await startSimulator({ seed: 5, orders: 1 });
    try {
      const [only = 0] = one.orderIds();
      expect(OPEN_STATUSES).toContain(one.order(only)?.status);
      const run = await station(['pull'], {
        STATION_DB: dbFile,
        STATION_API_URL: one.url,
        STATION_API_KEY: one.apiKey,
      });
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('pulled 1 open order, 0 closed, 0 conflicts\n');
    } finally {
      await one.close();
    }
  });
});

describe('station sync while paused', () => {
  test('reports paused with the flag to fix, never online', async ({ dbFile }) => {
    const env = { STATION_DB: dbFile, STATION_API_URL: sim.url, STATION_API_KEY: sim.apiKey };
    expect((await station(['pull'], env)).code).toBe(0);
    const [id = 0] = sim.orderIds().filter((o) => sim.order(o)?.status === 'new');
    expect(
      (await station(['transition', String(id), 'process'], { ...env, STATION_OPERATOR: 'ana' })).code,
    ).toBe(0);
    const run = await station(['sync', '--until-empty', '--timeout', '20'], {
      ...env,
      STATION_API_KEY: 'revoked',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^sync: paused/m);
    expect(run.stderr).not.toMatch(/^sync: online/m);
    expect(run.stderr).toContain('STATION_API_KEY');
    expect(run.stderr).not.toContain('Settings');
  });
});
