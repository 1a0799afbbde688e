// The order sources' settings as the renderer sees and changes them: secrets only as "is one set".
import type { ShopSourceName } from '../domain/order-sources.ts';

/** How often a source is asked for new orders, in seconds. */
export const POLL_INTERVAL_SECONDS = { min: 15, max: 3_600, default: 60 } as const;

/**
 * How often Equipme's open orders are pulled, in seconds. A pull pages through every open order, so
 * Equipme is asked less often than a shop; the station's own changes never wait for a pull (the
 * outbox sends them at once), so the default stays today's 5 minutes.
 */
export const EQUIPME_POLL_INTERVAL_SECONDS = { min: 30, max: 3_600, default: 300 } as const;

/** Equipme's own switch and poll interval (its URL and key are the Equipme connection's). */
export interface EquipmeSourceSettings {
  /**
   * Pulled and sent to. Off: the station asks Equipme nothing and sends nothing; changes wait in
   * the outbox, and the cached Equipme orders stay in the queue.
   */
  enabled: boolean;
  pollIntervalSeconds: number;
}

export interface SourceSettingsView {
  source: ShopSourceName;
  /** Pulled and shown in the queue; a disabled source's cached orders stay out of the queue. */
  enabled: boolean;
  /** null: the source's built-in simulator (demo). */
  url: string | null;
  /** Who the station signs in as (marketplace) or whose shop it reads (Emporix tenant): not secret. */
  account: string;
  /** A password or token is saved and readable in this launch. */
  credentialSet: boolean;
  /** Why a saved password or token cannot be used (the key store changed), else null. */
  credentialProblem: string | null;
  pollIntervalSeconds: number;
}

/** A change to one source's settings; absent fields stay as they are. Always needs the supervisor. */
export interface SourceSettingsUpdateArgs {
  source: ShopSourceName;
  enabled?: boolean;
  /** null switches the source back to its built-in simulator. */
  url?: string | null;
  account?: string;
  /** Sealed in main, bound to the URL's origin, never sent back to the renderer. */
  credential?: string;
  pollIntervalSeconds?: number;
  pin?: string;
}
