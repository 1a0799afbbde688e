// Who takes a scan on the screen that is open. A feature registers itself while its screen is
// mounted (the order screen: its pick list), so the router knows screens, not features.
import type { Screen } from '../use-navigation-store.ts';

/** 'not-ready': the screen cannot take scans yet (still loading). */
export type ScanTarget = (code: string) => 'taken' | 'not-ready';

const targets = new Map<Screen['name'], ScanTarget>();

/** Sends the scans on `screen` to `target` until the returned function is called. */
export function takeScans(screen: Screen['name'], target: ScanTarget): () => void {
  targets.set(screen, target);
  return () => {
    if (targets.get(screen) === target) targets.delete(screen);
  };
}

export function scanTarget(screen: Screen['name']): ScanTarget | undefined {
  return targets.get(screen);
}
