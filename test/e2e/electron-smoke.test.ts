// The desktop app itself, through playwright-core's _electron: it starts (demo mode, a fresh data
// folder), shows the station page from app://station, a badge signs in, the queue shows, a scan opens
// an order, and it quits cleanly. It needs Electron's binary, which cannot be downloaded on the build
// machines here: there the suite is skipped, and its name says why (one line in the run).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelBarcode } from '../../shared/domain/scan-codes.ts';
import { scanInPage } from './station-helpers.ts';

const ROOT = join(import.meta.dirname, '../..');

/**
 * Electron's binary as the electron package would run it, without `require('electron')`, which
 * tries to download a missing binary.
 */
function electronBinary(): string | null {
  const pkg = join(ROOT, 'node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(
    process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist'),
    readFileSync(pathFile, 'utf8'),
  );
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const suite = binary ? describe : describe.skip;
if (!binary) console.warn('electron-smoke: skipped, no Electron binary in node_modules/electron/dist');
const title = binary
  ? 'the desktop app (Electron smoke test)'
  : 'the desktop app (Electron smoke test): skipped, no Electron binary in node_modules/electron/dist';

suite(title, () => {
  let dataHome: string;
  let app: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'out/main/index.js')))
      throw new Error('out/ is missing: run `npm run build` first');
    dataHome = mkdtempSync(join(tmpdir(), 'station-electron-'));
    // A fresh data folder: userData is under XDG_CONFIG_HOME on Linux, APPDATA on Windows.
    const env: Record<string, string> = {
      STATION_DEMO_ORDERS: '40',
      XDG_CONFIG_HOME: dataHome,
      APPDATA: dataHome,
    };
    for (const [name, value] of Object.entries(process.env)) {
      const dropped = name === 'ELECTRON_RENDERER_URL' || name === 'ELECTRON_RUN_AS_NODE';
      if (value !== undefined && !dropped && !(name in env)) env[name] = value;
    }
    app = await _electron.launch({
      executablePath: binary ?? '',
      args: [ROOT, ...(process.platform === 'linux' ? ['--no-sandbox', '--disable-gpu'] : [])],
      env,
    });
    page = await app.firstWindow();
  }, 60_000);

  afterAll(async () => {
    if (app) await app.close().catch(() => {});
    if (dataHome) rmSync(dataHome, { recursive: true, force: true });
  });

  it('shows the station page from app://station, isolated from Node', async () => {
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toMatch(/^app:\/\/station\/index\.html/);
    expect(await page.evaluate(() => typeof (window as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (window as { station?: unknown }).station)).toBe('object');
  });

  it('signs in with a badge, shows the queue and opens the scanned order', async () => {
    await page.getByRole('heading', { name: 'Sign in to pack' }).waitFor({ timeout: 30_000 });
    await scanInPage(page, 'OP:Smoke');
    const first = page.locator('[role="option"] .queue-fulfillment-id').first();
    await first.waitFor({ timeout: 30_000 });
    const id = Number((await first.textContent())?.replace('#', ''));
    expect(Number.isInteger(id)).toBe(true);

    await scanInPage(page, labelBarcode(id));
    await page.locator('.order-screen').getByText(`#${id}`).first().waitFor({ timeout: 15_000 });
  });

  it('quits when asked, the core closed first', async () => {
    const exited = new Promise<number | null>((resolve) =>
      app.process().once('exit', (code) => resolve(code)),
    );
    await app.evaluate(({ app: electronApp }) => electronApp.quit());
    expect(await exited).toBe(0);
  });
});
