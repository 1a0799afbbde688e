// Updates as the renderer sees them: where the updater stands, and whether it may ask the operator.

export type UpdateChannel = 'stable' | 'beta';

/** What stops an install right now (never an open order, never a step on its way to Equipme). */
export type InstallBlocker = 'order-open' | 'sending' | 'not-ready';

export type UpdatePhase = 'off' | 'idle' | 'checking' | 'downloading' | 'ready' | 'installing' | 'failed';

export interface UpdateView {
  /** 'off': this shell does not update itself (browser mode, a development build). */
  phase: UpdatePhase;
  channel: UpdateChannel;
  /** The app's own version. */
  currentVersion: string;
  /** The version found, downloading, ready or installing. */
  version: string | null;
  /** A failed check or download in words, while failed. */
  problem: string | null;
  /** ISO time of the next try after a failure. */
  retryAt: string | null;
  lastCheckedAt: string | null;
  /** Show "An update is ready — install now / later": ready, nothing open or sending, not put off. */
  offer: boolean;
  /** The hour (0–23, this computer's time) an update that is ready installs by itself; null: never. */
  quietHour: number | null;
}

/** An error in the renderer, forwarded to the main process's log. */
export interface RendererErrorArgs {
  kind: 'error' | 'unhandled-rejection' | 'render';
  message: string;
  stack?: string;
  /** Where: a script URL and line, or the component stack of a render error. */
  source?: string;
}
