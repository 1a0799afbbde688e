// Hardening that applies to every page the app shows: no popups, no navigation away, no
// permissions, no webviews, a strict CSP on every response, and IPC only from our own page.
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { contentSecurityPolicy } from '../host/csp.ts';

/** Same policy as the <meta> in renderer/index.html (a test keeps them equal). */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** `policy`: CONTENT_SECURITY_POLICY, or under `npm run dev` the same with the dev server's nonce. */
export function hardenSession(session: Session, policy = CONTENT_SECURITY_POLICY): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [policy],
      },
    });
  });
}

export function hardenWebContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** IPC is served only to a frame showing the station's own page. */
export function isTrustedSender(isAppUrl: (url: string) => boolean): (event: IpcMainInvokeEvent) => boolean {
  return (event) => {
    const url = event.senderFrame?.url;
    return url !== undefined && isAppUrl(url);
  };
}
