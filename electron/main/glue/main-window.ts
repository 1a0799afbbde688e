import { BrowserWindow } from 'electron';
import { stationLog } from '../logs/station-log.ts';
import type { RenderGoneAction, RenderGoneReason } from '../recovery/renderer-recovery.ts';
import type { WindowPlacement } from '../station/window-placement.ts';
import type { RendererTarget } from './renderer-target.ts';
import { hardenWebContents } from './security.ts';

export interface MainWindowOptions {
  /** Absolute path of the CommonJS preload (a sandboxed preload cannot be ESM). */
  preloadPath: string;
  target: RendererTarget;
  /** Where it opens and how it fills the screen (station/window-placement.ts). */
  placement: WindowPlacement;
  /** The page's process is gone: reload it, show the error page, or nothing (recovery/). */
  onPageGone(reason: RenderGoneReason): RenderGoneAction;
  /** "Restart station" on the error page. */
  onRestart(): void;
}

/** The station's one window: sandboxed, isolated from Node, placed as the station PC's options say. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { placement, target } = options;
  const window = new BrowserWindow({
    ...placement.bounds,
    fullscreen: placement.fullscreen,
    kiosk: placement.kiosk,
    minWidth: 1280,
    minHeight: 720,
    title: 'Packing Station',
    backgroundColor: '#101418',
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  hardenWebContents(window.webContents, target.isAppUrl);
  window.once('ready-to-show', () => window.show());
  const show = (url: string) => {
    window
      .loadURL(url)
      .catch((error: unknown) => stationLog.error('[window] the station page failed to load:', error));
  };
  window.webContents.on('render-process-gone', (_event, details) => {
    const action = options.onPageGone(details.reason);
    if (action === 'reload') show(target.url);
    else if (action === 'error-page') show(target.errorPageUrl);
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!target.isRestartRequest(url)) return;
    event.preventDefault();
    options.onRestart();
  });
  show(target.url);
  return window;
}

/** The station PC's options changed: the window follows at once. */
export function placeWindow(window: BrowserWindow, placement: WindowPlacement): void {
  // Leaving full screen first lets the window move to another display.
  window.setKiosk(false);
  window.setFullScreen(false);
  window.setBounds(placement.bounds);
  if (placement.fullscreen) window.setFullScreen(true);
  if (placement.kiosk) window.setKiosk(true);
}
