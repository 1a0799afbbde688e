// `station sales-order` and `station customer` take `S:id` like every command that takes an id:
// `equipme:N` is N, `sales-order emporix:ID` reads that Emporix tenant sales order fresh from the
// shop, and what a shop's documents do not offer is one line and exit 2, naming what it offers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type EmporixSimulator,
  startEmporixSimulator,
} from '../../../electron/main/simulator/emporix/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { shopSource } from '../../../electron/main/sources/shop-connection.ts';
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { station } from '../../fixtures/cli.ts';

let sim: Simulator;
let emporix: EmporixSimulator;
let env: NodeJS.ProcessEnv;
let shopEnv: NodeJS.ProcessEnv;

beforeAll(async () => {
  sim = await startSimulator({ seed: 1, orders: 40, apiKey: 'cli-sales-key' });
  emporix = await startEmporixSimulator({ seed: 4, orders: 12 });
  env = { STATION_API_URL: sim.url, STATION_API_KEY: sim.apiKey };
  shopEnv = {
    STATION_EMPORIX_URL: emporix.url,
    STATION_EMPORIX_ACCOUNT: emporix.tenant,
    STATION_EMPORIX_SECRET: emporix.token,
  };
});
afterAll(async () => {
  await Promise.all([sim.close(), emporix.close()]);
});

describe('equipme:N is N', () => {
  it('sales-order and customer print the same as with the plain id', async () => {
    const id = (sim.order(sim.orderIds()[0] ?? 0) as FulfillmentOrder).order.id;
    const plain = await station(['sales-order', String(id)], env);
    const named = await station(['sales-order', `equipme:${id}`], env);
    expect(plain.code, plain.stderr).toBe(0);
    expect(named).toEqual(plain);
    const customer = await station(['customer', 'EQUIPME:1201', '--metadata'], env);
    expect(customer.code, customer.stderr).toBe(0);
    expect(customer.stdout).toEqual((await station(['customer', '1201', '--metadata'], env)).stdout);
    const bad = await station(['customer', 'equipme:x1'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("the customer id must be a whole number from 1 to 2147483647, got 'x1'");
  });
});

describe('a shop prefix', () => {
  it('sales-order emporix:ID is that sales order fresh from Emporix, not from any cache', async () => {
    const wire = emporix.orders()[0];
    const id = wire?.id ?? '';
    const run = await station(['sales-order', `emporix:${id}`], shopEnv);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const client = shopSource('emporix', {
      url: emporix.url,
      account: emporix.tenant,
      secret: emporix.token,
    });
    if (!client.ok) throw new Error(client.error);
    const fresh = await client.value.getOne(id);
    if (!fresh.ok) throw new Error('the simulator did not serve the order');
    const order = fresh.value;
    expect(run.stdout).toMatch(new RegExp(`^Sales order: +${order.orderNumber} \\(emporix:${id}\\)$`, 'm'));
    expect(run.stdout).toMatch(new RegExp(`^Status: +${order.status.code}`, 'm'));
    expect(run.stdout).toMatch(new RegExp(`^Lines: +${order.pickLines.length} line`, 'm'));

    const json = await station(['sales-order', `emporix:${id}`, '--json'], shopEnv);
    expect(JSON.parse(json.stdout)).toEqual(order);

    // The flags win over the environment, as `pull --source emporix` takes them.
    const flags = await station(
      [
        'sales-order',
        `emporix:${id}`,
        '--url',
        emporix.url,
        '--account',
        emporix.tenant,
        '--secret',
        'stale-token',
      ],
      shopEnv,
    );
    expect(flags.code).toBe(1);
    expect(flags.stderr).toMatch(/^station sales-order: The Emporix API refused the station's saas-token/);
    expect(flags.stderr).not.toContain('stale-token');
  });

  it('an Emporix sales order that is not there, or no shop settings, says so', async () => {
    const unknown = await station(['sales-order', 'emporix:orderIdNOPE'], shopEnv);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^station sales-order: .*orderIdNOPE/);
    const missing = await station(['sales-order', 'emporix:orderId1'], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no emporix URL: pass --url or set STATION_EMPORIX_URL.');
    const mixed = await station(['sales-order', '12', '--url', emporix.url], env);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('--url, --account and --secret are for an Emporix sales order');
    const unknownSource = await station(['sales-order', 'shopify:1'], env);
    expect(unknownSource.code).toBe(2);
    expect(unknownSource.stderr).toContain("unknown order source 'shopify'");
  });

  it('what a shop does not offer is exit 2 and one line saying what it offers instead', async () => {
    const cases = [
      [
        ['sales-order', 'marketplace:50001'],
        /^station sales-order: the marketplace has no sales orders: its API lists orders only; pull them with `station pull --source marketplace`/,
      ],
      [
        ['customer', 'marketplace:7'],
        /^station customer: the marketplace has no customer read: its API lists orders only, each with its buyer/,
      ],
      [
        ['customer', 'emporix:C1234567890'],
        /^station customer: Emporix has no customer read the station uses: each Emporix sales order carries its customer; see it with `station sales-order emporix:ORDER_ID`/,
      ],
    ] as const;
    for (const [argv, line] of cases) {
      const run = await station([...argv], { ...env, ...shopEnv });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.split('\n')).toHaveLength(2);
      expect(run.stderr).toMatch(line);
    }
  });
});

it('help says retry and discard take an outbox entry id, not an order id', async () => {
  for (const command of ['retry', 'discard']) {
    const help = await station(['help', command]);
    expect(help.stdout).toContain("entryId is the entry's id from `station outbox`, not an order id");
  }
});
