// The renderer's Content-Security-Policy, one definition for both shells: the desktop app sends it
// with every response (glue/security.ts, app-page/app-page.ts), browser mode adds its one WebSocket
// endpoint. No 'unsafe-inline', styles included: React's style props go through the CSSOM, which a CSP
// does not govern; a <style> element or a style attribute in markup would be refused (test/e2e/csp.test.ts).

/** `socketOrigin`: the browser-mode host (http://127.0.0.1:PORT), whose ws: endpoint the page may use. */
export function contentSecurityPolicy(socketOrigin?: string): string {
  const connect = socketOrigin ? `'self' ${socketOrigin.replace(/^http:/, 'ws:')}` : "'self'";
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
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
export function metaContentSecurityPolicy(): string {
  return contentSecurityPolicy()
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
}
