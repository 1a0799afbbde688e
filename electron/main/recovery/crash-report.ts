// Where a crash is written down: the station log (stderr until the station has opened its files).
import { stationLog } from '../logs/station-log.ts';

export function reportCrash(what: string, error?: unknown): void {
  stationLog.error(`[crash] ${what}`, ...(error === undefined ? [] : [error]));
}
