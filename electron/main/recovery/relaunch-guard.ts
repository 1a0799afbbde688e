// Main's own crash (an uncaught error): relaunch, unless it already relaunched three times in ten
// minutes, when a relaunch would only crash again: then it stays down and says so. Each relaunch
// is a new process, so the times are kept in a small file beside the database.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type CrashWindow, mayRetry, withFailure } from './crash-window.ts';

export const MAIN_RELAUNCHES: CrashWindow = { limit: 3, windowMs: 10 * 60_000 };

const FILE = 'relaunches.json';
const stored = z.object({ crashes: z.array(z.number()) });

export type RelaunchDecision = 'relaunch' | 'stay-down';

/** Records a crash of main at `nowMs` in `dataDir`; whether to relaunch. */
export function crashedOnce(dataDir: string, nowMs: number, window = MAIN_RELAUNCHES): RelaunchDecision {
  const crashes = withFailure(readCrashes(dataDir), nowMs, window);
  try {
    writeFileSync(join(dataDir, FILE), JSON.stringify({ crashes }), { mode: 0o600 });
  } catch {
    // Unwritable: this crash is not counted, and the relaunch still happens. A loop of them is
    // then stopped only by the operator, which beats a station that never comes back.
  }
  return mayRetry(crashes, window) ? 'relaunch' : 'stay-down';
}

function readCrashes(dataDir: string): number[] {
  try {
    const parsed = stored.safeParse(JSON.parse(readFileSync(join(dataDir, FILE), 'utf8')));
    return parsed.success ? parsed.data.crashes : [];
  } catch {
    return [];
  }
}

/** The dialog when main stays down. */
export const STAYS_DOWN_MESSAGE =
  'Packing Station stopped after an error, and it stopped three times in ten minutes: it does not start again by itself. Start it from the desktop; if it stops again, call support (the log names the error).';
