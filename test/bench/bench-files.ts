// Where the bench finds the station's command line and keeps its scratch files.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_ROOT = fileURLToPath(new URL('../../', import.meta.url));
// The `station` bin as npx runs it: the built CLI while it is current (`npm run build`), else the sources.
export const STATION_CLI = join(APP_ROOT, 'electron/cli/station.js');

/** A fresh folder for one bench run's databases; the caller removes it. */
export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'station-bench-'));
}
