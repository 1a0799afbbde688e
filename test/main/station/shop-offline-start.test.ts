// Offline cold start with all three sources: pulled once from live servers, the station closes; it
// opens again with every server gone, and the queue still lists the orders of Equipme and of both
// shops from the cache, each shop's trouble its own status.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmporixSimulator } from '../../../electron/main/simulator/emporix/index.ts';
import { startSimulator } from '../../../electron/main/simulator/index.ts';
import { startMarketplaceSimulator } from '../../../electron/main/simulator/marketplace/index.ts';
import { createSessionSecretBox } from '../../../electron/main/station/index.ts';
import { sourceOfKey } from '../../../shared/domain/order-keys.ts';
import { startTestStation, type TestStation, until } from './station-fixture.ts';

const PIN = '8642';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function sourcesInQueue(st: TestStation): Promise<Set<string | null>> {
  const { rows } = await st.value('orders:query', {
    sort: { by: 'created', direction: 'asc' },
    offset: 0,
    limit: 500,
  });
  return new Set(rows.map((row) => sourceOfKey(row.id)));
}

describe('offline cold start', () => {
  it('lists the orders of all three sources from the cache when no server answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ps-shops-offline-'));
    dirs.push(dir);
    const dbFile = join(dir, 'station.db');
    // One key store for both launches, as the desktop app's safeStorage: the saved secrets open again.
    const secretBox = createSessionSecretBox();
    const equipme = await startSimulator({ seed: 3, orders: 20, apiKey: 'live-key-1' });
    const marketplace = await startMarketplaceSimulator({ seed: 3, orders: 20 });
    const emporix = await startEmporixSimulator({ seed: 3, orders: 20 });

    const first = await startTestStation(dbFile, { secretBox, waitForPull: false });
    try {
      await first.value('settings:update', {
        apiUrl: equipme.url,
        apiKey: equipme.apiKey,
        pin: PIN,
        supervisorPin: { next: PIN },
      });
      await first.value('settings:update-source', {
        source: 'marketplace',
        enabled: true,
        url: marketplace.url,
        account: marketplace.username,
        credential: marketplace.password,
        pin: PIN,
      });
      await first.value('settings:update-source', {
        source: 'emporix',
        enabled: true,
        url: emporix.url,
        account: emporix.tenant,
        credential: emporix.token,
        pin: PIN,
      });
      await until('all three pulled', async () => {
        const status = await first.value('sync:status');
        return (
          status.lastPull !== null &&
          (status.shops ?? []).every((shop) => shop.lastPull !== null) &&
          (await sourcesInQueue(first)).size === 3
        );
      });
    } finally {
      await first.station.close();
    }
    await Promise.all([equipme.close(), marketplace.close(), emporix.close()]);

    const second = await startTestStation(dbFile, { secretBox, waitForPull: false });
    try {
      expect(await sourcesInQueue(second)).toEqual(new Set(['equipme', 'marketplace', 'emporix']));
      // Each shop tells its own trouble; none stops the others.
      await until('both shops failing', async () => {
        const { shops = [] } = await second.value('sync:status');
        return shops.length === 2 && shops.every((shop) => shop.state === 'failing' && shop.problem !== null);
      });
      expect(await sourcesInQueue(second)).toEqual(new Set(['equipme', 'marketplace', 'emporix']));
    } finally {
      await second.station.close();
    }
  });
});
