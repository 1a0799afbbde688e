// Demo mode with all three sources: a station without an Equipme API (the quick start's `npm start`)
// switches on each shop nobody has set up, against its built-in simulator, so a newcomer sees orders
// of all three. A shop a supervisor set up or switched off, and any station with an Equipme API,
// are never changed; once the station goes live, the shops the demo switched on that still pull from
// their simulator are switched off again, so no demo order reaches a real queue.
import { SHOP_SOURCES, type ShopSourceName } from '../../../shared/domain/order-sources.ts';
import { appendAudit } from '../db/audit-log.ts';
import type { StationDb } from '../db/connection.ts';
import { readSettings, writeSettings } from '../db/settings.ts';
import { DEFAULT_SOURCE, type SourceSettings, sourceSettingsKey } from './source-settings.ts';

/** The shops the demo switched on, until the station goes live. */
const DEMO_SHOPS_KEY = 'demo.shops';

/** Switches the untouched shops of a demo station on; says which. Run before the settings are read. */
export function switchOnDemoShops(
  db: StationDb,
  options: { stationId: string; now: Date },
): ShopSourceName[] {
  return db
    .transaction(() => {
      const stored = readSettings(db);
      const apiUrl = stored.get('apiUrl');
      if (apiUrl !== undefined && apiUrl !== null) return [];
      const untouched = SHOP_SOURCES.filter((source) => !stored.has(sourceSettingsKey(source)));
      if (untouched.length === 0) return [];
      writeSettings(
        db,
        {
          ...Object.fromEntries(
            untouched.map((source) => [sourceSettingsKey(source), { ...DEFAULT_SOURCE, enabled: true }]),
          ),
          [DEMO_SHOPS_KEY]: [...demoShops(stored), ...untouched],
        },
        options.now,
      );
      for (const source of untouched) {
        appendAudit(db, {
          at: options.now,
          stationId: options.stationId,
          operator: null,
          kind: 'settings-changed',
          detail: { source, changed: ['enabled'], demo: true },
        });
      }
      return untouched;
    })
    .immediate();
}

/**
 * The station has an Equipme API now: the shops the demo switched on that are still on their
 * built-in simulator are switched off (a supervisor switches a real shop on in Settings).
 */
export function forgetDemoShops(
  db: StationDb,
  sources: Pick<SourceSettings, 'connection' | 'switchOff'>,
  now: Date,
): void {
  const stored = readSettings(db);
  if (!stored.has(DEMO_SHOPS_KEY)) return;
  const still = demoShops(stored).filter((source) => {
    const shop = sources.connection(source);
    return shop.enabled && shop.url === null;
  });
  sources.switchOff(still, { demo: 'station went live' });
  writeSettings(db, { [DEMO_SHOPS_KEY]: undefined }, now);
}

function demoShops(stored: ReadonlyMap<string, unknown>): ShopSourceName[] {
  const listed = stored.get(DEMO_SHOPS_KEY);
  return SHOP_SOURCES.filter((source) => Array.isArray(listed) && listed.includes(source));
}
