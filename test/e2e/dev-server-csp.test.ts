// `npm run dev` under the strict CSP: Vite's dev server injects an inline script (React's refresh
// preamble) and <style> elements (hot reload), which the policy without 'unsafe-inline' refuses unless
// they carry the per-run nonce electron.vite.config.ts gives Vite and both copies of the policy. The
// page is served by the renderer's own dev config, the header added as the desktop session adds it.
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { loadConfigFromFile } from 'electron-vite';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/main/host/csp.ts';
import { DEV_CSP_NONCE_ENV } from '../../electron.vite.config.ts';
import { launchChromium } from './station-fixture.ts';

const ROOT = join(import.meta.dirname, '../..');
let server: ViteDevServer;
let browser: Browser;
let nonce: string;
let pageUrl: string;

beforeAll(async () => {
  const loaded = await loadConfigFromFile(
    { command: 'serve', mode: 'development' },
    undefined,
    ROOT,
    'silent',
  );
  nonce = process.env[DEV_CSP_NONCE_ENV] ?? '';
  const renderer = loaded.config.renderer as Record<string, unknown>;
  server = await createServer({
    ...renderer,
    configFile: false,
    root: join(ROOT, 'renderer'),
    logLevel: 'silent',
    // A fixed port, so that the hot reload socket goes where a real `npm run dev` sends it: the page's own.
    server: { host: '127.0.0.1', port: await freePort(), strictPort: true },
  });
  await server.listen();
  pageUrl = server.resolvedUrls?.local[0] ?? '';
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Opens the dev page under `policy` as a header too; answers the CSP violations it raised. */
async function openUnder(policy: string): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { cspSeen?: string[] }).cspSeen = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  await page.route(pageUrl, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  await page.goto(pageUrl);
  return { page, violations: () => page.evaluate(() => (window as { cspSeen?: string[] }).cspSeen ?? []) };
}

describe('the dev server under the strict CSP', () => {
  it('runs the refresh preamble and applies the styles Vite injects, with no violation', async () => {
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    const { page, violations } = await openUnder(contentSecurityPolicy(undefined, nonce));
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toContain(`style-src 'self' 'nonce-${nonce}'`);
    // styles.css sets the body's margin to 0 (a browser's own is 8px).
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).margin), { timeout: 30_000 })
      .toBe('0px');
    expect(await page.evaluate(() => document.querySelector('style[nonce]') !== null)).toBe(true);
    // The inline preamble ran: it defines React refresh's registration hook.
    const preamble = await page.evaluate(() => typeof (window as { $RefreshReg$?: unknown }).$RefreshReg$);
    expect(preamble).toBe('function');
    expect(await violations()).toEqual([]);
    await page.close();
  }, 60_000);

  it('is refused without the nonce, so the nonce is what lets it run', async () => {
    const { page, violations } = await openUnder(contentSecurityPolicy());
    await expect
      .poll(async () => (await violations()).some((seen) => seen.startsWith('script-src-elem')), {
        timeout: 30_000,
      })
      .toBe(true);
    await page.close();
  }, 60_000);
});
