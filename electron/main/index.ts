// Composition root of the desktop app: the station core (database, settings, Equipme backend, sync)
// behind the IPC contract, the hardened window, and a clean shutdown.
import { join } from 'node:path';
import { app, type BrowserWindow, dialog, ipcMain, protocol, safeStorage, session } from 'electron';
import { registerAppScheme, serveAppScheme } from './glue/app-protocol.ts';
import { createMainWindow } from './glue/main-window.ts';
import { rendererTarget } from './glue/renderer-target.ts';
import { safeStorageSecretBox } from './glue/secret-box.ts';
import { hardenSession, isTrustedSender } from './glue/security.ts';
import { contentSecurityPolicy } from './host/csp.ts';
import { registerHandlers } from './ipc/register-handlers.ts';
import { openStation, type Station } from './station/index.ts';

let mainWindow: BrowserWindow | undefined;

async function start(): Promise<void> {
  const station = await openStation({
    dataDir: app.getPath('userData'),
    secretBox: safeStorageSecretBox(safeStorage),
    shell: 'electron',
    version: app.getVersion(),
    env: process.env,
  });
  closeOnQuit(station);

  serveAppScheme(protocol, join(import.meta.dirname, '../renderer'));
  const target = rendererTarget(process.env.ELECTRON_RENDERER_URL);
  hardenSession(session.defaultSession, contentSecurityPolicy(undefined, devServerNonce()));
  registerHandlers(ipcMain, station.handlers, { isTrustedSender: isTrustedSender(target.isAppUrl) });
  station.events.on(({ event, payload }) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(event, payload);
  });
  mainWindow = createMainWindow({ preloadPath: join(import.meta.dirname, '../preload/index.cjs'), target });
}

/** Under `npm run dev` only: the nonce electron.vite.config.ts gave Vite's injected script and styles. */
function devServerNonce(): string | undefined {
  return process.env.ELECTRON_RENDERER_URL ? process.env.STATION_DEV_CSP_NONCE : undefined;
}

/** Quitting waits for the core: the sync engine stops and the database closes before the process ends. */
function closeOnQuit(station: Station): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    station
      .close()
      .catch((error: unknown) => console.error('[station] closing failed:', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}

// Before `ready`, or app:// is no standard, secure origin.
registerAppScheme(protocol);

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox(
        'Packing Station cannot start',
        error instanceof Error ? error.message : String(error),
      );
      app.exit(1);
    });
} else {
  app.quit();
}
