import { describe, expect, it } from 'vitest';
import { rendererTarget } from '../../../electron/main/glue/renderer-target.ts';

describe('rendererTarget', () => {
  it('loads the built page and accepts only that page', () => {
    const target = rendererTarget(undefined, '/opt/packing-station/out/renderer/index.html');
    expect(target.load).toEqual({ kind: 'file', path: '/opt/packing-station/out/renderer/index.html' });
    expect(target.isAppUrl('file:///opt/packing-station/out/renderer/index.html')).toBe(true);
    expect(target.isAppUrl('file:///opt/packing-station/out/renderer/index.html#/orders/4711')).toBe(true);
    expect(target.isAppUrl('file:///opt/packing-station/out/renderer/other.html')).toBe(false);
    expect(target.isAppUrl('https://example.com/')).toBe(false);
    expect(target.isAppUrl('not a url')).toBe(false);
    expect(target.errorPage).toEqual({
      kind: 'file',
      path: '/opt/packing-station/out/renderer/crashed.html',
    });
  });

  it("knows the error page's Restart station request and nothing else", () => {
    const built = rendererTarget(undefined, '/opt/packing-station/out/renderer/index.html');
    expect(built.isRestartRequest('file:///opt/packing-station/out/renderer/crashed.html?restart=1')).toBe(
      true,
    );
    expect(built.isRestartRequest('file:///opt/packing-station/out/renderer/crashed.html')).toBe(false);
    expect(built.isRestartRequest('file:///opt/packing-station/out/renderer/index.html?restart=1')).toBe(
      false,
    );
    expect(built.isRestartRequest('file:///tmp/crashed.html?restart=1')).toBe(false);
    const dev = rendererTarget('http://localhost:5173/', '/unused/index.html');
    expect(dev.errorPage).toEqual({ kind: 'url', url: 'http://localhost:5173/crashed.html' });
    expect(dev.isRestartRequest('http://localhost:5173/crashed.html?restart=1')).toBe(true);
    expect(dev.isRestartRequest('http://evil.example/crashed.html?restart=1')).toBe(false);
    expect(dev.isRestartRequest('not a url')).toBe(false);
  });

  it('loads the dev server and accepts only its origin', () => {
    const target = rendererTarget('http://localhost:5173/', '/unused/index.html');
    expect(target.load).toEqual({ kind: 'url', url: 'http://localhost:5173/' });
    expect(target.isAppUrl('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(target.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(target.isAppUrl('https://localhost:5173/')).toBe(false);
  });
});
