import { describe, expect, it } from 'vitest';
import { rendererTarget } from '../../../electron/main/glue/renderer-target.ts';

describe('rendererTarget', () => {
  it('loads the built page over app:// and accepts only that page', () => {
    const target = rendererTarget(undefined);
    expect(target.url).toBe('app://station/index.html');
    expect(target.isAppUrl('app://station/index.html')).toBe(true);
    expect(target.isAppUrl('app://station/index.html#/orders/4711')).toBe(true);
    expect(target.isAppUrl('app://STATION/index.html')).toBe(true);
    expect(target.isAppUrl('app://station/other.html')).toBe(false);
    expect(target.isAppUrl('app://elsewhere/index.html')).toBe(false);
    // The file:// page of earlier versions is no longer the station's.
    expect(target.isAppUrl('file:///opt/packing-station/out/renderer/index.html')).toBe(false);
    expect(target.isAppUrl('https://example.com/')).toBe(false);
    expect(target.isAppUrl('not a url')).toBe(false);
    expect(target.errorPageUrl).toBe('app://station/crashed.html');
  });

  it("knows the error page's Restart station request and nothing else", () => {
    const built = rendererTarget(undefined);
    expect(built.isRestartRequest('app://station/crashed.html?restart=1')).toBe(true);
    expect(built.isRestartRequest('app://station/crashed.html')).toBe(false);
    expect(built.isRestartRequest('app://station/index.html?restart=1')).toBe(false);
    expect(built.isRestartRequest('file:///opt/packing-station/out/renderer/crashed.html?restart=1')).toBe(
      false,
    );
    const dev = rendererTarget('http://localhost:5173/');
    expect(dev.errorPageUrl).toBe('http://localhost:5173/crashed.html');
    expect(dev.isRestartRequest('http://localhost:5173/crashed.html?restart=1')).toBe(true);
    expect(dev.isRestartRequest('http://evil.example/crashed.html?restart=1')).toBe(false);
    expect(dev.isRestartRequest('not a url')).toBe(false);
  });

  it('loads the dev server and accepts only its origin', () => {
    const target = rendererTarget('http://localhost:5173/');
    expect(target.url).toBe('http://localhost:5173/');
    expect(target.isAppUrl('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(target.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(target.isAppUrl('https://localhost:5173/')).toBe(false);
    expect(target.isAppUrl('app://station/index.html')).toBe(false);
  });
});
