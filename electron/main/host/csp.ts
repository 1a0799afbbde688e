// The renderer's Content-Security-Policy, one definition for both shells: the desktop app sends it
// with every response (glue/security.ts, app-page/app-page.ts), browser mode adds its one WebSocket
// endpoint. No 'unsafe-inline', styles included: React's style props go through the CSSOM, which a CSP
// does not govern; a <style> element or a style attribute in markup would be refused (test/e2e/csp.test.ts).

/**
 * `socketOrigin`: the browser-mode host (http://127.0.0.1:PORT), whose ws: endpoint the page may use.
 * `devServerNonce`: only under `npm run dev`, the nonce Vite puts on the inline script and the <style>
 * elements it injects for hot reload (`html.cspNonce` in electron.vite.config.ts); built pages have none.
 */
export function contentSecurityPolicy(socketOrigin?: string, devServerNonce?: string): string {
  const connect = socketOrigin ? `'self' ${socketOrigin.replace(/^http:/, 'ws:')}` : "'self'";
  const inline = devServerNonce ? ` 'nonce-${devServerNonce}'` : '';
  return [
    "default-src 'self'",
    `script-src 'self'${inline}`,
    `style-src 'self'${inline}`,
    "img-src 'self' data: blob:",
    `connect-src ${connect}`,
    "media-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The copy in renderer/index.html's <meta>: the same policy without frame-ancestors, which a <meta>
 * cannot carry (Chromium ignores it there and logs an error on every load; the header has it).
 */
export function metaContentSecurityPolicy(devServerNonce?: string): string {
  return contentSecurityPolicy(undefined, devServerNonce)
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
}
