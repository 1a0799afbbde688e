// Equipme's switch and poll interval as stored (key `equipme`): read back by the settings store and
// by `station sources`, `station sync` and `station pull`, which open no settings store. A value that
// does not parse (an older app, a hand edit) is the default: Equipme on, pulled every 5 minutes.
import { z } from 'zod';
import { EQUIPME_POLL_INTERVAL_SECONDS, type EquipmeSourceSettings } from '../../../shared/ipc/sources.ts';

/** The settings key Equipme's switch and poll interval are stored under. */
export const EQUIPME_SETTINGS_KEY = 'equipme';

export const DEFAULT_EQUIPME: EquipmeSourceSettings = {
  enabled: true,
  pollIntervalSeconds: EQUIPME_POLL_INTERVAL_SECONDS.default,
};

export const STORED_EQUIPME: z.ZodType<EquipmeSourceSettings> = z.object({
  enabled: z.boolean(),
  pollIntervalSeconds: z.int().min(EQUIPME_POLL_INTERVAL_SECONDS.min).max(EQUIPME_POLL_INTERVAL_SECONDS.max),
});

/** Equipme's switch and poll interval from the stored settings. */
export function storedEquipme(stored: ReadonlyMap<string, unknown>): EquipmeSourceSettings {
  const parsed = STORED_EQUIPME.safeParse(stored.get(EQUIPME_SETTINGS_KEY));
  return parsed.success ? parsed.data : DEFAULT_EQUIPME;
}

/** What the sync engine makes of them (SyncEngine.configure). */
export function engineSchedule(settings: EquipmeSourceSettings): {
  switchedOff: boolean;
  pullIntervalMs: number;
} {
  return { switchedOff: !settings.enabled, pullIntervalMs: settings.pollIntervalSeconds * 1_000 };
}
