// The station core: one database, its settings, the Equipme backend with its sync engine, printing,
// and a handler for every IPC channel. The desktop app, browser mode and tests all compose it the same way.

import { dirname, join } from 'node:path';
import type { SyncStatus } from '../../../shared/domain/sync-status.ts';
import { forgetOrdersOfOldApi } from '../db/backend-switch.ts';
import { openStationDb, type StationDb } from '../db/connection.ts';
import { lockedOpenCount } from '../db/order-locks.ts';
import { outboxCounts } from '../db/outbox-entries.ts';
import { makePrivateFolder } from '../db/private-files.ts';
import { getStationId } from '../db/station.ts';
import type { InvokeHandlers } from '../ipc/handlers.ts';
import { createPrintService, type PrintServiceOptions } from '../printing/index.ts';
import { probeShop } from '../sources/shop-connection.ts';
import { createAutoPrint } from './auto-print.ts';
import { type Backend, startBackend } from './backend.ts';
import { createChangeFeed } from './change-feed.ts';
import { instructionHandlers } from './instruction-handlers.ts';
import { labelsFolderOf } from './labels-folder.ts';
import { lockHandlers } from './lock-handlers.ts';
import { createOperatorActivity, type OperatorActivity } from './operator-activity.ts';
import { operatorHandlers } from './operator-handlers.ts';
import { orderHandlers } from './order-handlers.ts';
import { outboxHandlers } from './outbox-handlers.ts';
import { pickHandlers } from './pick-handlers.ts';
import { addDefaultPrinting, forgetDemoShipFrom } from './print-defaults.ts';
import { printHandlers } from './print-handlers.ts';
import type { SecretBox } from './secret-box.ts';
import { createSettingsStore } from './settings-store.ts';
import { shipmentHandlers } from './shipment-handlers.ts';
import { type ShopBackends, startShopBackends } from './shop-backends.ts';
import { shopStepHandlers } from './shop-step-handlers.ts';
import type { StationContext } from './station-context.ts';
import { createEventHub, type StationEventListener } from './station-events.ts';
import { stationHandlers } from './station-handlers.ts';

export interface OpenStationOptions {
  /** The station database file; or `dataDir`, where `station.db` is created if missing. */
  dbFile?: string;
  dataDir?: string;
  secretBox: SecretBox;
  shell: 'electron' | 'browser';
  version: string;
  /** Reads STATION_DEMO_ORDERS (size of the demo simulator, default 500). */
  env?: Record<string, string | undefined>;
  /** Printer timeouts and retry backoff (tests shorten them). */
  printing?: Pick<PrintServiceOptions, 'backoff' | 'timings'>;
}

export interface Station {
  handlers: InvokeHandlers;
  events: { on(listener: StationEventListener): () => void };
  /** Stops sync, printing and the demo simulator, then closes the database. */
  close(): Promise<void>;
}

const DEFAULT_DEMO_ORDERS = 500;

export async function openStation(options: OpenStationOptions): Promise<Station> {
  const file = databaseFile(options);
  const db = openStationDb(file);
  try {
    return await compose(db, options, labelsFolderOf(options.dataDir ?? dirname(file)));
  } catch (error) {
    db.close();
    throw error;
  }
}

async function compose(db: StationDb, options: OpenStationOptions, labelsDir: string): Promise<Station> {
  const now = () => new Date();
  const stationId = getStationId(db);
  const hub = createEventHub();
  const activity = createOperatorActivity();
  const feed = createChangeFeed(db, hub, now());
  const settings = createSettingsStore({
    db,
    stationId,
    secretBox: options.secretBox,
    shell: options.shell,
    now,
    sourceProbe: probeShop,
  });
  const demoOrders = demoOrdersFrom(options.env ?? {});
  addDefaultPrinting(db, { labelsDir, demo: settings.current().apiUrl === null, now: now() });
  const printing = createPrintService({ db, now, ...options.printing });
  printing.onJob((job) => hub.push('print:job', job));
  const autoPrint = createAutoPrint(printing);

  // The shops' pulls start after the backend; until then the status lists none.
  let shops: ShopBackends | null = null;
  const begin = (): Promise<Backend> =>
    startBackend({
      db,
      apiUrl: settings.current().apiUrl,
      apiKey: settings.apiKey(),
      demoOrders,
      operatorBusy: activity.busy,
      onEngine: (engine) =>
        engine.onStatus((status) => feed.status({ ...status, shops: shops?.status() ?? [] })),
    });
  let backend = await begin();
  const beginShops = (): Promise<ShopBackends> =>
    startShopBackends({
      db,
      connection: (source) => settings.sources.connection(source),
      onPulled: () => feed.allOrdersChanged(),
      onStatus: () => feed.status(syncStatus()),
    });
  try {
    shops = await beginShops();
  } catch (error) {
    await backend.close();
    throw error;
  }

  const syncStatus = (): SyncStatus => ({ ...equipmeStatus(), shops: shops?.status() ?? [] });
  const equipmeStatus = (): SyncStatus =>
    backend.engine?.status() ?? {
      connectivity: 'unknown',
      role: 'stopped',
      alert: backend.alert,
      counts: outboxCounts(db),
      rateLimitedUntil: null,
      lastPull: null,
      lastSalesPictureAt: null,
      lastProblem: backend.alert?.message ?? null,
      lastProblemAt: null,
      lastSuccessAt: null,
      lockedOrders: lockedOpenCount(db),
    };

  const ctx: StationContext = {
    db,
    stationId,
    shell: options.shell,
    version: options.version,
    now,
    settings,
    backend: () => backend,
    syncStatus,
    feed,
    async restartBackend({ otherApi }) {
      // The old engine stops before the new one starts: never two engines on one outbox.
      await backend.close();
      if (otherApi) forgetOrdersOfOldApi(db);
      backend = await begin();
      if (backend.mode === 'live') forgetDemoShipFrom(db);
      feed.status(syncStatus());
    },
    shops: () => shops as ShopBackends,
    async restartShops() {
      await shops?.close();
      shops = null;
      shops = await beginShops();
      feed.status(syncStatus());
    },
    printing,
    labelsDir,
    afterPacked: autoPrint.afterPacked,
    afterBoxPacked: autoPrint.afterBoxPacked,
  };

  let queue: Promise<unknown> = Promise.resolve();
  const serialize = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => {});
    return run;
  };

  printing.start();
  return {
    handlers: heardBy(activity, {
      ...stationHandlers(ctx, serialize),
      ...orderHandlers(ctx),
      ...pickHandlers(ctx),
      ...outboxHandlers(ctx),
      ...lockHandlers(ctx),
      ...instructionHandlers(ctx),
      ...printHandlers(ctx),
      ...shipmentHandlers(ctx),
      ...shopStepHandlers(ctx),
      ...operatorHandlers(ctx),
    }),
    events: { on: (listener) => hub.on(listener) },
    close: () =>
      serialize(async () => {
        if (!db.open) return;
        await autoPrint.settled();
        await printing.stop();
        await shops?.close();
        await backend.close();
        db.close();
      }),
  };
}

/**
 * The requests someone at the station waits on key by key: a search, a scan that opens an order, a
 * scan counted. Background copies give way to them (station/operator-activity.ts); a screen that
 * merely reloads after a change does not hold the copies back.
 */
const OPERATOR_WAITS: ReadonlySet<string> = new Set(['orders:query', 'orders:lookup', 'picks:record']);

function heardBy(activity: OperatorActivity, handlers: InvokeHandlers): InvokeHandlers {
  const heard: Record<string, (args: never) => Promise<unknown>> = {};
  for (const [channel, handler] of Object.entries(handlers) as [
    string,
    (args: never) => Promise<unknown>,
  ][]) {
    heard[channel] = OPERATOR_WAITS.has(channel)
      ? (args) => {
          activity.touch();
          return handler(args);
        }
      : handler;
  }
  return heard as unknown as InvokeHandlers;
}

function databaseFile(options: OpenStationOptions): string {
  if (options.dbFile) return options.dbFile;
  if (!options.dataDir) throw new TypeError('openStation needs dbFile or dataDir');
  makePrivateFolder(options.dataDir);
  return join(options.dataDir, 'station.db');
}

function demoOrdersFrom(env: Record<string, string | undefined>): number {
  const value = env.STATION_DEMO_ORDERS;
  if (value === undefined || value === '') return DEFAULT_DEMO_ORDERS;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 200_000) {
    throw new TypeError(`STATION_DEMO_ORDERS must be a whole number from 1 to 200000, got '${value}'`);
  }
  return n;
}
