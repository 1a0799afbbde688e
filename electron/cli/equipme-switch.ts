// Equipme as the station's settings have it, for the commands that would talk to it from this
// database (`station sync`, `station pull`): switched off in Settings, they ask it nothing.
import { unsettled } from '../../shared/domain/sync-status.ts';
import type { EquipmeSourceSettings } from '../../shared/ipc/sources.ts';
import type { StationDb } from '../main/db/connection.ts';
import { outboxCounts } from '../main/db/outbox-entries.ts';
import { readSettings } from '../main/db/settings.ts';
import { storedEquipme } from '../main/sync/equipme-settings.ts';
import { count } from './count.ts';

/** Equipme's switch and poll interval as stored for this station. */
export function equipmeSettings(db: StationDb): EquipmeSourceSettings {
  return storedEquipme(readSettings(db));
}

/**
 * Why the command does nothing, when Equipme is switched off: what waits and who switches it on.
 * `midway`: it was switched off while the command ran, which stopped there.
 */
export function switchedOffText(db: StationDb, midway = false): string {
  const waiting = unsettled(outboxCounts(db));
  const what = midway ? 'nothing more is sent' : 'nothing was asked or sent';
  return `Equipme is switched off in Settings on this station: ${count(waiting, 'change')} wait${waiting === 1 ? 's' : ''}, ${what}. A supervisor switches it on in Settings, Equipme connection.`;
}
