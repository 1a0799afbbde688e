import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { station } from '../../fixtures/cli.ts';

let sim: Simulator;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  sim = await startSimulator({ seed: 11, orders: 1200 });
  env = { STATION_API_URL: sim.url, STATION_API_KEY: sim.apiKey };
});
afterAll(() => sim.close());

describe('station orders', () => {
  it('lists every order across pages as JSON, filtered by status', async () => {
    const run = await station(['orders', '--status', 'new,inprocess', '--json'], env);
    expect(run.code).toBe(0);
    const orders = JSON.parse(run.stdout) as FulfillmentOrder[];
    const expected = sim
      .orderIds()
      .map((id) => sim.order(id))
      .filter((o) => o && (o.status === 'new' || o.status === 'inprocess'));
    expect(orders.length).toBe(expected.length);
    expect(orders.length).toBeGreaterThan(100);
    expect(new Set(orders.map((o) => o.status))).toEqual(new Set(['new', 'inprocess']));
    expect(new Set(orders.map((o) => o.id)).size).toBe(orders.length);
  });

  it('prints a table for people, honouring --limit and --type', async () => {
    const run = await station(['orders', '--type', 'return', '--limit', '5'], env);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ID\s+ORDER\s+STATUS\s+TYPE/);
    expect(lines).toHaveLength(1 + 5 + 1);
    for (const line of lines.slice(1, 6)) expect(line).toMatch(/\breturn\b/);
    expect(lines.at(-1)).toBe('5 orders');
  });

  it('says what to do when no API is configured, or the key is rejected', async () => {
    const none = await station(['orders'], {});
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('STATION_API_URL');

    const wrongKey = await station(['orders'], { ...env, STATION_API_KEY: 'nope' });
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toMatch(/key/i);
    expect(wrongKey.stderr).not.toContain('nope');
  });

  it('rejects an unknown status before calling the API', async () => {
    const run = await station(['orders', '--status', 'shipped'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown status 'shipped'");
  });
});
