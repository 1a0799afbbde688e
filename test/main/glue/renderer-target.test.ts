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
  });

  it('loads the dev server and accepts only its origin', () => {
    const target = rendererTarget('http://localhost:5173/', '/unused/index.html');
    expect(target.load).toEqual({ kind: 'url', url: 'http://localhost:5173/' });
    expect(target.isAppUrl('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(target.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(target.isAppUrl('https://localhost:5173/')).toBe(false);
  });
});
