// What the channel handlers share: the database, the settings, the current backend, the feed of
// pushed changes and printing.
import type { SyncStatus } from '../../../shared/domain/sync-status.ts';
import type { StationDb } from '../db/connection.ts';
import type { LabelBox, PrintService } from '../printing/index.ts';
import type { Backend } from './backend.ts';
import type { BackupSchedule } from './backup-schedule.ts';
import type { BuiltInShops } from './built-in-shops.ts';
import type { ChangeFeed } from './change-feed.ts';
import type { SettingsStore } from './settings-store.ts';
import type { ShopBackends } from './shop-backends.ts';

export interface StationContext {
  db: StationDb;
  stationId: string;
  /** The station database file; its folder is the data folder (backups/, diagnostics/, logs/). */
  dbFile: string;
  shell: 'electron' | 'browser';
  version: string;
  now: () => Date;
  settings: SettingsStore;
  backend(): Backend;
  /** The engine's snapshot, or one the station makes while there is no engine. */
  syncStatus(): SyncStatus;
  feed: ChangeFeed;
  /**
   * Stops the current backend and starts one for the current settings. For another API the cached
   * orders and pick records of the old one are forgotten first.
   */
  restartBackend(opts: { otherApi: boolean }): Promise<void>;
  /** The shops' pulls (sync/shop-pulls.ts), running beside the Equipme backend. */
  shops(): ShopBackends;
  /** Stops the shops' pulls and starts them for the current settings (a shop's settings changed). */
  restartShops(): Promise<void>;
  printing: PrintService;
  /** Where file printers set up from the station window write (`<dataDir>/labels`). */
  labelsDir: string;
  /** Where the UI's exports of what was packed are written (`<dataDir>/exports`). */
  exportsDir: string;
  /** The shops' built-in simulators, for a shop switched on without a URL (started when first asked). */
  builtInShops: BuiltInShops;
  /** The packed step of an order was queued: auto-print in the background. */
  afterPacked(orderId: number, operator: string): void;
  /** The orders of a box were packed together: auto-print gives the box one label. */
  afterBoxPacked(box: LabelBox, operator: string): void;
  /** The last backup the station tried, and how it went (null before the first). */
  lastBackup: BackupSchedule['last'];
}
