// Where the bench finds the station's command line and keeps its scratch files.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const STATION_CLI = join(APP_ROOT, 'electron/cli/station.ts');

/** A fresh folder for one bench run's databases; the caller removes it. */
export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'station-bench-'));
}
