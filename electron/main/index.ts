// Composition root of the desktop app: the station core (database, settings, Equipme backend, sync)
// behind the IPC contract, the hardened window, and a clean shutdown.
import { join } from 'node:path';
import { app, type BrowserWindow, dialog, ipcMain, safeStorage, session } from 'electron';
import { StationDbError } from './db/connection.ts';
import { createMainWindow } from './glue/main-window.ts';
import { rendererTarget } from './glue/renderer-target.ts';
import { safeStorageSecretBox } from './glue/secret-box.ts';
import { hardenSession, isTrustedSender } from './glue/security.ts';
import { desktopUpdateFeed } from './glue/updates.ts';
import { registerHandlers } from './ipc/register-handlers.ts';
import { stationLog } from './logs/station-log.ts';
import { openStation, type Station } from './station/index.ts';

let mainWindow: BrowserWindow | undefined;

async function start(): Promise<void> {
  const station = await openStation({
    dataDir: app.getPath('userData'),
    secretBox: safeStorageSecretBox(safeStorage),
    shell: 'electron',
    version: app.getVersion(),
    env: process.env,
    updates: desktopUpdateFeed(app),
    writeLogs: true,
  });
  closeOnQuit(station);

  const target = rendererTarget(
    process.env.ELECTRON_RENDERER_URL,
    join(import.meta.dirname, '../renderer/index.html'),
  );
  hardenSession(session.defaultSession);
  registerHandlers(ipcMain, station.handlers, { isTrustedSender: isTrustedSender(target.isAppUrl) });
  station.events.on(({ event, payload }) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(event, payload);
  });
  mainWindow = createMainWindow({ preloadPath: join(import.meta.dirname, '../preload/index.cjs'), target });
}

/** Quitting waits for the core: the sync engine stops and the database closes before the process ends. */
function closeOnQuit(station: Station): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    station
      .close()
      .catch((error: unknown) => stationLog.error('[station] closing failed:', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}

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
      // A database from a newer app (after a downgrade) is kept as it is; the message says why and what to install.
      const newer = error instanceof StationDbError && error.code === 'db-newer-than-app';
      dialog.showErrorBox(
        newer ? "This station's data is from a newer Packing Station" : 'Packing Station cannot start',
        error instanceof Error ? error.message : String(error),
      );
      app.exit(1);
    });
} else {
  app.quit();
}
