// orders:list end to end in plain Node: IPC gate → handler → real Equipme client → embedded simulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEquipmeClient } from '../../../electron/main/api/index.ts';
import { createOrderHandlers } from '../../../electron/main/ipc/order-handlers.ts';
import { registerHandlers } from '../../../electron/main/ipc/register-handlers.ts';
import { createStationHandlers } from '../../../electron/main/ipc/station-handlers.ts';
import { createStationStatus } from '../../../electron/main/ipc/station-status.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import type { OrderList } from '../../../shared/ipc/orders.ts';
import { fakeIpcMain } from './fake-ipc-main.ts';

let simulator: Simulator;
const pushed: unknown[] = [];
const ipc = fakeIpcMain();

beforeAll(async () => {
  simulator = await startSimulator({ seed: 1, orders: 60 });
  const client = createEquipmeClient({ baseUrl: simulator.url, apiKey: simulator.apiKey });
  const status = createStationStatus((event, payload) => pushed.push([event, payload]));
  registerHandlers(
    ipc,
    {
      ...createStationHandlers({ version: '0.1.0', mode: 'demo', apiUrl: simulator.url, printer: 'file' }),
      ...createOrderHandlers({ client, signal: new AbortController().signal, status }),
    },
    { isTrustedSender: () => true },
  );
});

afterAll(() => simulator.close());

describe('orders:list against the simulator', () => {
  it('lists open orders as queue summaries and reports the station online', async () => {
    const response = (await ipc.call('orders:list', { status: ['new'], limit: 10 })) as {
      ok: true;
      value: OrderList;
    };
    expect(response.ok).toBe(true);
    expect(response.value.orders.length).toBeGreaterThan(0);
    expect(response.value.orders.length).toBeLessThanOrEqual(10);
    expect(response.value.total).toBeGreaterThanOrEqual(response.value.orders.length);
    for (const order of response.value.orders) {
      expect(order.status).toBe('new');
      expect(order.orderNumber).not.toBe('');
      expect(order.customerName).not.toBe('');
      expect(Number.isNaN(Date.parse(order.created))).toBe(false);
    }
    expect(pushed.at(-1)).toEqual(['station:status', { online: true }]);
  });

  it('answers with the client operator message when the simulator is gone', async () => {
    const gone = await startSimulator({ seed: 2, orders: 1 });
    await gone.close();
    const client = createEquipmeClient({ baseUrl: gone.url, apiKey: gone.apiKey, timeoutMs: 2000 });
    const status = createStationStatus((event, payload) => pushed.push([event, payload]));
    const list = createOrderHandlers({ client, signal: new AbortController().signal, status })['orders:list'];
    const response = await list({ limit: 1 });
    expect(response).toMatchObject({ ok: false, error: { code: 'api-error' } });
    expect(!response.ok && response.error.message).toMatch(/Equipme/);
    expect(pushed.at(-1)).toEqual(['station:status', { online: false }]);
  });
});
