// Demo mode with all three sources: a station without an Equipme API switches on the shops nobody
// set up, against their built-in simulators; a station with a real configuration is never changed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { listAudit } from '../../../electron/main/db/audit-log.ts';
import { openStationDb } from '../../../electron/main/db/connection.ts';
import { upsertPulledOrders } from '../../../electron/main/db/orders.ts';
import { writeSettings } from '../../../electron/main/db/settings.ts';
import { shopOrderKeys } from '../../../electron/main/db/shop-orders.ts';
import { startEmporixSimulator } from '../../../electron/main/simulator/emporix/index.ts';
import { startSimulator } from '../../../electron/main/simulator/index.ts';
import { probeShop } from '../../../electron/main/sources/shop-connection.ts';
import { createBuiltInShops } from '../../../electron/main/station/built-in-shops.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { startTestStation, type TestStation } from './station-fixture.ts';

const dirs: string[] = [];
const stations: TestStation[] = [];
afterEach(async () => {
  for (const st of stations.splice(0)) await st.station.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dbFile(settings: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'ps-demo-shops-'));
  dirs.push(dir);
  const file = join(dir, 'station.db');
  const db = openStationDb(file);
  writeSettings(db, settings, new Date());
  db.close();
  return file;
}

async function open(file: string, opts: { waitForPull?: boolean } = {}): Promise<TestStation> {
  const st = await startTestStation(file, opts);
  stations.push(st);
  return st;
}

function demoSwitches(file: string): unknown[] {
  const db = openStationDb(file);
  try {
    return listAudit(db, { kind: 'settings-changed', limit: 10 })
      .map((row) => row.detail)
      .filter((detail) => detail.demo !== undefined);
  } finally {
    db.close();
  }
}

const QUERY = { sort: { by: 'created', direction: 'asc' }, offset: 0, limit: 10 } as const;

describe('demo mode with all three sources', () => {
  it('a new demo station switches both shops on against their built-in simulators, once', async () => {
    const file = dbFile();
    const st = await open(file);
    const { sources } = await st.value('settings:get');
    expect(sources.map(({ source, enabled, url }) => ({ source, enabled, url }))).toEqual([
      { source: 'marketplace', enabled: true, url: null },
      { source: 'emporix', enabled: true, url: null },
    ]);
    expect((await st.value('orders:query', QUERY)).sources).toEqual(['equipme', 'marketplace', 'emporix']);
    expect(demoSwitches(file)).toEqual([
      { source: 'emporix', changed: ['enabled'], demo: true },
      { source: 'marketplace', changed: ['enabled'], demo: true },
    ]);

    // The newcomer switches the marketplace off: the next start keeps it off.
    await st.value('settings:update-source', { source: 'marketplace', enabled: false });
    await st.station.close();
    stations.splice(0);
    const again = await open(file);
    const after = await again.value('settings:get');
    expect(after.sources.map(({ enabled }) => enabled)).toEqual([false, true]);
    expect(demoSwitches(file)).toHaveLength(2);
    // Its orders pulled before stay in the cache, so the queue still offers it (order-handlers.ts).
    expect((await again.value('orders:query', QUERY)).sources).toEqual(['equipme', 'marketplace', 'emporix']);
  });

  it('a station with an Equipme API is never changed, and offers a shop once its orders are cached', async () => {
    const file = dbFile({ apiUrl: 'http://127.0.0.1:9' });
    const st = await open(file, { waitForPull: false });
    expect((await st.value('station:info')).mode).toBe('live');
    const { sources } = await st.value('settings:get');
    expect(sources.map(({ enabled }) => enabled)).toEqual([false, false]);
    expect(demoSwitches(file)).toEqual([]);
    expect((await st.value('orders:query', QUERY)).sources).toEqual(['equipme']);

    const db = openStationDb(file);
    const key = shopOrderKeys(db, 'emporix', ['orderId9']).get('orderId9') as number;
    upsertPulledOrders(db, [makeOrder({ id: key, created: '2026-11-30T10:00:00.000Z' })], new Date());
    db.close();
    const query = await st.value('orders:query', QUERY);
    expect(query.sources).toEqual(['equipme', 'emporix']);
    expect(query.rows.find((row) => row.id === key)?.source).toBe('emporix');
    const filtered = await st.value('orders:query', { ...QUERY, source: 'emporix' });
    expect(filtered.rows.map((row) => row.id)).toEqual([key]);
  });

  it("a demo station's shop a supervisor set up is left as it is", async () => {
    const marketplace = {
      enabled: false,
      url: 'https://shop.example',
      account: 'me',
      credential: null,
      pollIntervalSeconds: 120,
    };
    const file = dbFile({ 'source.marketplace': marketplace });
    const st = await open(file);
    const { sources } = await st.value('settings:get');
    expect(sources.map(({ source, enabled, url }) => ({ source, enabled, url }))).toEqual([
      { source: 'marketplace', enabled: false, url: 'https://shop.example' },
      { source: 'emporix', enabled: true, url: null },
    ]);
  });

  it('going live switches off the shops the demo switched on, and no other', async () => {
    const live = await startSimulator({ seed: 7, orders: 5, apiKey: 'live-key' });
    onTestFinished(() => live.close());
    const file = dbFile();
    const st = await open(file);
    // The newcomer points Emporix at a real shop meanwhile: that one is the supervisor's, and stays on.
    await st.value('settings:update', { supervisorPin: { next: '97531' } });
    const shop = await startEmporixSimulator({ tenant: 'acme', token: 'real-token' });
    onTestFinished(() => shop.close());
    await st.value('settings:update-source', {
      source: 'emporix',
      url: shop.url,
      account: 'acme',
      credential: 'real-token',
      pin: '97531',
    });
    await st.value('settings:update', { apiUrl: live.url, apiKey: 'live-key', pin: '97531' });
    expect((await st.value('station:info')).mode).toBe('live');
    const { sources } = await st.value('settings:get');
    expect(sources.map(({ source, enabled, url }) => ({ source, enabled, url }))).toEqual([
      { source: 'marketplace', enabled: false, url: null },
      { source: 'emporix', enabled: true, url: shop.url },
    ]);
    expect(demoSwitches(file)).toContainEqual({
      source: 'marketplace',
      changed: ['enabled'],
      demo: 'station went live',
    });
    // A restart of the live station changes nothing more.
    await st.station.close();
    stations.splice(0);
    const again = await open(file, { waitForPull: false });
    expect((await again.value('settings:get')).sources.map(({ enabled }) => enabled)).toEqual([false, true]);
  });

  it('the built-in simulators answer as the shops do, and stop with the station', async () => {
    const shops = createBuiltInShops({ orders: 5 });
    const marketplace = await shops.target('marketplace');
    const emporix = await shops.target('emporix');
    expect(await shops.target('marketplace')).toEqual(marketplace);
    expect(await probeShop('marketplace', marketplace)).toBeNull();
    expect(await probeShop('emporix', emporix)).toBeNull();
    await shops.close();
    await expect(fetch(marketplace.url)).rejects.toThrow();
    await expect(fetch(emporix.url)).rejects.toThrow();
  });
});
