// `station orders --source S`: a source's open orders straight from the source through its
// OrderSource, against each source's simulator, with the columns every source fills; Equipme's
// `--status`/`--type` listing and the default stay as they were (orders-command.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type EmporixSimulator,
  startEmporixSimulator,
} from '../../../electron/main/simulator/emporix/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import {
  type MarketplaceSimulator,
  startMarketplaceSimulator,
} from '../../../electron/main/simulator/marketplace/index.ts';
import type { SourceOrder } from '../../../electron/main/sources/order-source.ts';
import { TERMINAL_STATUSES } from '../../../shared/domain/lifecycle.ts';
import { station } from '../../fixtures/cli.ts';

let equipme: Simulator;
let emporix: EmporixSimulator;
let marketplace: MarketplaceSimulator;
let marketplaceEnv: NodeJS.ProcessEnv;
beforeAll(async () => {
  [equipme, emporix, marketplace] = await Promise.all([
    startSimulator({ seed: 5, orders: 1_300 }),
    startEmporixSimulator({ seed: 6, orders: 40 }),
    startMarketplaceSimulator({ seed: 6, orders: 130 }),
  ]);
  marketplaceEnv = {
    STATION_MARKETPLACE_URL: marketplace.url,
    STATION_MARKETPLACE_ACCOUNT: marketplace.username,
    STATION_MARKETPLACE_SECRET: marketplace.password,
  };
});
afterAll(() => Promise.all([equipme.close(), emporix.close(), marketplace.close()]));

const header = /^ID\s+ORDER\s+STATUS\s+PACK\s+LINES\s+CUSTOMER$/;

describe('station orders --source', () => {
  it('emporix: every order of the tenant, as the shop sends its status, from flags', async () => {
    const run = await station(
      ['orders', '--source', 'emporix', '--url', emporix.url, '--account', emporix.tenant, '--json'],
      { STATION_EMPORIX_SECRET: emporix.token },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const orders = JSON.parse(run.stdout) as SourceOrder[];
    expect(orders.map((o) => o.key.id).sort()).toEqual(
      emporix
        .orders()
        .map((o) => o.id)
        .sort(),
    );
    const first = emporix.orders()[0];
    const listed = orders.find((o) => o.key.id === first?.id);
    expect(listed).toMatchObject({ key: { source: 'emporix' }, status: { code: first?.status } });

    const table = await station(
      ['orders', '--source', 'emporix', '--url', emporix.url, '--account', emporix.tenant, '--limit', '3'],
      { STATION_EMPORIX_SECRET: emporix.token },
    );
    expect(table.code).toBe(0);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]).toMatch(header);
    expect(lines).toHaveLength(1 + 3 + 1);
    expect(lines.at(-1)).toBe('3 orders');
  });

  it('marketplace: the submitted, paid orders over every page, from the environment', async () => {
    const run = await station(['orders', '--source', 'marketplace'], marketplaceEnv);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const wanted = marketplace.orders().filter((o) => o.status.id === 1 && o.paid);
    expect(wanted.length).toBeGreaterThan(50);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(header);
    const ids = lines.slice(1, -1).map((line) => line.split(/\s+/)[0]);
    expect(ids.sort()).toEqual(wanted.map((o) => String(o.id)).sort());
    expect(lines.at(-1)).toBe(`${wanted.length} orders`);
  });

  it('equipme: its open orders through the Equipme source, every page', async () => {
    const env = { STATION_API_URL: equipme.url, STATION_API_KEY: equipme.apiKey };
    const run = await station(['orders', '--source', 'equipme', '--json'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const orders = JSON.parse(run.stdout) as SourceOrder[];
    const open = equipme.orderIds().filter((id) => !TERMINAL_STATUSES.has(equipme.order(id)?.status ?? ''));
    expect(open.length).toBeGreaterThan(1_000);
    expect(orders.map((o) => Number(o.key.id)).sort((a, b) => a - b)).toEqual(open);
    expect(orders.every((o) => o.key.source === 'equipme')).toBe(true);

    // With a filter the listing is Equipme's own, as without --source.
    const filtered = await station(
      ['orders', '--source', 'equipme', '--type', 'return', '--limit', '2'],
      env,
    );
    expect(filtered.code).toBe(0);
    expect(filtered.stdout.split('\n')[0]).toMatch(/^ID\s+ORDER\s+STATUS\s+TYPE\s+PRE\s+LINES\s+CUSTOMER$/);
  });

  it('says in words what is wrong: an unknown source, a filter for a shop, a missing sign-in, a refused one', async () => {
    const bogus = await station(['orders', '--source', 'bogus'], marketplaceEnv);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain("unknown --source 'bogus' (equipme, marketplace, emporix)");
    expect(bogus.stdout).toBe('');

    const filtered = await station(['orders', '--source', 'marketplace', '--status', 'new'], marketplaceEnv);
    expect(filtered.code).toBe(2);
    expect(filtered.stderr).toContain("--status and --type filter Equipme's listing");

    const missing = await station(['orders', '--source', 'emporix'], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no emporix URL: pass --url or set STATION_EMPORIX_URL.');

    const shopFlags = await station(['orders', '--url', marketplace.url], {
      STATION_API_URL: equipme.url,
      STATION_API_KEY: equipme.apiKey,
    });
    expect(shopFlags.code).toBe(2);
    expect(shopFlags.stderr).toContain('--url, --account and --secret are for a shop');

    const refused = await station(['orders', '--source', 'marketplace'], {
      ...marketplaceEnv,
      STATION_MARKETPLACE_SECRET: 'wrong-password',
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^station orders: marketplace: /);
    expect(refused.stderr).not.toContain('wrong-password');
  });
});
