// `station sales-order` and `station customer` against the simulator, through runCli and the real
// sales client: what an operator reads, what a script gets with --json, and the failures in words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { HOSTILE_NOTE } from '../../../electron/main/simulator/seed/sales-orders.ts';
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { station } from '../../fixtures/cli.ts';

let sim: Simulator;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  sim = await startSimulator({ seed: 1, orders: 500, apiKey: 'cli-sales-key' });
  env = { STATION_API_URL: sim.url, STATION_API_KEY: sim.apiKey };
});
afterAll(() => sim.close());

const orders = () => sim.orderIds().map((id) => sim.order(id) as FulfillmentOrder);
async function served(path: string): Promise<unknown> {
  const answer = await fetch(`${sim.url}${path}`, { headers: { 'x-api-key': sim.apiKey } });
  return answer.json();
}

describe('station sales-order', () => {
  it('prints the sales order for people, its hostile note as plain text', async () => {
    const ids = [...new Set(orders().map((o) => o.order.id))];
    let hostile: number | undefined;
    for (const id of ids) {
      if (
        (((await served(`/v1/sales/orders/${id}`)) as { note: string | null }).note ?? '') === HOSTILE_NOTE
      ) {
        hostile = id;
        break;
      }
    }
    const lines = orders().filter((o) => o.order.id === hostile);
    const first = lines[0] as FulfillmentOrder;
    const run = await station(['sales-order', String(hostile)], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Sales order:        ${first.order.orderNumber} (${hostile})`);
    expect(run.stdout).toContain(`Customer:           ${first.customer.name} (${first.customer.id}`);
    expect(run.stdout).toContain(`Fulfillment orders: ${lines.length} orders`);
    expect(run.stdout).toContain('Note:\n  Deliver to reception');
    expect(run.stdout).not.toMatch(/<script|<img|onerror|alert|<p>|<b>/);
    expect([...run.stdout].some((c) => c !== '\n' && (c.charCodeAt(0) < 0x20 || c === '\u202e'))).toBe(false);
  });

  it('--json is the sales order as the API sent it, the note untouched', async () => {
    const id = orders()[0]?.order.id ?? 0;
    const run = await station(['sales-order', String(id), '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(await served(`/v1/sales/orders/${id}`));
  });

  it('says what is wrong: an unknown id, another provider, a wrong key, a bad argument', async () => {
    const unknown = await station(['sales-order', '123'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe(
      'station sales-order: The Equipme API does not know sales order 123 (Equipme says: Sales order 123 was not found.). It may have been removed; refresh the order list.\n',
    );
    const foreign = sim.order(sim.foreignOrderIds()[0] ?? 0) as FulfillmentOrder;
    const refused = await station(['sales-order', String(foreign.order.id)], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`denied access to sales order ${foreign.order.id}`);
    const wrongKey = await station(['sales-order', '880001'], { ...env, STATION_API_KEY: 'nope-nope' });
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toContain('rejected the API key: pass the right one with --api-key');
    expect(wrongKey.stderr).not.toContain('nope-nope');
    const bad = await station(['sales-order', 'SO-1'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("the sales order id must be a positive whole number, got 'SO-1'");
    expect(bad.stderr).toContain('usage: station sales-order <id|equipme:id|emporix:ID>');
  });
});

describe('station customer', () => {
  it('prints language, contact and whether the customer may order', async () => {
    const run = await station(['customer', '1201'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Customer: +Müller & Söhne GmbH \(1201, K-100234\)$/m);
    expect(run.stdout).toMatch(/^Language: +de$/m);
    expect(run.stdout).toMatch(/^Contact: +\S+ \S+/m);
    const inactive = await station(['customer', '1205'], env);
    expect(inactive.stdout).toMatch(/^Active: +no: may not place orders$/m);
  });

  it('--metadata lists the packing instructions; --json carries both', async () => {
    const run = await station(['customer', '1201', '--metadata'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Metadata:\n  packing.instructions = Jedes Gerät einzeln');
    const none = await station(['customer', '1205', '--metadata'], env);
    expect(none.stdout).toContain('Metadata: none');
    const json = await station(['customer', '1203', '--metadata', '--json'], env);
    expect(JSON.parse(json.stdout)).toEqual({
      customer: await served('/v1/sales/customers/1203'),
      metadata: await served('/v1/sales/customers/1203/metadata'),
    });
    const plain = await station(['customer', '1203', '--json'], env);
    expect(JSON.parse(plain.stdout)).toEqual(await served('/v1/sales/customers/1203'));
  });

  it('says what is wrong: unknown, another provider, offline, beyond int32', async () => {
    const unknown = await station(['customer', '4242'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('does not know customer 4242');
    const foreign = await station(['customer', '8801', '--metadata'], env);
    expect(foreign.stderr).toContain('denied access to customer 8801');
    sim.setFaults({ offline: true });
    try {
      const offline = await station(['customer', '1201'], env);
      expect(offline.code).toBe(1);
      expect(offline.stderr).toMatch(
        /^station customer: (could not connect|The connection to the Equipme API broke)/,
      );
    } finally {
      sim.setFaults({ offline: false });
    }
    const big = await station(['customer', '2147483648'], env);
    expect(big.code).toBe(2);
    expect(big.stderr).toContain('usage: station customer <id|equipme:id> [--metadata]');
  });

  it("help lists both commands, and --help prints each one's usage", async () => {
    const run = await station(['help'], env);
    expect(run.stdout).toContain('station sales-order <id|equipme:id|emporix:ID> [--json]');
    expect(run.stdout).toContain('station customer <id|equipme:id> [--metadata] [--json]');
    const own = await station(['customer', '--help'], {});
    expect(own.code).toBe(0);
    expect(own.stdout).toMatch(
      /^usage: station customer <id\|equipme:id> \[--metadata\].*\n {2}show one customer/,
    );
    expect((await station(['sales-order', '-h'], {})).stdout).toContain(
      'usage: station sales-order <id|equipme:id|emporix:ID>',
    );
  });
});
