import { beforeEach, describe, expect, it, vi } from 'vitest';
import { rendererTarget } from '../../../electron/main/glue/renderer-target.ts';
import type { RenderGoneAction } from '../../../electron/main/recovery/renderer-recovery.ts';
import type { WindowPlacement } from '../../../electron/main/station/window-placement.ts';
import type { fakeWebContents } from './fake-web-contents.ts';

// A BrowserWindow stand-in that keeps what it was created with.
vi.mock('electron', async () => {
  const { fakeWebContents } = await import('./fake-web-contents.ts');
  class BrowserWindow {
    static created: BrowserWindow[] = [];
    readonly options: Record<string, unknown>;
    readonly webContents = fakeWebContents();
    readonly loadURL = vi.fn(async (_url: string) => {});
    constructor(options: Record<string, unknown>) {
      this.options = options;
      BrowserWindow.created.push(this);
    }
    once() {}
  }
  return { BrowserWindow };
});

const { createMainWindow } = await import('../../../electron/main/glue/main-window.ts');
const { BrowserWindow: FakeWindow } = (await import('electron')) as unknown as {
  BrowserWindow: {
    created: {
      options: Record<string, unknown>;
      webContents: ReturnType<typeof fakeWebContents>;
      loadURL: ReturnType<typeof vi.fn>;
    }[];
  };
};

const INDEX = 'app://station/index.html';
const ERROR_PAGE = 'app://station/crashed.html';
const PLACEMENT: WindowPlacement = {
  bounds: { x: 1920, y: 0, width: 1920, height: 1080 },
  fullscreen: true,
  kiosk: true,
  displayId: 2,
};

let pageGone: RenderGoneAction = 'reload';
const gone: string[] = [];
const restarts = vi.fn();

function openWindow(devServerUrl?: string) {
  createMainWindow({
    preloadPath: '/opt/packing-station/out/preload/index.cjs',
    target: rendererTarget(devServerUrl),
    placement: PLACEMENT,
    onPageGone: (reason) => {
      gone.push(reason);
      return pageGone;
    },
    onRestart: restarts,
  });
  const window = FakeWindow.created.at(-1);
  if (!window) throw new Error('no window created');
  return window;
}

beforeEach(() => {
  FakeWindow.created.length = 0;
  gone.length = 0;
  restarts.mockClear();
});

describe('createMainWindow', () => {
  it('creates a sandboxed, isolated window with a CommonJS preload', () => {
    const { options } = openWindow();
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect((options.webPreferences as { preload: string }).preload).toMatch(/\.cjs$/);
    expect(options).toMatchObject({ ...PLACEMENT.bounds, fullscreen: true, kiosk: true });
    expect(options.minWidth).toBeGreaterThan(0);
  });

  it('loads the built page over app://, or the dev server when electron-vite dev runs', () => {
    expect(openWindow().loadURL).toHaveBeenCalledWith('app://station/index.html');
    expect(openWindow('http://localhost:5173/').loadURL).toHaveBeenCalledWith('http://localhost:5173/');
  });

  it('denies window.open', () => {
    const { webContents } = openWindow();
    expect(webContents.open('https://example.com/')).toEqual({ action: 'deny' });
  });

  it('blocks navigation and redirects away from the app page', () => {
    const { webContents } = openWindow();
    expect(webContents.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(webContents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(webContents.fire('will-redirect', 'https://example.com/')).toBe(true);
    expect(webContents.fire('will-navigate', 'file:///opt/packing-station/out/renderer/index.html')).toBe(
      true,
    );
    expect(webContents.fire('will-navigate', 'app://station/index.html#orders')).toBe(false);
  });

  it('blocks webviews', () => {
    expect(openWindow().webContents.fire('will-attach-webview')).toBe(true);
  });

  it('reloads the station page when its process is gone, or shows the error page as recovery says', () => {
    const window = openWindow();
    pageGone = 'reload';
    window.webContents.fire('render-process-gone', { reason: 'crashed' });
    expect(gone).toEqual(['crashed']);
    expect(window.loadURL).toHaveBeenLastCalledWith(INDEX);
    pageGone = 'error-page';
    window.webContents.fire('render-process-gone', { reason: 'oom' });
    expect(window.loadURL).toHaveBeenLastCalledWith(ERROR_PAGE);
    pageGone = 'nothing';
    window.webContents.fire('render-process-gone', { reason: 'clean-exit' });
    expect(window.loadURL).toHaveBeenCalledTimes(3);
  });

  it("turns the error page's Restart station into a relaunch, and nothing else", () => {
    const { webContents } = openWindow();
    expect(webContents.fire('will-navigate', `${ERROR_PAGE}?restart=1`)).toBe(true);
    expect(restarts).toHaveBeenCalledTimes(1);
    expect(webContents.fire('will-navigate', `${ERROR_PAGE}`)).toBe(true);
    expect(webContents.fire('will-navigate', 'https://example.com/crashed.html?restart=1')).toBe(true);
    expect(restarts).toHaveBeenCalledTimes(1);
  });
});
