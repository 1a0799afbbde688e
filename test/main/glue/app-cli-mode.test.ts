// `packing-station --cli backup`: the app runs one command of the station command line on its own
// data folder and exits with its code, without a window, the single-instance lock or the app:// scheme.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { openStationDb } from '../../../electron/main/db/index.ts';

const electron = vi.hoisted(() => ({
  userData: '',
  exit: vi.fn(),
  lock: vi.fn(() => true),
  schemes: vi.fn(),
  windows: vi.fn(),
}));

vi.mock('electron', () => ({
  app: {
    requestSingleInstanceLock: electron.lock,
    on: vi.fn(),
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => (name === 'userData' ? electron.userData : ''),
    getVersion: () => '1.3.0',
    quit: vi.fn(),
    exit: electron.exit,
  },
  BrowserWindow: electron.windows,
  dialog: { showErrorBox: vi.fn() },
  protocol: { registerSchemesAsPrivileged: electron.schemes, handle: vi.fn() },
  ipcMain: { handle: vi.fn() },
  powerMonitor: { on: vi.fn() },
  screen: { on: vi.fn(), getAllDisplays: () => [], getPrimaryDisplay: () => ({ id: 1 }) },
  safeStorage: { isEncryptionAvailable: () => false },
  session: { defaultSession: {} },
}));
// electron-updater loads Electron itself, which the mock above does not replace.
vi.mock('../../../electron/main/glue/updates.ts', () => ({ desktopUpdateFeed: vi.fn() }));

electron.userData = mkdtempSync(join(tmpdir(), 'packing-station-cli-mode-'));
afterAll(() => rmSync(electron.userData, { recursive: true, force: true }));

it('runs the command on the app’s database and exits with its code, showing nothing', async () => {
  openStationDb(join(electron.userData, 'station.db')).close();
  const argv = process.argv;
  process.argv = ['/opt/Packing Station/packing-station', '--cli', 'backup'];
  try {
    await import('../../../electron/main/index.ts');
    await vi.waitFor(() => expect(electron.exit).toHaveBeenCalledWith(0), { timeout: 10_000 });
  } finally {
    process.argv = argv;
  }
  expect(readdirSync(join(electron.userData, 'backups')).filter((name) => name.endsWith('.db'))).toHaveLength(
    1,
  );
  expect(electron.lock).not.toHaveBeenCalled();
  expect(electron.schemes).not.toHaveBeenCalled();
  expect(electron.windows).not.toHaveBeenCalled();
});
