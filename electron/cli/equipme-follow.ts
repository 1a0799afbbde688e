// A running `station sync` follows Equipme's switch and poll interval as the app's Settings change
// them in the same database: switched off, the engine asks and sends nothing more; on again, it
// carries on. Each change is said on stderr.
import type { EquipmeSourceSettings } from '../../shared/ipc/sources.ts';
import type { StationDb } from '../main/db/connection.ts';
import { engineSchedule } from '../main/sync/equipme-settings.ts';
import type { SyncEngine } from '../main/sync/sync-engine.ts';
import { equipmeSettings } from './equipme-switch.ts';

/** How often the stored switch is read again: a settings change is a person's, seconds are fine. */
export const FOLLOW_EVERY_MS = 2_000;

/** Starts following; returns the function that stops it. */
export function followEquipmeSwitch(
  db: StationDb,
  engine: SyncEngine,
  started: EquipmeSourceSettings,
  say: (line: string) => void,
  everyMs = FOLLOW_EVERY_MS,
): () => void {
  let known = started;
  const look = () => {
    let now: EquipmeSourceSettings;
    try {
      now = equipmeSettings(db);
    } catch {
      // The engine meets a failing database itself and says so; the switch is read again next time.
      return;
    }
    if (now.enabled === known.enabled && now.pollIntervalSeconds === known.pollIntervalSeconds) return;
    if (now.enabled !== known.enabled) {
      say(
        now.enabled
          ? 'Equipme was switched on again in Settings: sending and fetching go on'
          : 'Equipme was switched off in Settings: nothing more is asked or sent until it is switched on again',
      );
    }
    engine.configure(engineSchedule(now));
    known = now;
  };
  const timer = setInterval(look, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
