import { BrowserWindow } from 'electron';
import { stationLog } from '../logs/station-log.ts';
import type { RendererTarget } from './renderer-target.ts';
import { hardenWebContents } from './security.ts';

export interface MainWindowOptions {
  /** Absolute path of the CommonJS preload (a sandboxed preload cannot be ESM). */
  preloadPath: string;
  target: RendererTarget;
}

/** The station's one window: sized for a 1920×1080 screen, sandboxed, isolated from Node. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1920,
    height: 1080,
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
  hardenWebContents(window.webContents, options.target.isAppUrl);
  window.once('ready-to-show', () => window.show());
  const { load } = options.target;
  const loading = load.kind === 'url' ? window.loadURL(load.url) : window.loadFile(load.path);
  loading.catch((error: unknown) => stationLog.error('[window] the station page failed to load:', error));
  // A crashed renderer cannot report itself: main writes down why it went.
  window.webContents.on('render-process-gone', (_event, details) =>
    stationLog.error(
      `[window] the station page's process ended: ${details.reason} (exit code ${details.exitCode})`,
    ),
  );
  return window;
}
