// The Equipme the station talks to and the sync engine on top of it: the embedded simulator in demo
// mode, the configured API in live mode, or none while the live API key is missing or unreadable.
import type { StationAlert } from '../../../shared/domain/sync-status.ts';
import type { EquipmeSourceSettings } from '../../../shared/ipc/sources.ts';
import type { StationMode } from '../../../shared/ipc/station.ts';
import { createEquipmeClient } from '../api/index.ts';
import { createSalesClient } from '../api/sales-client.ts';
import type { StationDb } from '../db/connection.ts';
import { startSimulator } from '../simulator/index.ts';
import { engineSchedule } from '../sync/equipme-settings.ts';
import { createSyncEngine, type SyncEngine } from '../sync/sync-engine.ts';
import type { ApiKeyRead } from './settings-store.ts';

export interface Backend {
  mode: StationMode;
  /** The API base URL (the simulator's in demo mode). */
  apiUrl: string;
  /** Null while the station cannot talk to Equipme at all (see `alert`). */
  engine: SyncEngine | null;
  /** Why there is no engine, for the sync status. */
  alert: StationAlert | null;
  /**
   * Stops the engine first (sends on the wire get `graceMs`: see SyncEngine.stop), then the
   * simulator; the outbox stays as it is.
   */
  close(options?: { graceMs?: number }): Promise<void>;
}

export interface BackendOptions {
  db: StationDb;
  apiUrl: string | null;
  apiKey: ApiKeyRead;
  demoOrders: number;
  /** On or off and the poll interval; a change later goes to the running engine (SyncEngine.configure). */
  equipme: EquipmeSourceSettings;
  /** Asked before each sales picture fetch: while the operator is busy, the copies give way. */
  operatorBusy?: () => boolean;
  /** Subscribed before the engine starts, so the first status is not missed. */
  onEngine(engine: SyncEngine): void;
}

export async function startBackend(options: BackendOptions): Promise<Backend> {
  const { apiUrl, apiKey } = options;
  if (apiUrl === null) {
    const simulator = await startSimulator({ seed: 1, orders: options.demoOrders });
    const engine = runEngine(options, simulator.url, simulator.apiKey);
    return {
      mode: 'demo',
      apiUrl: simulator.url,
      engine,
      alert: null,
      async close(closeOptions) {
        await engine.stop(closeOptions);
        await simulator.close();
      },
    };
  }
  if (apiKey.state !== 'readable') {
    const message =
      apiKey.state === 'unreadable'
        ? apiKey.message
        : 'No API key is set for the Equipme API: enter it in Settings. Changes are kept until then.';
    return {
      mode: 'live',
      apiUrl,
      engine: null,
      alert: { code: 'api-key-rejected', message },
      close: async () => {},
    };
  }
  const engine = runEngine(options, apiUrl, apiKey.key);
  return { mode: 'live', apiUrl, engine, alert: null, close: (closeOptions) => engine.stop(closeOptions) };
}

function runEngine(options: BackendOptions, baseUrl: string, apiKey: string): SyncEngine {
  const engine = createSyncEngine({
    db: options.db,
    client: createEquipmeClient({ baseUrl, apiKey }),
    ...engineSchedule(options.equipme),
    sales: {
      reads: createSalesClient({ baseUrl, apiKey }),
      ...(options.operatorBusy ? { refresh: { giveWay: options.operatorBusy } } : {}),
    },
  });
  options.onEngine(engine);
  // Pulls the open orders at once, then drains the outbox (unless Equipme is switched off).
  engine.start();
  return engine;
}
