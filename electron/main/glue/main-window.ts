import { BrowserWindow } from 'electron';
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
  window
    .loadURL(options.target.url)
    .catch((error: unknown) => console.error('[window] the station page failed to load:', error));
  return window;
}
