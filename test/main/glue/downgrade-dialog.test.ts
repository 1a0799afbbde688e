// The desktop app started on data from a newer app (a downgrade): a dialog says why it will not open
// it, the app exits, and the data stays as it was.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it, vi } from 'vitest';
import { openStationDb } from '../../../electron/main/db/index.ts';
import { schemaVersion } from '../../../electron/main/db/migrations/runner.ts';
import { recordAppVersion } from '../../../electron/main/db/station.ts';

const electron = vi.hoisted(() => ({ userData: '', showErrorBox: vi.fn(), exit: vi.fn() }));

vi.mock('electron', () => ({
  app: {
    requestSingleInstanceLock: () => true,
    on: vi.fn(),
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => (name === 'userData' ? electron.userData : ''),
    getVersion: () => '1.3.0',
    quit: vi.fn(),
    exit: electron.exit,
  },
  dialog: { showErrorBox: electron.showErrorBox },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  ipcMain: { handle: vi.fn() },
  safeStorage: {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (text: string) => Buffer.from(text),
    decryptString: (sealed: Buffer) => sealed.toString(),
  },
  session: { defaultSession: {} },
}));

electron.userData = mkdtempSync(join(tmpdir(), 'packing-station-downgrade-'));
afterAll(() => rmSync(electron.userData, { recursive: true, force: true }));

it('shows why the data from a newer app is not opened and exits', async () => {
  const file = join(electron.userData, 'station.db');
  const db = openStationDb(file);
  recordAppVersion(db, '1.4.0');
  const newerSchema = schemaVersion(db) + 10;
  db.close();
  const newer = new Database(file);
  newer.pragma(`user_version = ${newerSchema}`);
  newer.close();

  await import('../../../electron/main/index.ts');
  await vi.waitFor(() => expect(electron.exit).toHaveBeenCalledWith(1));
  expect(electron.showErrorBox).toHaveBeenCalledWith(
    "This station's data is from a newer Packing Station",
    expect.stringMatching(
      /^The station's data was written by Packing Station 1\.4\.0 .* This app \(version 1\.3\.0\) knows schemas up to \d+, so it does not open the data: nothing was changed and nothing is lost\. Install Packing Station 1\.4\.0 or newer again/,
    ),
  );
  const kept = new Database(file);
  expect(schemaVersion(kept)).toBe(newerSchema);
  kept.close();
});
