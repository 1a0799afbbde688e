// Demo mode with all three sources: a station without an Equipme API (the quick start's `npm start`)
// switches on each shop nobody has set up, against its built-in simulator, so a newcomer sees orders
// of all three. A shop a supervisor set up or switched off, and any station with an Equipme API,
// are never changed.
import { SHOP_SOURCES, type ShopSourceName } from '../../../shared/domain/order-sources.ts';
import { appendAudit } from '../db/audit-log.ts';
import type { StationDb } from '../db/connection.ts';
import { readSettings, writeSettings } from '../db/settings.ts';
import { DEFAULT_SOURCE, sourceSettingsKey } from './source-settings.ts';

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
      for (const source of untouched) {
        writeSettings(db, { [sourceSettingsKey(source)]: { ...DEFAULT_SOURCE, enabled: true } }, options.now);
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
