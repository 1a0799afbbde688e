// Composition root of the desktop app: the station core (database, settings, Equipme backend, sync)
// behind the IPC contract, the hardened window, crash recovery (docs/crash-recovery.md) and a clean
// shutdown. Every decision lives in plain Node modules (recovery/, station/); here Electron's events
// are wired to them.
import { join } from 'node:path';
import {
  app,
  type BrowserWindow,
  dialog,
  ipcMain,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
} from 'electron';
import { StationDbError } from './db/connection.ts';
import { registerAppScheme, serveAppScheme } from './glue/app-protocol.ts';
import { createMainWindow, placeWindow } from './glue/main-window.ts';
import { rendererTarget } from './glue/renderer-target.ts';
import { safeStorageSecretBox } from './glue/secret-box.ts';
import { hardenSession, isTrustedSender } from './glue/security.ts';
import { applyStartAtLogin, listDisplays } from './glue/station-pc.ts';
import { desktopUpdateFeed } from './glue/updates.ts';
import { contentSecurityPolicy } from './host/csp.ts';
import { registerHandlers } from './ipc/register-handlers.ts';
import { reportCrash } from './recovery/crash-report.ts';
import { createMainCrashHandler } from './recovery/main-crash.ts';
import { crashedOnce, STAYS_DOWN_MESSAGE } from './recovery/relaunch-guard.ts';
import { createRendererRecovery } from './recovery/renderer-recovery.ts';
import { openStation, type Station } from './station/index.ts';
import { windowPlacement } from './station/window-placement.ts';

let mainWindow: BrowserWindow | undefined;
let quitting = false;
/** Closes the station once, whoever asks first (quit, OS shutdown, a crash). */
let closeStation: () => Promise<void> = async () => {};

const crashed = createMainCrashHandler({
  report: reportCrash,
  decide: () => crashedOnce(app.getPath('userData'), Date.now()),
  close: () => closeStation(),
  relaunch() {
    app.relaunch();
    app.exit(0);
  },
  stayDown() {
    dialog.showErrorBox('Packing Station stopped', STAYS_DOWN_MESSAGE);
    app.exit(1);
  },
});
process.on('uncaughtException', (error) => void crashed('uncaught error in main', error));
process.on('unhandledRejection', (reason) => void crashed('unhandled rejection in main', reason));

async function start(): Promise<void> {
  const station = await openStation({
    dataDir: app.getPath('userData'),
    secretBox: safeStorageSecretBox(safeStorage),
    shell: 'electron',
    version: app.getVersion(),
    env: process.env,
    updates: desktopUpdateFeed(app),
    writeLogs: true,
    displays: listDisplays,
  });
  closeOnQuit(station);

  serveAppScheme(protocol, join(import.meta.dirname, '../renderer'));
  const target = rendererTarget(process.env.ELECTRON_RENDERER_URL);
  hardenSession(session.defaultSession, contentSecurityPolicy(undefined, devServerNonce()));
  registerHandlers(ipcMain, station.handlers, { isTrustedSender: isTrustedSender(target.isAppUrl) });
  station.events.on(({ event, payload }) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(event, payload);
  });
  const recovery = createRendererRecovery(() => quitting);
  const window = createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    target,
    placement: windowPlacement(station.stationPc.current(), listDisplays()),
    onPageGone(reason) {
      const action = recovery.gone(reason, Date.now());
      if (action !== 'nothing') reportCrash(`the station page is gone (${reason}): ${action}`);
      return action;
    },
    onRestart() {
      app.relaunch();
      app.quit();
    },
  });
  mainWindow = window;
  // Windows ends the session without asking the app to quit: close what can be closed.
  window.on('session-end', () => void closeStation());
  const place = () => {
    if (!window.isDestroyed())
      placeWindow(window, windowPlacement(station.stationPc.current(), listDisplays()));
  };
  // A display plugged in or out: the chosen one back, or gone (then the primary one).
  screen.on('display-added', place);
  screen.on('display-removed', place);
  applyStartAtLogin(station.stationPc.current().startAtLogin);
  let before = station.stationPc.current();
  station.stationPc.onChange((pc) => {
    if (pc.windowMode !== before.windowMode || pc.displayId !== before.displayId) place();
    if (pc.startAtLogin !== before.startAtLogin) applyStartAtLogin(pc.startAtLogin);
    before = pc;
  });
}

/** Under `npm run dev` only: the nonce electron.vite.config.ts gave Vite's injected script and styles. */
function devServerNonce(): string | undefined {
  return process.env.ELECTRON_RENDERER_URL ? process.env.STATION_DEV_CSP_NONCE : undefined;
}

/**
 * Quitting and OS shutdown close the core the same way: new work is refused from the first moment
 * (before-quit), sends on the wire get up to 5 s, then the database closes before the process ends.
 */
function closeOnQuit(station: Station): void {
  let closed = false;
  let closing: Promise<void> | null = null;
  closeStation = () => {
    closing ??= station
      .close()
      .catch((error: unknown) => reportCrash('closing the station failed', error))
      .finally(() => {
        closed = true;
      });
    return closing;
  };
  app.on('before-quit', () => {
    quitting = true;
    void closeStation();
  });
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void closeStation().then(() => app.quit());
  });
  // Linux and macOS: the OS waits while the app quits cleanly (Electron passes an event its
  // typings leave out).
  powerMonitor.on('shutdown', (event?: { preventDefault(): void }) => {
    event?.preventDefault();
    app.quit();
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
