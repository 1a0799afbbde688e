// The station core: one database, its settings, the Equipme backend with its sync engine, printing,
// and a handler for every IPC channel. The desktop app, browser mode and tests all compose it the same way.

import { dirname, join, resolve } from 'node:path';
import { SHOP_SOURCES } from '../../../shared/domain/order-sources.ts';
import type { SyncStatus } from '../../../shared/domain/sync-status.ts';
import type { DisplayInfo, StationPcSettings } from '../../../shared/ipc/station-pc.ts';
import { forgetOrdersOfOldApi } from '../db/backend-switch.ts';
import { openStationDb, type StationDb } from '../db/connection.ts';
import { lockedOpenCount } from '../db/order-locks.ts';
import { outboxCounts } from '../db/outbox-entries.ts';
import { makePrivateFolder } from '../db/private-files.ts';
import { closeOpenOrdersOfShop } from '../db/shop-cache.ts';
import { getStationId, recordAppVersion } from '../db/station.ts';
import type { InvokeHandlers } from '../ipc/handlers.ts';
import { type LogFiles, openLogFiles, stationLog } from '../logs/station-log.ts';
import { createPrintService, type PrintServiceOptions } from '../printing/index.ts';
import { probeShop } from '../sources/shop-connection.ts';
import type { UpdateFeed } from '../updates/update-feed.ts';
import { createAutoPrint } from './auto-print.ts';
import { type Backend, startBackend } from './backend.ts';
import { type BackupScheduleOptions, startBackupSchedule } from './backup-schedule.ts';
import { createBuiltInShops } from './built-in-shops.ts';
import { createChangeFeed } from './change-feed.ts';
import { refusedWhileClosing, type StationPhase } from './closing-gate.ts';
import { forgetDemoShops, switchOnDemoShops } from './demo-shops.ts';
import { diagnosticsHandlers } from './diagnostics-handlers.ts';
import { exportHandlers } from './export-handlers.ts';
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
import { recoveryHandlers } from './recovery-handlers.ts';
import { rendererErrorHandlers } from './renderer-errors.ts';
import type { SecretBox } from './secret-box.ts';
import { createSettingsStore, type SettingsStore } from './settings-store.ts';
import { shipmentHandlers } from './shipment-handlers.ts';
import { type ShopBackends, startShopBackends } from './shop-backends.ts';
import { shopStepHandlers } from './shop-step-handlers.ts';
import type { StationContext } from './station-context.ts';
import { createEventHub, type StationEventListener } from './station-events.ts';
import { stationHandlers } from './station-handlers.ts';
import { createStationUpdates } from './station-updates.ts';
import { createSyncHistory } from './sync-history.ts';
import { updateHandlers } from './update-handlers.ts';

export interface OpenStationOptions {
  /** The station database file; or `dataDir`, where `station.db` is created if missing. */
  dbFile?: string;
  dataDir?: string;
  secretBox: SecretBox;
  shell: 'electron' | 'browser';
  version: string;
  /** Reads STATION_DEMO_ORDERS (size of the demo simulator, default 500). */
  env?: Record<string, string | undefined>;
  /** The desktop app's update feed (electron-updater); without one the station does not update itself. */
  updates?: UpdateFeed | undefined;
  /** Write the station log to `<data folder>/logs/` (the app and browser mode; tests leave it off). */
  writeLogs?: boolean;
  /** Printer timeouts and retry backoff (tests shorten them). */
  printing?: Pick<PrintServiceOptions, 'backoff' | 'timings'>;
  /** How many backups are kept (default 7), their schedule's timers and warnings (tests give them). */
  backups?: Pick<BackupScheduleOptions, 'keep' | 'timers' | 'warn'>;
  /** How long closing waits for sends already on the wire (default 5 s). */
  closeGraceMs?: number;
  /** The displays the window may open on (the desktop app); absent in browser mode. */
  displays?: () => DisplayInfo[];
}

export interface Station {
  handlers: InvokeHandlers;
  events: { on(listener: StationEventListener): () => void };
  /** The station PC's options (window, start at login, display) and their changes, for the glue. */
  stationPc: {
    current(): StationPcSettings;
    onChange(listener: (settings: StationPcSettings) => void): () => void;
  };
  /**
   * Closes the station (quit, OS shutdown): nothing new starts, sends already on the wire get up to
   * 5 s, the rest is left as a crash leaves it (reconciled on the next start); then sync, printing
   * and the demo simulator stop and the database closes.
   */
  close(): Promise<void>;
}

const DEFAULT_DEMO_ORDERS = 500;
const CLOSE_GRACE_MS = 5_000;

export async function openStation(options: OpenStationOptions): Promise<Station> {
  const file = databaseFile(options);
  const dataDir = options.dataDir ?? dirname(file);
  const db = openStationDb(file, { appVersion: options.version });
  let logs: LogFiles | undefined;
  try {
    const exportsDir = join(resolve(dataDir), 'exports');
    const station = await compose(db, file, options, labelsFolderOf(dataDir), exportsDir, (secrets) => {
      if (options.writeLogs) logs = openLogFiles({ dataDir, secrets, echo: options.shell === 'electron' });
    });
    stationLog.info(`station opened: ${options.shell} ${options.version}, ${file}`);
    return {
      ...station,
      close: () => station.close().finally(() => logs?.close()),
    };
  } catch (error) {
    db.close();
    logs?.close();
    throw error;
  }
}

async function compose(
  db: StationDb,
  dbFile: string,
  options: OpenStationOptions,
  labelsDir: string,
  exportsDir: string,
  startLogs: (secrets: () => string[]) => void,
): Promise<Station> {
  const now = () => new Date();
  const stationId = getStationId(db);
  // A database refused later by an older app names the version that wrote it (db/migrations/runner.ts).
  recordAppVersion(db, options.version);
  const hub = createEventHub();
  const activity = createOperatorActivity();
  const feed = createChangeFeed(db, hub, now());
  switchOnDemoShops(db, { stationId, now: now() });
  const syncHistory = createSyncHistory(now);
  const pcListeners = new Set<(settings: StationPcSettings) => void>();
  const settings = createSettingsStore({
    db,
    stationId,
    secretBox: options.secretBox,
    shell: options.shell,
    now,
    sourceProbe: probeShop,
    onStationPc: (pc) => {
      for (const listener of pcListeners) listener(pc);
    },
  });
  // The saved API key and the shops' credentials are redacted by value too, wherever a message quotes them.
  startLogs(() => knownSecrets(settings));
  if (settings.current().apiUrl !== null) forgetDemoShopsAndOrders(db, settings, now());
  const demoOrders = demoOrdersFrom(options.env ?? {});
  const builtInShops = createBuiltInShops();
  addDefaultPrinting(db, { labelsDir, demo: settings.current().apiUrl === null, now: now() });
  const updates = createStationUpdates({
    db,
    settings,
    feed: options.updates,
    version: options.version,
    now,
    onChange: (view) => hub.push('updates:status', view),
  });
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
      equipme: settings.current().equipme,
      operatorBusy: activity.busy,
      onEngine: (engine) =>
        engine.onStatus((status) => {
          syncHistory.record(status);
          feed.status({ ...status, shops: shops?.status() ?? [] });
          logProblem(status);
          updates.outboxMoved(status.counts.sending);
        }),
    });
  // Each new problem of the sync engine once, not on every status push.
  let loggedProblem: string | null = null;
  const logProblem = (status: SyncStatus) => {
    if (status.lastProblem && status.lastProblem !== loggedProblem)
      stationLog.warn(`[sync] ${status.lastProblem}`);
    loggedProblem = status.lastProblem;
  };
  let backend = await begin();
  // The shops on their built-in simulators run from the start, beside Equipme's demo simulator.
  try {
    await Promise.all(
      SHOP_SOURCES.filter((source) => {
        const shop = settings.sources.connection(source);
        return shop.enabled && shop.url === null;
      }).map((source) => builtInShops.target(source)),
    );
  } catch (error) {
    await backend.close();
    await builtInShops.close();
    throw error;
  }
  // After the migrations (openStationDb ran them): the first backup is of the current schema.
  const backups = startBackupSchedule({ db, dbFile, stationId, now, ...options.backups });
  const beginShops = (): Promise<ShopBackends> =>
    startShopBackends({
      db,
      connection: (source) => settings.sources.connection(source),
      builtIn: (source) => builtInShops.target(source),
      onPulled: () => feed.allOrdersChanged(),
      onStatus: () => feed.status(syncStatus()),
    });
  try {
    shops = await beginShops();
  } catch (error) {
    await backups.stop();
    await backend.close();
    await builtInShops.close();
    throw error;
  }

  const syncStatus = (): SyncStatus => ({ ...equipmeStatus(), shops: shops?.status() ?? [] });
  async function restartShops(): Promise<void> {
    await shops?.close();
    shops = null;
    shops = await beginShops();
    feed.status(syncStatus());
  }
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
      switchedOff: !settings.current().equipme.enabled,
    };

  const ctx: StationContext = {
    db,
    stationId,
    dbFile,
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
      if (backend.mode === 'live') {
        forgetDemoShipFrom(db);
        forgetDemoShopsAndOrders(db, settings, now());
        // The demo's shops may just have been switched off: their pulls stop with them.
        await restartShops();
      }
      feed.status(syncStatus());
    },
    shops: () => shops as ShopBackends,
    restartShops,
    printing,
    labelsDir,
    exportsDir,
    builtInShops,
    afterPacked: autoPrint.afterPacked,
    afterBoxPacked: autoPrint.afterBoxPacked,
    lastBackup: backups.last,
  };

  let queue: Promise<unknown> = Promise.resolve();
  const serialize = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => {});
    return run;
  };

  let phase: StationPhase = 'open';
  printing.start();
  return {
    handlers: refusedWhileClosing(
      () => phase,
      heardBy(activity, {
        ...stationHandlers(ctx, serialize),
        ...recoveryHandlers(options.displays, (showing) => updates.setOrderOpen(showing !== null)),
        ...orderHandlers(ctx),
        ...pickHandlers(ctx),
        ...outboxHandlers(ctx),
        ...lockHandlers(ctx),
        ...instructionHandlers(ctx),
        ...printHandlers(ctx),
        ...shipmentHandlers(ctx),
        ...shopStepHandlers(ctx),
        ...operatorHandlers(ctx),
        ...updateHandlers(updates),
        ...rendererErrorHandlers(now),
        ...exportHandlers(ctx),
        ...diagnosticsHandlers(ctx, syncHistory),
      }),
    ),
    events: { on: (listener) => hub.on(listener) },
    stationPc: {
      current: () => settings.current().stationPc,
      onChange(listener) {
        pcListeners.add(listener);
        return () => pcListeners.delete(listener);
      },
    },
    close() {
      if (phase === 'open') phase = 'closing';
      return serialize(async () => {
        if (!db.open) return;
        updates.close();
        // Sync, printing and a backup under way wind down side by side: the sends' grace is the longest wait.
        await Promise.all([
          backups.stop(),
          backend.close({ graceMs: options.closeGraceMs ?? CLOSE_GRACE_MS }),
          shops?.close(),
          autoPrint.settled().then(() => printing.stop()),
        ]);
        await builtInShops.close();
        db.close();
        phase = 'closed';
      });
    },
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

/**
 * The station went live: the shops its demo switched on are switched off (demo-shops.ts), and the
 * demo orders they brought leave the queue with them, so none passes for a real shop's.
 */
function forgetDemoShopsAndOrders(db: StationDb, settings: SettingsStore, now: Date): void {
  const onDemo = SHOP_SOURCES.filter((source) => {
    const shop = settings.sources.connection(source);
    return shop.enabled && shop.url === null;
  });
  forgetDemoShops(db, settings.sources, now);
  for (const source of onDemo) {
    if (!settings.sources.connection(source).enabled) closeOpenOrdersOfShop(db, source);
  }
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

/** The secrets the station holds, by value: the Equipme API key and each shop's password or token. */
function knownSecrets(settings: SettingsStore): string[] {
  const reads = [
    settings.apiKey(),
    ...SHOP_SOURCES.map((source) => settings.sources.connection(source).credentialRead),
  ];
  return reads.flatMap((read) => (read.state === 'readable' ? [read.key] : []));
}
