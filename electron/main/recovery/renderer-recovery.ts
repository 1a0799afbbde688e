// What the window does when its page's process is gone (render-process-gone): reload and let the
// page reopen the order it showed, up to three times in a few minutes; after that a crash loop is
// not helped by reloading, and the window shows the plain error page with "Restart station".
import { type CrashWindow, mayRetry, withFailure } from './crash-window.ts';

/** Electron's `RenderProcessGoneDetails.reason`. */
export type RenderGoneReason =
  | 'clean-exit'
  | 'abnormal-exit'
  | 'killed'
  | 'crashed'
  | 'oom'
  | 'launch-failed'
  | 'integrity-failure'
  | 'memory-eviction';

export type RenderGoneAction = 'reload' | 'error-page' | 'nothing';

export const RENDERER_RELOADS: CrashWindow = { limit: 3, windowMs: 5 * 60_000 };

export interface RendererRecovery {
  /** A page's process is gone: what the window does now. */
  gone(reason: RenderGoneReason, nowMs: number): RenderGoneAction;
}

/** `closing`: the app is quitting, the page went with it on purpose. */
export function createRendererRecovery(
  closing: () => boolean,
  window: CrashWindow = RENDERER_RELOADS,
): RendererRecovery {
  let crashes: number[] = [];
  return {
    gone(reason, nowMs) {
      if (closing() || reason === 'clean-exit') return 'nothing';
      crashes = withFailure(crashes, nowMs, window);
      return mayRetry(crashes, window) ? 'reload' : 'error-page';
    },
  };
}
