// The shops' pulls beside the sync engine: each shop on its own loop, so a shop that fails is that
// shop's status and backoff while the other goes on pulling; a shop without a usable password says so.
import { afterEach, describe, expect } from 'vitest';
import { startEmporixSimulator } from '../../../electron/main/simulator/emporix/index.ts';
import { startMarketplaceSimulator } from '../../../electron/main/simulator/marketplace/index.ts';
import { shopSource } from '../../../electron/main/sources/shop-connection.ts';
import { createShopPulls } from '../../../electron/main/sync/shop-pulls.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { until } from '../station/station-fixture.ts';

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((thing) => thing.close()));
});

describe('the shops pulled beside the engine', () => {
  test('a failing shop is its own status and backoff; the other shop goes on pulling', async ({ db }) => {
    const emporix = await startEmporixSimulator({ seed: 5, orders: 10 });
    const marketplace = await startMarketplaceSimulator({ seed: 5, orders: 10, password: 'right' });
    running.push(emporix, marketplace);
    const good = shopSource('emporix', { url: emporix.url, account: emporix.tenant, secret: emporix.token });
    const refused = shopSource('marketplace', {
      url: marketplace.url,
      account: marketplace.username,
      secret: 'wrong',
    });
    if (!good.ok || !refused.ok) throw new Error('no client');
    const pulls = createShopPulls({
      db,
      shops: [
        { source: 'marketplace', client: refused.value, intervalMs: 60_000 },
        { source: 'emporix', client: good.value, intervalMs: 60_000 },
      ],
      backoff: { baseMs: 60_000, capMs: 60_000 },
    });
    running.push({ close: () => pulls.stop() });
    pulls.start();
    await until('one pass of each', () =>
      pulls.status().every((s) => s.state === 'ok' || s.state === 'failing'),
    );
    const [m, x] = pulls.status();
    expect(m).toMatchObject({ source: 'marketplace', state: 'failing', lastPull: null });
    expect(m?.problem).toEqual(expect.any(String));
    expect(Date.parse(m?.nextAt ?? '')).toBeGreaterThan(Date.parse(m?.problemAt ?? ''));
    expect(x).toMatchObject({ source: 'emporix', state: 'ok', problem: null });
    expect(x?.lastPull?.orders).toBeGreaterThan(0);
  });

  test('a shop without a readable password says so and pulls nothing', async ({ db }) => {
    const pulls = createShopPulls({
      db,
      shops: [{ source: 'emporix', client: { problem: 'No Emporix token is set.' }, intervalMs: 60_000 }],
    });
    running.push({ close: () => pulls.stop() });
    pulls.start();
    await until('the status', () => pulls.status()[0]?.state === 'failing');
    expect(pulls.status()[0]).toMatchObject({
      state: 'failing',
      problem: 'No Emporix token is set.',
      lastPull: null,
    });
  });
});
