// Composition root: picks the Equipme backend (live API or demo simulator), wires IPC, opens the window.
import { join } from 'node:path';
import { app, type BrowserWindow, dialog, ipcMain, session } from 'electron';
import type { EventChannel, EventPayload } from '../../shared/ipc/contract.ts';
import { createEquipmeClient } from './api/index.ts';
import { createMainWindow } from './glue/main-window.ts';
import { rendererTarget } from './glue/renderer-target.ts';
import { hardenSession, isTrustedSender } from './glue/security.ts';
import { readStationConfig } from './glue/station-config.ts';
import { createOrderHandlers } from './ipc/order-handlers.ts';
import { registerHandlers } from './ipc/register-handlers.ts';
import { createStationHandlers } from './ipc/station-handlers.ts';
import { createStationStatus } from './ipc/station-status.ts';
import { startSimulator } from './simulator/index.ts';

const shutdown = new AbortController();
let mainWindow: BrowserWindow | undefined;

async function start(): Promise<void> {
  const config = readStationConfig(process.env);
  if (typeof config === 'string') {
    dialog.showErrorBox('Packing Station cannot start', config);
    app.exit(1);
    return;
  }
  const backend =
    config.mode === 'live'
      ? { url: config.apiUrl, apiKey: config.apiKey, close: async () => {} }
      : await startSimulator({ seed: 1, orders: 500 });
  app.once('will-quit', () => {
    shutdown.abort();
    void backend.close();
  });

  const client = createEquipmeClient({ baseUrl: backend.url, apiKey: backend.apiKey });
  const status = createStationStatus(pushToWindow);
  const target = rendererTarget(
    process.env.ELECTRON_RENDERER_URL,
    join(import.meta.dirname, '../renderer/index.html'),
  );

  hardenSession(session.defaultSession);
  registerHandlers(
    ipcMain,
    {
      ...createStationHandlers({
        version: app.getVersion(),
        mode: config.mode,
        apiUrl: backend.url,
        printer: 'file',
      }),
      ...createOrderHandlers({ client, signal: shutdown.signal, status }),
    },
    { isTrustedSender: isTrustedSender(target.isAppUrl) },
  );
  mainWindow = createMainWindow({ preloadPath: join(import.meta.dirname, '../preload/index.cjs'), target });
}

function pushToWindow<E extends EventChannel>(event: E, payload: EventPayload<E>): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(event, payload);
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
      dialog.showErrorBox(
        'Packing Station cannot start',
        error instanceof Error ? error.message : String(error),
      );
      app.exit(1);
    });
} else {
  app.quit();
}
