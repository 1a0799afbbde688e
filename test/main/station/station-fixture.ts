// A station core on a temp database with the demo simulator, its handlers behind registerHandlers
// with a fake ipcMain (so every call goes through the same validation as in the app).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { openStationDb } from '../../../electron/main/db/connection.ts';
import { upsertPulledOrders } from '../../../electron/main/db/orders.ts';
import { registerHandlers } from '../../../electron/main/ipc/register-handlers.ts';
import {
  createSessionSecretBox,
  type OpenStationOptions,
  openStation,
  type SecretBox,
  type Station,
  type StationEvent,
} from '../../../electron/main/station/index.ts';
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import type { InvokeChannel, InvokeParams, InvokeResult } from '../../../shared/ipc/contract.ts';
import type { IpcResponse } from '../../../shared/ipc/envelope.ts';
import { fakeIpcMain } from '../ipc/fake-ipc-main.ts';

export interface TestStation {
  station: Station;
  events: StationEvent[];
  /** Calls a channel through the IPC gate, as the renderer would. */
  call<C extends InvokeChannel>(
    channel: C,
    ...params: InvokeParams<C>
  ): Promise<IpcResponse<InvokeResult<C>>>;
  /** Same, but the call must succeed. */
  value<C extends InvokeChannel>(channel: C, ...params: InvokeParams<C>): Promise<InvokeResult<C>>;
  /** Raw arguments, for payloads the types would not allow. */
  callRaw(channel: string, args?: unknown): Promise<unknown>;
}

export async function startTestStation(
  dbFile: string,
  opts: {
    secretBox?: SecretBox;
    demoOrders?: number;
    waitForPull?: boolean;
    printing?: OpenStationOptions['printing'];
  } = {},
): Promise<TestStation> {
  const station = await openStation({
    ...(opts.printing ? { printing: opts.printing } : {}),
    dbFile,
    secretBox: opts.secretBox ?? createSessionSecretBox(),
    shell: 'browser',
    version: '0.1.0-test',
    env: { STATION_DEMO_ORDERS: String(opts.demoOrders ?? 80) },
  });
  const events: StationEvent[] = [];
  station.events.on((event) => events.push(event));
  const ipc = fakeIpcMain();
  registerHandlers(ipc, station.handlers, { isTrustedSender: () => true, logError: () => {} });
  const call = ((channel: string, ...params: unknown[]) =>
    ipc.call(channel, ...params)) as TestStation['call'];
  const value = (async (channel: InvokeChannel, ...params: unknown[]) => {
    const response = (await ipc.call(channel, ...params)) as IpcResponse<unknown>;
    if (!response.ok) expect.fail(`${channel} failed: ${response.error.code} ${response.error.message}`);
    return response.value;
  }) as TestStation['value'];
  const test: TestStation = {
    station,
    events,
    call,
    value,
    callRaw: (channel, args) => ipc.call(channel, args),
  };
  if (opts.waitForPull !== false)
    await until('the first pull', async () => (await value('sync:status')).lastPull !== null);
  return test;
}

export async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 15_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) expect.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Puts orders into the station's cache as a pull would (a second connection to the same file). */
export function cacheOrders(dbFile: string, orders: FulfillmentOrder[]): void {
  const db = openStationDb(dbFile);
  try {
    upsertPulledOrders(db, orders, new Date());
  } finally {
    db.close();
  }
}

export interface StationFixtures {
  dir: string;
  dbFile: string;
  st: TestStation;
}

export const stationTest = test.extend<StationFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern
  dir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'packing-station-core-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  dbFile: async ({ dir }, use) => {
    await use(join(dir, 'station.db'));
  },
  st: async ({ dbFile }, use) => {
    const st = await startTestStation(dbFile);
    await use(st);
    await st.station.close();
  },
});
