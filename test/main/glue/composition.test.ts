// The desktop composition root with Electron mocked: the station core opens in userData, every
// contract channel is registered on ipcMain, events reach the window, and quitting closes the core.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract.ts';

const electron = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  return {
    userData: '',
    appListeners,
    handled: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
    sent: [] as [string, unknown][],
    quit: vi.fn(),
    power: new Map<string, (event: { preventDefault(): void }) => void>(),
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Response>(),
  };
});

vi.mock('electron', () => ({
  app: {
    requestSingleInstanceLock: () => true,
    on: (name: string, listener: (...args: unknown[]) => void) => electron.appListeners.set(name, listener),
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => (name === 'userData' ? electron.userData : ''),
    getVersion: () => '9.9.9',
    quit: electron.quit,
    exit: vi.fn(),
    relaunch: vi.fn(),
    isPackaged: true,
    getAppPath: () => '',
    setLoginItemSettings: vi.fn(),
  },
  powerMonitor: {
    on: (name: string, listener: (event: { preventDefault(): void }) => void) =>
      electron.power.set(name, listener),
  },
  screen: {
    on: vi.fn(),
    getPrimaryDisplay: () => ({ id: 1 }),
    getAllDisplays: () => [
      {
        id: 1,
        label: 'Desk',
        bounds: { x: 0, y: 0, width: 1920, height: 1080 },
        workArea: { x: 0, y: 0, width: 1920, height: 1040 },
      },
    ],
  },
  dialog: { showErrorBox: vi.fn() },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.schemes.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Response) =>
      electron.protocolHandlers.set(scheme, handler),
  },
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>) =>
      electron.handled.set(channel, listener),
  },
  safeStorage: {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (text: string) => Buffer.from(text).reverse(),
    decryptString: (sealed: Buffer) => Buffer.from(sealed).reverse().toString(),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
    },
  },
}));

// electron-updater's own autoUpdater needs Electron's app (it requires electron itself): a packaged
// app gets this feed instead, checking nothing.
vi.mock('../../../electron/main/glue/updates.ts', () => ({
  desktopUpdateFeed: (app: { isPackaged: boolean }) =>
    app.isPackaged ? { check: async () => null, download: async () => {}, install: vi.fn() } : undefined,
}));

vi.mock('../../../electron/main/glue/main-window.ts', () => ({
  createMainWindow: () => ({
    isDestroyed: () => false,
    on: vi.fn(),
    webContents: { send: (channel: string, payload: unknown) => electron.sent.push([channel, payload]) },
  }),
  placeWindow: vi.fn(),
}));

electron.userData = mkdtempSync(join(tmpdir(), 'packing-station-app-'));
process.env.STATION_DEMO_ORDERS = '10';
// Start at login is off: on Linux the app removes its autostart entry, here from the temp folder.
process.env.XDG_CONFIG_HOME = electron.userData;
delete process.env.ELECTRON_RENDERER_URL;
await import('../../../electron/main/index.ts');

afterAll(() => rmSync(electron.userData, { recursive: true, force: true }));

/** The page the app loads without a dev server. */
const fromWindow = { senderFrame: { url: 'app://station/index.html' } };

it('makes app:// a standard, secure scheme before ready and serves it', () => {
  expect(electron.schemes).toEqual([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  // out/renderer beside out/main: here electron/renderer beside electron/main, which does not exist.
  const answer = electron.protocolHandlers.get('app')?.(new Request('app://station/index.html'));
  expect(answer?.status).toBe(404);
});

it('composes the station core behind ipcMain and closes it on quit and OS shutdown', async () => {
  await vi.waitFor(() => expect([...electron.handled.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort()));
  const info = electron.handled.get('station:info');
  // Calls from anything but the station page are refused before the core sees them.
  await expect(info?.({ senderFrame: { url: 'https://evil.example/' } })).resolves.toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  await expect(info?.(fromWindow)).resolves.toMatchObject({
    ok: true,
    value: { version: '9.9.9', mode: 'demo', shell: 'electron' },
  });

  await vi.waitFor(() => expect(electron.sent.some(([channel]) => channel === 'sync:status')).toBe(true), {
    timeout: 10_000,
  });

  // The station log is in the data folder; the packaged app's station has an updater.
  expect(readFileSync(join(electron.userData, 'logs', 'station.log'), 'utf8')).toMatch(
    /^\S+Z INFO {2}station opened: electron 9\.9\.9/m,
  );
  await expect(electron.handled.get('updates:status')?.(fromWindow)).resolves.toMatchObject({
    ok: true,
    value: { phase: 'idle', currentVersion: '9.9.9' },
  });

  // The OS shuts down: the app asks for time and quits.
  const shutdown = { preventDefault: vi.fn() };
  electron.power.get('shutdown')?.(shutdown);
  expect(shutdown.preventDefault).toHaveBeenCalled();
  expect(electron.quit).toHaveBeenCalledTimes(1);
  electron.quit.mockClear();

  // Quitting begins: from this moment nothing new starts.
  electron.appListeners.get('before-quit')?.();
  const enqueue = electron.handled.get('transitions:enqueue');
  await expect(
    enqueue?.(fromWindow, { orderId: 1, action: 'process', seenStatus: 'new' }),
  ).resolves.toMatchObject({
    ok: false,
    error: { message: expect.stringContaining('The station is closing') },
  });
  const willQuit = electron.appListeners.get('will-quit');
  const event = { preventDefault: vi.fn() };
  willQuit?.(event);
  expect(event.preventDefault).toHaveBeenCalled();
  await vi.waitFor(() => expect(electron.quit).toHaveBeenCalled());
  // After the core closed, quitting goes through.
  const again = { preventDefault: vi.fn() };
  willQuit?.(again);
  expect(again.preventDefault).not.toHaveBeenCalled();
});
