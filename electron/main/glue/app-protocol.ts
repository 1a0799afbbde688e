// The app:// scheme in Electron: privileged before the app is ready (a standard, secure origin with
// fetch), then served from the built renderer folder by app-page/app-page.ts.
import type { Protocol } from 'electron';
import { APP_SCHEME, answerAppRequest } from '../app-page/app-page.ts';

/** Must run before `app` is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppScheme(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => answerAppRequest(rendererDir, request));
}
